package org.sparkk8s.docs.core.guide;

import java.util.Map;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.TagSelection;

/**
 * An include directive in a page: where it stands, what it names and which tags it selects.
 * {@code snippetPath} is the path below {@code snippets/} when the target starts with
 * {@code {snippets}/}; {@code presetFile} the file below {@code presets/} when it starts with
 * {@code {presets}/}; both are null for an include of another file, resolved from the page's folder.
 *
 * @param language the code block's language (AsciiDoc {@code [source,bash]} or the Markdown fence), or null
 */
public record Include(SourceLocation location, String target, String snippetPath, String presetFile,
                      TagSelection selection, Map<String, String> attributes, String language, int ordinal) {

    /** Prefix that makes an include target a snippet. */
    public static final String SNIPPETS_ATTRIBUTE = "{snippets}/";

    /** Prefix that makes an include target a preset values file, shown as users copy it. */
    public static final String PRESETS_ATTRIBUTE = "{presets}/";

    public boolean isSnippet() {
        return snippetPath != null;
    }

    public boolean isPreset() {
        return presetFile != null;
    }

    /**
     * The id used in reports: {@code path#tag} for one tag of a snippet, {@code path[tags=…]} for
     * other selections, {@code path} for a whole file; presets as {@code presets/<file>}.
     */
    public String snippetId() {
        String base = isPreset() ? "presets/" + presetFile : snippetPath;
        String single = selection.singleTag();
        if (single != null) {
            return base + "#" + single;
        }
        return selection.isWholeFile() ? base : base + "[" + selection.spec() + "]";
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
