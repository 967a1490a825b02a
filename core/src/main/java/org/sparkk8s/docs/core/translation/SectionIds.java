package org.sparkk8s.docs.core.translation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The section ids the site gives headings without an explicit id: Asciidoctor's rule with
 * {@code idprefix} empty and {@code idseparator} {@code -}, applied to a title's source text.
 */
public final class SectionIds {

    /** Asciidoctor's InvalidSectionIdCharsRx: tags, entities, and anything but word characters, spaces, hyphens, dots. */
    private static final Pattern INVALID = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ \\p{L}\\p{M}\\p{Nd}\\p{Pc}\\-.]+?");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]+");
    /** Inline macros whose visible text is in brackets: xref:x[text], link:x[text], https://x[text]. */
    private static final Pattern ADOC_MACRO = Pattern.compile("(?:xref|link|mailto):[^\\s\\[]*\\[([^\\]]*)\\]|\\b[a-z]+://[^\\s\\[]*\\[([^\\]]*)\\]");
    private static final Pattern ADOC_XREF = Pattern.compile("<<[^,>]+,\\s*([^>]*)>>");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    /**
     * The typographic replacements Asciidoctor makes before it takes the id; their entities vanish
     * from the id, and a spaced em dash takes its spaces with it (they become thin spaces).
     */
    private static final Pattern ADOC_REPLACEMENTS = Pattern.compile(
            "\\(C\\)|\\(R\\)|\\(TM\\)|(?:^| )--(?: |$)|(?<=[\\p{L}\\p{N}_])--(?=[\\p{L}\\p{N}_])|\\.\\.\\.|->|=>|<-|<=");
    /** Emphasis with underscores: the underscores are markup (an em element), not part of the id. */
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}_])__?(\\S(?:[^_]*?\\S)?)__?(?![\\p{L}\\p{N}_])");

    private final Set<String> used = new HashSet<>();

    /** Reserves an id written explicitly somewhere on the page, so a generated one does not take it. */
    public void reserve(String id) {
        used.add(id);
    }

    /** The id for a section titled {@code title} (AsciiDoc or Markdown source), unique on this page. */
    public String next(String title, boolean markdown) {
        String id = base(title, markdown);
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

    /** The id before de-duplication. */
    public static String base(String title, boolean markdown) {
        String text = title;
        if (markdown) {
            text = MD_LINK.matcher(text).replaceAll("$1");
        } else {
            text = ADOC_MACRO.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1) != null ? m.group(1) : m.group(2)));
            text = ADOC_XREF.matcher(text).replaceAll("$1");
            text = ADOC_REPLACEMENTS.matcher(text).replaceAll("");
            // Asciidoctor escapes < and > to entities, which then vanish whole; a tag never survives
            text = text.replace("<", "").replace(">", "");
        }
        text = UNDERSCORE_EMPHASIS.matcher(text).replaceAll("$1");
        String id = INVALID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
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
