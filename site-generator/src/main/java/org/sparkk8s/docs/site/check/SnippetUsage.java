package org.sparkk8s.docs.site.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.snippet.SnippetFile;

/**
 * Snippet files that no page shows: not included, and not linked either (an AsciiDoc
 * {@code link:../snippets/…[]} or a Markdown {@code [text](../snippets/…)}). Such a file is either
 * dead or a command the guides forgot to show. An AsciiDoc link may also name the published copy
 * through {@code {snippets-url}} ({@code link:{snippets-url}/topic/file.sh[]}). Scenario files
 * ({@code verify.yaml}) are not snippets.
 */
public final class SnippetUsage {

    private static final Pattern ASCIIDOC_LINK = Pattern.compile("link:([^\\[\\s]+)\\[");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private SnippetUsage() {
    }

    public static List<Problem> unused(Catalog catalog) {
        Workspace ws = catalog.workspace();
        Set<String> used = new HashSet<>();
        for (Page p : catalog.pages()) {
            for (Include inc : p.includes()) {
                if (inc.isSnippet()) {
                    used.add(Path.of(inc.snippetPath()).normalize().toString().replace('\\', '/'));
                }
            }
            for (String line : p.text().lines()) {
                for (Pattern rx : List.of(ASCIIDOC_LINK, MARKDOWN_LINK)) {
                    Matcher m = rx.matcher(line);
                    while (m.find()) {
                        String linked = linkedSnippet(ws, p, m.group(1));
                        if (linked != null) {
                            used.add(linked);
                        }
                    }
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (SnippetFile f : catalog.snippets().values()) {
            if (!used.contains(f.path())) {
                out.add(Problem.error(SourceLocation.wholeFile(f.shownAs()),
                        "no page includes or links to this snippet file; include it in a guide or remove it"));
            }
        }
        return out;
    }

    /** The snippet a link target names (below {@code snippets/}), or null. */
    private static String linkedSnippet(Workspace ws, Page page, String target) {
        String t = target.replaceAll("[?#].*$", "");
        for (String prefix : new String[] {Include.SNIPPETS_ATTRIBUTE, "{snippets-url}/"}) {
            if (t.startsWith(prefix)) {
                return Path.of(t.substring(prefix.length())).normalize().toString().replace('\\', '/');
            }
        }
        if (t.contains(":") || t.isEmpty()) {
            return null;
        }
        Path abs = ws.root().resolve(page.path()).getParent().resolve(t).normalize();
        return abs.startsWith(ws.snippetsDir()) ? ws.snippetsDir().relativize(abs).toString().replace('\\', '/') : null;
    }
}
