package org.sparkk8s.docs.verifier.statics;

import java.util.List;
import java.util.stream.Collectors;

import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.snippet.TagRegion;

/** Names the tag regions a line of a snippet file falls in, for messages. */
final class Regions {

    private Regions() {
    }

    /** {@code " (in deploy-35)"}, {@code " (in all, deploy-35)"} or empty when the line is outside every region. */
    static String suffix(SnippetFile file, int line) {
        if (file == null || line <= 0) {
            return "";
        }
        List<TagRegion> in = file.regions().stream()
                .filter(r -> r.openLine() < line && line < r.closeLine())
                .toList();
        return in.isEmpty() ? "" : " (in " + in.stream().map(TagRegion::name).distinct().collect(Collectors.joining(", ")) + ")";
    }
}
