package org.sparkk8s.docs.verifier.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.snippet.TagExtractor;
import org.sparkk8s.docs.core.snippet.TagSelection;

/**
 * The lines a tag selection takes from a snippet file, each with its line number in the file.
 * The selection itself is core's Asciidoctor-exact {@link TagExtractor}: every line is prefixed
 * with an invisible marker carrying its number before extraction, so the numbers come out of the
 * very algorithm that decides what a guide shows (tag directives are found anywhere in a line, so
 * the prefix cannot change which lines are directives).
 */
public record SnippetText(SnippetFile file, TagSelection selection, List<ScriptLine> lines) {

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    public static SnippetText of(SnippetFile file, TagSelection selection) {
        List<String> source = file.lines();
        List<String> marked = new ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            marked.add(OPEN + Integer.toString(i + 1) + CLOSE + source.get(i));
        }
        TagExtractor.Result r = TagExtractor.extract(marked, selection, file.path());
        List<ScriptLine> out = new ArrayList<>(r.lines().size());
        for (String l : r.lines()) {
            int close = l.indexOf(CLOSE);
            if (l.isEmpty() || l.charAt(0) != OPEN || close < 0) {
                throw new IllegalStateException("tag extraction changed a line of " + file.path() + ": " + l);
            }
            out.add(new ScriptLine(Integer.parseInt(l.substring(1, close)), l.substring(close + 1)));
        }
        return new SnippetText(file, selection, List.copyOf(out));
    }

    /** One tag, or the whole file when {@code tag} is null. */
    public static SnippetText of(SnippetFile file, String tag) {
        return of(file, tag == null ? TagSelection.wholeFile() : TagSelection.tag(tag));
    }

    /**
     * Line numbers of the lines that say something: not blank, and in shell and YAML files not a
     * comment. Coverage and snippet statuses compare these, so a whole-file include is not left
     * uncovered by the comments and tag lines between regions.
     */
    public Set<Integer> contentLines() {
        boolean hashComments = file.kind() != SnippetFile.Kind.OTHER;
        Set<Integer> out = new LinkedHashSet<>();
        for (ScriptLine l : lines) {
            String t = l.text().strip();
            if (!t.isEmpty() && !(hashComments && t.startsWith("#"))) {
                out.add(l.number());
            }
        }
        return out;
    }

    public int firstLine() {
        return lines.isEmpty() ? 0 : lines.get(0).number();
    }

    public int lastLine() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
    }
}
