package org.sparkk8s.docs.site.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.converter.StringConverter;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;

/**
 * An Asciidoctor backend that writes GitHub Markdown: sections as headings with an explicit anchor
 * (GitHub derives its own anchors from the heading text, which differs between languages),
 * admonitions as GitHub alerts, tables as GFM tables, listings as fenced code. What GitHub Markdown
 * cannot show is reported as an error at its line rather than dropped.
 */
public final class MarkdownBackend extends StringConverter {

    /** The backend name the export converts with. */
    public static final String NAME = "docs-markdown-export";

    private static final Set<String> ALERTS = Set.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

    public MarkdownBackend(String backend, Map<String, Object> opts) {
        super(backend, opts);
    }

    @Override
    public String convert(ContentNode node, String transform, Map<Object, Object> opts) {
        ExportContext ctx = ExportContext.current();
        String t = transform != null ? transform : node.getNodeName();
        try {
            return switch (t) {
                case "embedded", "document" -> document(ctx, (Document) node);
                case "preamble", "open" -> blocks((StructuralNode) node);
                case "section" -> section(ctx, (Section) node);
                case "floating_title" -> heading(ctx, (StructuralNode) node, ((StructuralNode) node).getLevel(), ((StructuralNode) node).getTitle());
                case "paragraph" -> titled(ctx, (StructuralNode) node, ctx.inline.line((String) ((StructuralNode) node).getContent()));
                case "listing", "literal" -> titled(ctx, (StructuralNode) node, code((Block) node));
                case "admonition" -> admonition(ctx, (StructuralNode) node);
                case "ulist", "olist" -> titled(ctx, (StructuralNode) node, list(ctx, (org.asciidoctor.ast.List) node));
                case "dlist" -> titled(ctx, (StructuralNode) node, descriptions(ctx, (DescriptionList) node));
                case "table" -> titled(ctx, (StructuralNode) node, GfmTable.of(ctx, (Table) node, this::blocks));
                case "image" -> image(ctx, (StructuralNode) node);
                case "example", "sidebar", "quote" -> quote(ctx, (StructuralNode) node);
                case "thematic_break" -> "---";
                case "page_break" -> "";
                case "inline_quoted" -> quoted(ctx, (PhraseNode) node);
                case "inline_anchor" -> anchor(ctx, (PhraseNode) node);
                case "inline_image" -> ctx.inline.token(imageMarkdown(ctx, node, (String) node.getAttribute("target"),
                        (String) node.getAttribute("alt")));
                case "inline_break" -> ((PhraseNode) node).getText() + ctx.inline.token("<br>");
                case "inline_kbd" -> ctx.inline.token(InlineMarkdown.codeSpan(String.join("+", keys(node))));
                case "inline_button" -> ctx.inline.token("**\\[" + InlineMarkdown.plain(((PhraseNode) node).getText()) + "\\]**");
                case "inline_indexterm" -> node.getAttribute("terms") != null ? "" : ((PhraseNode) node).getText();
                default -> unsupported(ctx, node, t);
            };
        } catch (ContentException e) {
            ctx.problem(e);
            return "";
        }
    }

    private String document(ExportContext ctx, Document doc) {
        if (doc.getParent() != null) {
            return blocks(doc); // the inner document of an AsciiDoc table cell
        }
        collectSectionTitles(ctx, doc);
        ctx.title = ctx.inline.line(doc.getDoctitle());
        return blocks(doc);
    }

    private static void collectSectionTitles(ExportContext ctx, StructuralNode node) {
        for (StructuralNode b : node.getBlocks()) {
            if (b instanceof Section s) {
                ctx.sectionTitles.put(s.getId(), ctx.inline.line(s.getTitle()));
                collectSectionTitles(ctx, s);
            }
        }
    }

    /** The children of {@code node}, each converted, separated by a blank line. */
    String blocks(StructuralNode node) {
        List<String> out = new ArrayList<>();
        for (StructuralNode b : node.getBlocks()) {
            String md = b.convert();
            if (md != null && !md.isBlank()) {
                out.add(md.strip());
            }
        }
        return String.join("\n\n", out);
    }

    private String section(ExportContext ctx, Section section) {
        String body = blocks(section);
        String heading = heading(ctx, section, section.getLevel(), section.getTitle());
        return body.isEmpty() ? heading : heading + "\n\n" + body;
    }

    /** A heading one level below the document title, after an anchor with the section's id. */
    private static String heading(ExportContext ctx, StructuralNode node, int level, String title) {
        String anchor = node.getId() == null ? "" : "<a id=\"" + node.getId().replace("\"", "&quot;") + "\"></a>\n\n";
        return anchor + "#".repeat(Math.min(6, level + 1)) + " " + ctx.inline.line(title);
    }

    /** A block with its title (AsciiDoc {@code .Title}) as a bold line above it. */
    private static String titled(ExportContext ctx, StructuralNode node, String markdown) {
        String title = node.getTitle();
        if (title == null || title.isBlank()) {
            return markdown;
        }
        return "**" + ctx.inline.line(title) + "**\n\n" + markdown;
    }

    /** A listing or literal block as a fenced block: the lines exactly as included (no substitutions), in its language. */
    private static String code(Block block) {
        String text = String.join("\n", block.getLines());
        Object language = block.getAttribute("language");
        int longest = 0;
        for (String line : block.getLines()) {
            String s = line.strip();
            int run = 0;
            while (run < s.length() && s.charAt(run) == '`') {
                run++;
            }
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + (language == null ? "text" : language.toString()) + "\n" + text + "\n" + fence;
    }

    private String admonition(ExportContext ctx, StructuralNode node) {
        String type = String.valueOf(node.getAttribute("name")).toUpperCase(Locale.ROOT);
        if (!ALERTS.contains(type)) {
            throw error(ctx, node, "admonition '" + type + "' has no GitHub alert");
        }
        StringBuilder body = new StringBuilder();
        if (node.getTitle() != null && !node.getTitle().isBlank()) {
            body.append("**").append(ctx.inline.line(node.getTitle())).append("**\n\n");
        }
        body.append("simple".equals(node.getContentModel())
                ? ctx.inline.line((String) node.getContent())
                : blocks(node));
        return "> [!" + type + "]\n" + quoteLines(body.toString());
    }

    private String quote(ExportContext ctx, StructuralNode node) {
        StringBuilder body = new StringBuilder();
        if (node.getTitle() != null && !node.getTitle().isBlank()) {
            body.append("**").append(ctx.inline.line(node.getTitle())).append("**\n\n");
        }
        body.append(blocks(node));
        Object attribution = node.getAttribute("attribution");
        if (attribution != null) {
            body.append("\n\n— ").append(ctx.inline.line(attribution.toString()));
        }
        return quoteLines(body.toString());
    }

    private static String quoteLines(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.strip().split("\n", -1)) {
            out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private String list(ExportContext ctx, org.asciidoctor.ast.List list) {
        boolean ordered = "olist".equals(list.getContext());
        int number = 1;
        Object start = list.getAttribute("start");
        if (ordered && start != null) {
            number = Integer.parseInt(start.toString().strip());
        }
        List<String> items = new ArrayList<>();
        for (StructuralNode n : list.getItems()) {
            ListItem item = (ListItem) n;
            String marker = ordered ? (number++) + ". " : "- ";
            String text = item.hasText() ? ctx.inline.line(item.getText()) : "";
            if (!ordered && item.hasAttribute("checkbox")) {
                text = (item.hasAttribute("checked") ? "[x] " : "[ ] ") + text;
            }
            items.add(marker + text + itemBlocks(item, marker.length()));
        }
        return String.join("\n", items);
    }

    /** The blocks attached to a list item, indented under its text; a nested list stays tight. */
    private static String itemBlocks(StructuralNode item, int indent) {
        StringBuilder out = new StringBuilder();
        for (StructuralNode b : item.getBlocks()) {
            String md = b.convert();
            if (md == null || md.isBlank()) {
                continue;
            }
            boolean nestedList = b instanceof org.asciidoctor.ast.List || b instanceof DescriptionList;
            out.append(nestedList ? "\n" : "\n\n").append(indent(md.strip(), indent));
        }
        return out.toString();
    }

    private static String indent(String markdown, int by) {
        String pad = " ".repeat(by);
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : pad + line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A description list as a list of bold terms, each followed by its description. */
    private String descriptions(ExportContext ctx, DescriptionList list) {
        List<String> items = new ArrayList<>();
        for (DescriptionListEntry entry : list.getItems()) {
            List<String> terms = new ArrayList<>();
            entry.getTerms().forEach(term -> terms.add(ctx.inline.line(term.getText())));
            ListItem d = entry.getDescription();
            String text = d != null && d.hasText() ? ": " + ctx.inline.line(d.getText()) : "";
            items.add("- **" + String.join(", ", terms) + "**" + text + (d == null ? "" : itemBlocks(d, 2)));
        }
        return String.join("\n", items);
    }

    private static String image(ExportContext ctx, StructuralNode node) {
        String md = imageMarkdown(ctx, node, (String) node.getAttribute("target"), (String) node.getAttribute("alt"));
        String title = node.getTitle();
        return title == null || title.isBlank() ? md : md + "\n\n*" + ctx.inline.line(title) + "*";
    }

    private static String imageMarkdown(ExportContext ctx, ContentNode node, String target, String alt) {
        String url = ctx.links.relative(ctx.page, target, location(ctx, node));
        return "![" + InlineMarkdown.plain(alt == null ? "" : alt) + "](" + url + ")";
    }

    private static String quoted(ExportContext ctx, PhraseNode node) {
        String text = node.getText();
        return switch (node.getType()) {
            case "strong" -> InlineMarkdown.STRONG_OPEN + text + InlineMarkdown.STRONG_CLOSE;
            case "emphasis" -> InlineMarkdown.EMPHASIS_OPEN + text + InlineMarkdown.EMPHASIS_CLOSE;
            case "monospaced" -> InlineMarkdown.CODE_OPEN + text + InlineMarkdown.CODE_CLOSE;
            case "double" -> "\u201C" + text + "\u201D";
            case "single" -> "\u2018" + text + "\u2019";
            case "mark", "unquoted" -> text;
            default -> throw error(ctx, node, "inline '" + node.getType() + "' text has no GitHub Markdown form");
        };
    }

    private static String anchor(ExportContext ctx, PhraseNode node) {
        String text = node.getText();
        switch (node.getType()) {
            case "xref" -> {
                String path = (String) node.getAttribute("path");
                String fragment = (String) node.getAttribute("fragment");
                if (path == null) {
                    String label = text != null ? ctx.inline.markdown(text)
                            : ctx.sectionTitles.getOrDefault(fragment, InlineMarkdown.plain(fragment));
                    return ctx.inline.token("[" + label + "](#" + fragment + ")");
                }
                String name = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
                String slug = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) : name;
                String url = ctx.links.page(ctx.page, slug, fragment, location(ctx, node));
                String label = text != null ? ctx.inline.markdown(text) : InlineMarkdown.plain(slug);
                return ctx.inline.token("[" + label + "](" + url + ")");
            }
            case "link" -> {
                String target = node.getTarget();
                String url = ctx.links.relative(ctx.page, target, location(ctx, node));
                if ("bare".equals(node.getAttribute("role")) || text == null || text.equals(target)) {
                    // an angle-bracket autolink: a bare URL is not a link in every Markdown
                    return ctx.inline.token(url.contains("://") || url.startsWith("mailto:") ? "<" + url + ">" : "[" + InlineMarkdown.plain(url) + "](" + url + ")");
                }
                return ctx.inline.token("[" + ctx.inline.markdown(text) + "](" + url + ")");
            }
            case "ref", "bibref" -> {
                String id = node.getId() != null ? node.getId() : node.getTarget();
                return ctx.inline.token("<a id=\"" + id + "\"></a>") + (text == null ? "" : text);
            }
            default -> throw error(ctx, node, "inline anchor '" + node.getType() + "' has no GitHub Markdown form");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(ContentNode node) {
        Object keys = node.getAttribute("keys");
        return keys instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(keys));
    }

    private static String unsupported(ExportContext ctx, ContentNode node, String transform) {
        throw error(ctx, node, "'" + transform + "' has no GitHub Markdown form in the export: use another construct");
    }

    private static ContentException error(ExportContext ctx, ContentNode node, String message) {
        return new ContentException(location(ctx, node), message);
    }

    /** The page line of {@code node}, or of the nearest block around an inline node. */
    static SourceLocation location(ExportContext ctx, ContentNode node) {
        for (ContentNode n = node; n != null; n = n.getParent()) {
            if (n instanceof StructuralNode s) {
                Cursor c = s.getSourceLocation();
                if (c != null && c.getLineNumber() > 0) {
                    return SourceLocation.of(ctx.page.path(), c.getLineNumber());
                }
            }
        }
        return SourceLocation.wholeFile(ctx.page.path());
    }
}
