package org.sparkk8s.docs.site.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

import org.sparkk8s.docs.core.ContentException;

/**
 * An AsciiDoc table as a GitHub (GFM) table. A GFM cell is one line of inline text, so a cell's
 * paragraphs are joined with {@code <br><br>}, the lines of its lists and code with {@code <br>},
 * and {@code |} is escaped. A table without a header row gets an empty one (GFM requires it);
 * spanning cells, which GFM cannot show, are an error at the table's line.
 */
final class GfmTable {

    private GfmTable() {
    }

    /** {@code blocks} converts the blocks of an AsciiDoc cell's inner document. */
    static String of(ExportContext ctx, Table table, Function<StructuralNode, String> blocks) {
        List<Column> columns = table.getColumns();
        List<String> lines = new ArrayList<>();
        List<Row> header = table.getHeader();
        if (header.isEmpty()) {
            lines.add(row(columns.stream().map(c -> "").toList()));
        } else {
            for (Row r : header) {
                lines.add(row(cells(ctx, table, r, blocks, true)));
            }
        }
        List<String> rule = new ArrayList<>();
        for (Column c : columns) {
            rule.add(switch (c.getHorizontalAlignment()) {
                case CENTER -> ":---:";
                case RIGHT -> "---:";
                default -> "---";
            });
        }
        lines.add(row(rule));
        List<Row> body = new ArrayList<>(table.getBody());
        body.addAll(table.getFooter());
        for (Row r : body) {
            lines.add(row(cells(ctx, table, r, blocks, false)));
        }
        return String.join("\n", lines);
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String c : cells) {
            out.append(c.isEmpty() ? "  |" : " " + c + " |");
        }
        return out.toString();
    }

    private static List<String> cells(ExportContext ctx, Table table, Row row, Function<StructuralNode, String> blocks, boolean header) {
        List<String> out = new ArrayList<>();
        for (Cell cell : row.getCells()) {
            if (cell.getColspan() > 1 || cell.getRowspan() > 1) {
                throw new ContentException(MarkdownBackend.location(ctx, table), "a table cell spans "
                        + (cell.getColspan() > 1 ? "columns" : "rows") + ", which a GitHub Markdown table cannot show");
            }
            out.add(cell(ctx, cell, blocks, header).replace("|", "\\|"));
        }
        return out;
    }

    private static String cell(ExportContext ctx, Cell cell, Function<StructuralNode, String> blocks, boolean header) {
        String style = cell.getStyle();
        if (header) {
            return ctx.inline.cell(cell.getText());
        }
        if ("asciidoc".equals(style)) {
            return flatten(blocks.apply(cell.getInnerDocument()));
        }
        List<String> paragraphs = new ArrayList<>();
        Object content = cell.getContent();
        if (content instanceof List<?> list) {
            for (Object p : list) {
                paragraphs.add(styled(ctx, style, p.toString()));
            }
        } else if (content != null) {
            paragraphs.add(styled(ctx, style, content.toString()));
        }
        return String.join("<br><br>", paragraphs);
    }

    private static String styled(ExportContext ctx, String style, String substituted) {
        return switch (style == null ? "" : style) {
            case "strong", "header" -> "**" + ctx.inline.cell(substituted) + "**";
            case "emphasis" -> "*" + ctx.inline.cell(substituted) + "*";
            case "monospaced", "literal" -> InlineMarkdown.codeSpan(InlineMarkdown.decode(substituted));
            default -> ctx.inline.cell(substituted);
        };
    }

    /**
     * Converted blocks as one line: paragraphs joined with a blank line's worth of breaks, list items
     * and code lines each on a line of their own, code kept as code.
     */
    private static String flatten(String markdown) {
        List<String> parts = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n")) {
            String s = line.strip();
            if (s.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                parts.add(InlineMarkdown.codeSpan(line));
            } else if (s.isEmpty()) {
                parts.add("");
            } else {
                parts.add(s.replaceFirst("^[-*] ", "• "));
            }
        }
        return String.join("<br>", parts).replaceAll("(<br>){3,}", "<br><br>").replaceAll("^(<br>)+|(<br>)+$", "");
    }
}
