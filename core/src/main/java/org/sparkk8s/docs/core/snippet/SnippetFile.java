package org.sparkk8s.docs.core.snippet;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.text.SourceText;

/**
 * A file under {@code snippets/} with its tagged regions. Parsing is strict: a region that is
 * never closed, an end tag that closes the wrong region and an end tag with no region are
 * errors with file and line, whichever tag a guide happens to include.
 */
public final class SnippetFile {

    /** What kind of text a snippet holds, from its file extension. */
    public enum Kind {
        SHELL, YAML, OTHER;

        static Kind of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".sh") || n.endsWith(".bash")) {
                return SHELL;
            }
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                return YAML;
            }
            return OTHER;
        }
    }

    private final String path;
    private final SourceText text;
    private final List<TagRegion> regions;

    private SnippetFile(String path, SourceText text, List<TagRegion> regions) {
        this.path = path;
        this.text = text;
        this.regions = Collections.unmodifiableList(regions);
    }

    /**
     * Parses {@code text}; {@code path} is the file's path below {@code snippets/} with forward
     * slashes (the snippet id prefix, e.g. {@code multi-version/deploy.sh}).
     */
    public static SnippetFile parse(String path, SourceText text) {
        List<TagRegion> regions = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>(); // [name, line]
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int lineNo = i + 1;
            Matcher m;
            if (!(l.contains("::") && l.contains("[]") && (m = TagExtractor.TAG_DIRECTIVE.matcher(l)).find())) {
                continue;
            }
            String name = m.group(2);
            if (m.group(1) == null) {
                open.push(new Object[] {name, lineNo});
                continue;
            }
            if (open.isEmpty()) {
                throw new ContentException(text.at(lineNo),
                        "end tag '" + name + "' has no matching tag::" + name + "[]");
            }
            Object[] top = open.peek();
            if (!top[0].equals(name)) {
                throw new ContentException(text.at(lineNo),
                        "mismatched end tag: expected end::" + top[0] + "[] (opened at line " + top[1]
                                + ") but found end::" + name + "[]");
            }
            open.pop();
            regions.add(new TagRegion(name, (Integer) top[1], lineNo, open.size()));
        }
        if (!open.isEmpty()) {
            Object[] bottom = open.peekLast();
            throw new ContentException(text.at((Integer) bottom[1]),
                    "unclosed tag '" + bottom[0] + "': no end::" + bottom[0] + "[] before the end of the file");
        }
        regions.sort((a, b) -> Integer.compare(a.openLine(), b.openLine()));
        return new SnippetFile(path, text, regions);
    }

    /** Path below {@code snippets/}, forward slashes. */
    public String path() {
        return path;
    }

    public Kind kind() {
        return Kind.of(path);
    }

    public SourceText text() {
        return text;
    }

    /** The file as shown in messages, e.g. {@code snippets/multi-version/deploy.sh}. */
    public Path shownAs() {
        return text.shownAs();
    }

    public List<String> lines() {
        return text.lines();
    }

    /** All regions in file order (outer regions before the regions they enclose). */
    public List<TagRegion> regions() {
        return regions;
    }

    /** Distinct tag names in file order. */
    public Set<String> tagNames() {
        Set<String> names = new LinkedHashSet<>();
        regions.forEach(r -> names.add(r.name()));
        return names;
    }

    public Optional<TagRegion> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Snippet id of a region: {@code path#tag}; of the whole file: {@code path}. */
    public String id(String tag) {
        return tag == null ? path : path + "#" + tag;
    }

    /**
     * The lines an include with {@code selection} shows, exactly as Asciidoctor would; a tag that
     * the selection asks for but the file lacks is an error located at {@code includedFrom}.
     */
    public Extract extract(TagSelection selection, SourceLocation includedFrom) {
        TagExtractor.Result r = TagExtractor.extract(text.lines(), selection, path);
        for (TagExtractor.Warning w : r.warnings()) {
            // structure problems were rejected by parse(); only a missing tag can remain
            if (w.kind() == TagExtractor.Warning.Kind.NOT_FOUND) {
                throw new ContentException(includedFrom, "tag '" + w.tag() + "' not found in " + shownAs()
                        + (regions.isEmpty() ? " (the file has no tags)" : " (tags there: " + String.join(", ", tagNames()) + ")"));
            }
            throw new ContentException(text.at(w.line()), w.message());
        }
        return new Extract(this, selection, r.lines(), r.firstLine());
    }

    /** The lines of one tag region. */
    public Extract extract(String tag) {
        return extract(TagSelection.tag(tag), SourceLocation.wholeFile(shownAs()));
    }

    /** Lines selected from a snippet file, with where they start in it. */
    public record Extract(SnippetFile file, TagSelection selection, List<String> lines, int firstLine) {

        /** The lines joined with {@code \n}, no trailing newline. */
        public String text() {
            return String.join("\n", lines);
        }

        public SourceLocation location() {
            return SourceLocation.of(file.shownAs(), firstLine);
        }
    }
}
