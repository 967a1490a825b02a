package org.sparkk8s.docs.site.convert;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section ids exactly as Asciidoctor 2.0 generates them with {@code idprefix} empty and
 * {@code idseparator} {@code -} (Section.generate_id), so a Markdown guide and its AsciiDoc
 * translation get the same anchors and the parity check can compare them. One instance per page:
 * a repeated title gets {@code -2}, {@code -3}, … as in Asciidoctor.
 */
public final class HeadingIds {

    /** Asciidoctor's InvalidSectionIdCharsRx; Ruby's \p{Word} is letters, marks, digits and connectors. */
    private static final Pattern INVALID = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ \\p{L}\\p{M}\\p{Nd}\\p{Pc}\\-.]+?");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]+");

    private final Set<String> used = new HashSet<>();

    /** The id for a section whose converted title is {@code titleHtml}, unique within this page. */
    public String next(String titleHtml) {
        String id = base(titleHtml);
        if (used.contains(id)) {
            int n = 2;
            while (used.contains(id + "-" + n)) {
                n++;
            }
            id = id + "-" + n;
        }
        used.add(id);
        return id;
    }

    /** Reserves an id already present on the page (an explicit anchor). */
    public void reserve(String id) {
        used.add(id);
    }

    static String base(String titleHtml) {
        String id = INVALID.matcher(titleHtml.toLowerCase(Locale.ROOT)).replaceAll("");
        // Ruby's tr_s(' .-', '-'): every run of spaces, dots and hyphens becomes one hyphen
        id = SEPARATORS.matcher(id).replaceAll("-");
        if (id.endsWith("-")) {
            id = id.substring(0, id.length() - 1);
        }
        if (id.startsWith("-")) {
            id = id.substring(1);
        }
        return id;
    }
}
