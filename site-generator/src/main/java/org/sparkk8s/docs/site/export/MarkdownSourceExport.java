package org.sparkk8s.docs.site.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.convert.HeadingIds;

/**
 * A Markdown guide as GitHub Markdown. The source already is Markdown, so it is edited in place
 * rather than converted: include fences are filled from core's extracts, {@code !!! note} admonitions
 * become GitHub alerts, every section heading gets the anchor the site gives it (the explicit
 * {@code {#id}} or the id Asciidoctor would generate), and relative links are rewritten like the
 * AsciiDoc guides' links. flexmark (as the site parses the page) finds where each of these is.
 */
final class MarkdownSourceExport {

    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*)\\}\\s*$");
    private static final Pattern ADMONITION = Pattern.compile("^(\\s*)!!!\\s+(\\w+)(?:\\s+\"(.*)\")?\\s*$");
    /** Marks the body of an admonition while edits are applied; each of its lines is quoted afterwards. */
    private static final char QUOTE_START = '\uE020';
    private static final char QUOTE_END = '\uE021';

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownSourceExport() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** A text edit of the source: replace {@code [start, end)} with {@code text}. */
    private record Edit(int start, int end, String text) {
    }

    /** The page's body as GitHub Markdown (without the export's header). */
    String body(Page page, Catalog catalog, ExportLinks links) {
        String source = bodyOf(page);
        Document doc = parser.parse(source);
        List<Edit> edits = new ArrayList<>();
        List<Node> admonitions = new ArrayList<>();
        HeadingIds ids = new HeadingIds();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                heading(page, h, ids, source, edits);
            } else if (n instanceof FencedCodeBlock f) {
                fence(page, catalog, f, source, edits);
            } else if (n instanceof AdmonitionBlock a) {
                admonition(page, a, source, edits);
                admonitions.add(a);
            } else if (n instanceof TableBlock t) {
                table(t, source, edits);
            } else if (n instanceof Link l) {
                url(page, links, l, l.getUrl(), edits);
            } else if (n instanceof Image i) {
                url(page, links, i, i.getUrl(), edits);
            } else if (n instanceof Reference r) {
                url(page, links, r, r.getUrl(), edits);
            }
        }
        return quoteMarked(apply(source, edits)).strip();
    }

    private void heading(Page page, Heading h, HeadingIds ids, String source, List<Edit> edits) {
        if (h.getLevel() == 1 && h.getStartLineNumber() + 1 == page.titleLine()) {
            edits.add(new Edit(h.getStartOffset(), lineEnd(source, h.getEndOffset()), "")); // the export writes the title itself
            return;
        }
        BasedSequence text = h.getText();
        Matcher m = EXPLICIT_ID.matcher(text);
        String id;
        if (m.find()) {
            id = m.group(1);
            ids.reserve(id);
            edits.add(new Edit(text.getStartOffset() + m.start(), text.getStartOffset() + m.end(), ""));
        } else {
            String html = renderer.render(h).strip();
            id = ids.next(Jsoup.parseBodyFragment(html).body().child(0).html());
        }
        edits.add(new Edit(h.getStartOffset(), h.getStartOffset(), "<a id=\"" + id + "\"></a>\n\n"));
    }

    private static void fence(Page page, Catalog catalog, FencedCodeBlock f, String source, List<Edit> edits) {
        String info = f.getInfo().toString().strip();
        if (!info.contains("include::")) {
            return;
        }
        int line = f.getStartLineNumber() + 1;
        Include include = page.includes().stream().filter(i -> i.location().line() == line).findFirst()
                .orElseThrow(() -> new ContentException(page.at(line), "include in fence info could not be read"));
        String text = catalog.extract(include).orElseThrow(() ->
                new ContentException(include.location(), "include did not resolve: " + include.directive())).text();
        String language = info.startsWith("include::") ? "text" : info.split("\\s+", 2)[0];
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        String block = fence + language + "\n" + text + "\n" + fence;
        // in an admonition or a list item every line keeps the fence's indentation (an admonition's is removed when it is quoted)
        String indent = source.substring(lineStart(source, f.getStartOffset()), f.getStartOffset());
        block = block.replace("\n", "\n" + indent);
        edits.add(new Edit(f.getStartOffset(), lineEnd(source, f.getEndOffset() - 1), block));
    }

    private static void admonition(Page page, AdmonitionBlock a, String source, List<Edit> edits) {
        int firstEnd = lineEnd(source, a.getStartOffset());
        String first = source.substring(lineStart(source, a.getStartOffset()), firstEnd);
        Matcher m = ADMONITION.matcher(first);
        if (!m.matches()) {
            throw new ContentException(page.at(a.getStartLineNumber() + 1), "admonition line not understood: " + first.strip());
        }
        String type = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "note", "tip", "important", "warning", "caution" -> m.group(2).toUpperCase(Locale.ROOT);
            // the site draws the other MkDocs types as these
            case "danger", "error", "bug", "failure" -> "CAUTION";
            case "hint", "success" -> "TIP";
            default -> "NOTE";
        };
        String title = m.group(3) == null || m.group(3).isBlank() ? ""
                : "\n" + m.group(1) + "> **" + InlineMarkdown.plain(m.group(3).strip()) + "**\n" + m.group(1) + ">";
        edits.add(new Edit(lineStart(source, a.getStartOffset()), firstEnd, m.group(1) + "> [!" + type + "]" + title));
        int bodyEnd = a.getEndOffset();
        while (bodyEnd > firstEnd && Character.isWhitespace(source.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        if (bodyEnd > firstEnd + 1) {
            edits.add(new Edit(firstEnd + 1, firstEnd + 1, String.valueOf(QUOTE_START)));
            edits.add(new Edit(bodyEnd, bodyEnd, String.valueOf(QUOTE_END)));
        }
    }

    /**
     * Rewrites each row of a table with one space around every cell, as the exported AsciiDoc tables
     * are written: the same table, laid out one way in every file (markdownlint's MD060). Only the
     * pipes and the blanks around cells change, so links inside are left to their own edits.
     */
    private static void table(TableBlock table, String source, List<Edit> edits) {
        int lineStart = lineStart(source, table.getStartOffset());
        int end = table.getEndOffset();
        while (lineStart < end) {
            int lineEnd = lineEnd(source, lineStart);
            String line = source.substring(lineStart, lineEnd);
            List<int[]> cells = cells(line);
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (!cells.isEmpty()) {
                // cell by cell from the right, so that the edits never overlap the cells' own content edits
                int[] last = cells.get(cells.size() - 1);
                edits.add(new Edit(lineStart + last[1], lineEnd, " |"));
                for (int c = cells.size() - 1; c > 0; c--) {
                    edits.add(new Edit(lineStart + cells.get(c - 1)[1], lineStart + cells.get(c)[0], " | "));
                }
                edits.add(new Edit(lineStart, lineStart + cells.get(0)[0], indent + "| "));
                if (line.strip().matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?")) {
                    for (int[] cell : cells) {
                        String d = line.substring(cell[0], cell[1]);
                        String rule = (d.startsWith(":") ? ":" : "") + "---" + (d.endsWith(":") && d.length() > 1 ? ":" : "");
                        edits.add(new Edit(lineStart + cell[0], lineStart + cell[1], rule));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The [start, end) of each cell's trimmed text in a table row, split at pipes that are not escaped. */
    private static List<int[]> cells(String row) {
        List<int[]> out = new ArrayList<>();
        String trimmed = row.strip();
        if (trimmed.isEmpty()) {
            return out;
        }
        int from = row.indexOf(trimmed);
        int to = from + trimmed.length();
        if (row.charAt(from) == '|') {
            from++;
        }
        if (to > from && row.charAt(to - 1) == '|' && (to - 2 < from || row.charAt(to - 2) != '\\')) {
            to--;
        }
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || row.charAt(i) == '|' && row.charAt(i - 1) != '\\') {
                int a = cellStart;
                int b = i;
                while (a < b && Character.isWhitespace(row.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(row.charAt(b - 1))) {
                    b--;
                }
                out.add(new int[] {a, b});
                cellStart = i + 1;
            }
        }
        return out;
    }

    private static void url(Page page, ExportLinks links, Node node, BasedSequence url, List<Edit> edits) {
        if (url.isEmpty()) {
            return;
        }
        String rewritten = links.relative(page, url.toString(), page.at(node.getStartLineNumber() + 1));
        if (!rewritten.equals(url.toString())) {
            edits.add(new Edit(url.getStartOffset(), url.getEndOffset(), rewritten));
        }
    }

    /** Applies the edits from the last to the first, so that each one's offsets are still those of the source. */
    private static String apply(String source, List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(source);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Edit e = ordered.get(i);
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    /** Quotes the lines between the markers: the admonition body, one indentation level less, behind {@code >}. */
    private static String quoteMarked(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf(QUOTE_START, i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = text.indexOf(QUOTE_END, start);
            out.append(text, i, start);
            for (String line : text.substring(start + 1, end).split("\n", -1)) {
                String dedented = line.startsWith("\t") ? line.substring(1) : line.replaceFirst("^ {1,4}", "");
                out.append(dedented.isBlank() ? ">" : "> " + dedented).append('\n');
            }
            out.setLength(out.length() - 1);
            i = end + 1;
        }
        return out.toString();
    }

    /** The page text with its front matter blanked, so that flexmark's line numbers stay the file's. */
    private static String bodyOf(Page page) {
        List<String> lines = page.text().lines();
        StringBuilder out = new StringBuilder();
        boolean inFrontMatter = !lines.isEmpty() && lines.get(0).equals("---");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (inFrontMatter) {
                out.append('\n');
                if (i > 0 && (l.equals("---") || l.equals("..."))) {
                    inFrontMatter = false;
                }
            } else {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            String s = line.strip();
            int run = 0;
            while (run < s.length() && s.charAt(run) == '`') {
                run++;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static int lineStart(String s, int offset) {
        return s.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset of the newline that ends the line holding {@code offset} (or the end of the text). */
    private static int lineEnd(String s, int offset) {
        int nl = s.indexOf('\n', offset);
        return nl < 0 ? s.length() : nl;
    }
}
