package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.guide.Page;

/**
 * Records in a translation the English version it now matches: the {@code translation-source}
 * header attribute (AsciiDoc) or front-matter key (Markdown) is replaced, or inserted after the
 * last header line; every other byte of the file stays as it was.
 */
public final class SourceMark {

    private static final Pattern ADOC_TITLE = Pattern.compile("^=\\s+\\S.*$");
    private static final Pattern ADOC_ATTRIBUTE = Pattern.compile("^:[A-Za-z0-9_][A-Za-z0-9_-]*!?:.*$");

    private SourceMark() {
    }

    /** {@code text} with {@code source} recorded; the text's own line endings are kept. */
    public static String apply(String text, Page.Format format, TranslationSource source) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        boolean bom = text.startsWith("\uFEFF");
        String body = bom ? text.substring(1) : text;
        boolean finalNewline = body.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n", -1)));
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
        if (format == Page.Format.ASCIIDOC) {
            asciiDoc(lines, ":" + TranslationSource.ATTRIBUTE + ": " + source.value());
        } else {
            markdown(lines, TranslationSource.ATTRIBUTE + ": " + source.value());
        }
        return (bom ? "\uFEFF" : "") + String.join(nl, lines) + (finalNewline ? nl : "");
    }

    private static void asciiDoc(List<String> lines, String entry) {
        int title = -1;
        int lastHeaderLine = -1;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.startsWith(":" + TranslationSource.ATTRIBUTE + ":")) {
                lines.set(k, entry);
                return;
            }
            if (title < 0) {
                if (ADOC_TITLE.matcher(l).matches()) {
                    title = k;
                    lastHeaderLine = k;
                } else if (!l.isBlank() && !l.startsWith("//") && !ADOC_ATTRIBUTE.matcher(l).matches()) {
                    break;
                }
                continue;
            }
            if (l.isBlank()) {
                break;
            }
            if (ADOC_ATTRIBUTE.matcher(l).matches() || l.startsWith("//") || k == title + 1) {
                lastHeaderLine = k; // an attribute, a comment, or the author line
            } else {
                break;
            }
        }
        lines.add(lastHeaderLine + 1, entry);
    }

    private static void markdown(List<String> lines, String entry) {
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            for (int k = 1; k < lines.size(); k++) {
                String l = lines.get(k);
                if (l.startsWith(TranslationSource.ATTRIBUTE + ":")) {
                    lines.set(k, entry);
                    return;
                }
                if (l.equals("---") || l.equals("...")) {
                    lines.add(k, entry);
                    return;
                }
            }
        }
        lines.addAll(0, List.of("---", entry, "---"));
    }
}
