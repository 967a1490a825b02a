package org.sparkk8s.docs.core.guide;

import java.util.Map;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.TagSelection;

/**
 * An include directive in a page: where it stands, what it names and which tags it selects.
 * {@code snippetPath} is the path below {@code snippets/} when the target starts with
 * {@code {snippets}/}, otherwise null (an include of another file, resolved from the page's folder).
 *
 * @param language the code block's language (AsciiDoc {@code [source,bash]} or the Markdown fence), or null
 */
public record Include(SourceLocation location, String target, String snippetPath, TagSelection selection,
                      Map<String, String> attributes, String language, int ordinal) {

    /** Prefix that makes an include target a snippet. */
    public static final String SNIPPETS_ATTRIBUTE = "{snippets}/";

    public boolean isSnippet() {
        return snippetPath != null;
    }

    /** The snippet id as used in reports: {@code path#tag} for one tag, {@code path[tags=…]} otherwise. */
    public String snippetId() {
        String single = selection.singleTag();
        if (single != null) {
            return snippetPath + "#" + single;
        }
        return selection.isWholeFile() ? snippetPath : snippetPath + "[" + selection.spec() + "]";
    }

    /** The directive as an author writes it, e.g. {@code include::{snippets}/a.sh[tag=x]}. */
    public String directive() {
        StringBuilder attrs = new StringBuilder();
        attributes.forEach((k, v) -> {
            if (attrs.length() > 0) {
                attrs.append(',');
            }
            attrs.append(k).append('=').append(v);
        });
        return "include::" + target + "[" + attrs + "]";
    }
}
