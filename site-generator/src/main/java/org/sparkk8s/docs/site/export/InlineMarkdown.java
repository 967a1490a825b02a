package org.sparkk8s.docs.site.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Asciidoctor's substituted inline text into GitHub Markdown. Asciidoctor hands a converter
 * text in which its own entities ({@code &lt;}, {@code &#8217;}) and whatever the converter
 * returned for inline nodes are already mixed, so the converter never returns Markdown for an inline
 * node directly: it returns markers (formatting that later substitutions must still see inside,
 * as they would see HTML tags) or an opaque token (a finished link or image). Only when a block is
 * written are the plain parts unescaped from HTML, escaped for Markdown, and joined with the rest.
 */
final class InlineMarkdown {

    private static final char TOKEN_OPEN = '\uE000';
    private static final char TOKEN_CLOSE = '\uE001';
    static final char CODE_OPEN = '\uE010';
    static final char CODE_CLOSE = '\uE011';
    static final char STRONG_OPEN = '\uE012';
    static final char STRONG_CLOSE = '\uE013';
    static final char EMPHASIS_OPEN = '\uE014';
    static final char EMPHASIS_CLOSE = '\uE015';

    /** An HTML character reference as Asciidoctor writes or keeps one. */
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z][a-zA-Z0-9]*);");
    /** What would start a character reference if an ampersand stood before it. */
    private static final Pattern ENTITY_TAIL = Pattern.compile("^(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    /** The start of a line that Markdown would read as a heading, quote, list item, rule or fence. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(?=\\s|$)|>|[-+*](?=\\s)|=+\\s*$|~~~|```)");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private final List<String> pieces = new ArrayList<>();

    /** A placeholder for finished Markdown that later substitutions and escaping must leave alone. */
    String token(String markdown) {
        pieces.add(markdown);
        return TOKEN_OPEN + Integer.toString(pieces.size() - 1) + TOKEN_CLOSE;
    }

    /** Substituted text (entities, markers, tokens) as Markdown; newlines are kept. */
    String markdown(String substituted) {
        if (substituted == null) {
            return "";
        }
        return new Reader(substituted).until((char) 0);
    }

    /** Substituted text as one Markdown line that cannot be mistaken for a block. */
    String line(String substituted) {
        return guardBlockStart(joinLines(markdown(substituted)));
    }

    /** Substituted text as one line of a table cell, where no block can start. */
    String cell(String substituted) {
        return joinLines(markdown(substituted));
    }

    /** Plain text (an attribute value, not substituted) escaped for Markdown. */
    static String plain(String text) {
        return escape(text == null ? "" : text, "");
    }

    /** Lines joined with spaces: a paragraph is written as one line, so no line of it can start a block. */
    static String joinLines(String markdown) {
        return markdown.replaceAll("[ \\t]*\\n[ \\t]*", " ").strip();
    }

    /** Escapes the first character when a line starting with {@code text} would be a heading, list item or the like. */
    static String guardBlockStart(String text) {
        Matcher ordered = ORDERED_START.matcher(text);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + text.substring(ordered.end());
        }
        if (BLOCK_START.matcher(text).find()) {
            return "\\" + text;
        }
        return text;
    }

    /** A code span holding {@code code} exactly, with as many backticks as it needs. */
    static String codeSpan(String code) {
        String text = code.replace('\n', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`")
                || text.length() > 1 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /** Walks substituted text once, resolving markers and tokens. */
    private final class Reader {

        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        String until(char close) {
            StringBuilder out = new StringBuilder();
            int plainStart = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == close || c == TOKEN_OPEN || c == CODE_OPEN || c == STRONG_OPEN || c == EMPHASIS_OPEN) {
                    out.append(escape(s.substring(plainStart, pos), s.substring(pos)));
                    pos++;
                    if (c == close) {
                        return out.toString();
                    }
                    switch (c) {
                        case TOKEN_OPEN -> out.append(piece());
                        case CODE_OPEN -> out.append(codeSpan(raw(CODE_CLOSE)));
                        case STRONG_OPEN -> out.append(wrap("**", until(STRONG_CLOSE)));
                        default -> out.append(wrap("*", until(EMPHASIS_CLOSE)));
                    }
                    plainStart = pos;
                } else {
                    pos++;
                }
            }
            out.append(escape(s.substring(plainStart), ""));
            return out.toString();
        }

        /** The text up to {@code close} with entities decoded and formatting inside dropped (code shows it verbatim). */
        private String raw(char close) {
            StringBuilder out = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == close) {
                    break;
                }
                if (c == TOKEN_OPEN) {
                    out.append(piece());
                } else if (c < '\uE010' || c > '\uE015') {
                    out.append(c);
                }
            }
            return decode(out.toString());
        }

        private String piece() {
            int end = s.indexOf(TOKEN_CLOSE, pos);
            String index = s.substring(pos, end);
            pos = end + 1;
            return pieces.get(Integer.parseInt(index));
        }
    }

    /** Emphasis around {@code inner}, with surrounding blanks moved outside (Markdown will not open {@code ** x}). */
    private static String wrap(String marker, String inner) {
        String core = inner.strip();
        if (core.isEmpty()) {
            return inner;
        }
        int lead = inner.indexOf(core);
        return inner.substring(0, lead) + marker + core + marker + inner.substring(lead + core.length());
    }

    /** HTML character references as characters; Asciidoctor's zero-width space after an ellipsis dropped. */
    static String decode(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(html, last, m.start());
            String known = character(m.group(1));
            out.append(known != null ? known : m.group());
            last = m.end();
        }
        out.append(html.substring(last));
        return out.toString().replace("\u200B", "");
    }

    private static String character(String ref) {
        if (ref.startsWith("#x")) {
            return Character.toString(Integer.parseInt(ref.substring(2), 16));
        }
        if (ref.startsWith("#")) {
            return Character.toString(Integer.parseInt(ref.substring(1)));
        }
        return switch (ref) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
    }

    /**
     * Plain substituted text as Markdown text: Asciidoctor's references decoded, Markdown's special
     * characters escaped; a named reference Asciidoctor kept (the author's {@code &mdash;}) stays one.
     * {@code following} is the text after it, to know whether a bare {@code &} at the end would start a reference.
     */
    private static String escape(String html, String following) {
        if (html.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = ENTITY.matcher(html);
        int last = 0;
        while (m.find()) {
            escapeText(html.substring(last, m.start()), html.substring(m.start()), out);
            String known = character(m.group(1));
            if (known == null) {
                out.append(m.group());
            } else {
                escapeText(known, html.substring(m.end()) + following, out);
            }
            last = m.end();
        }
        escapeText(html.substring(last), following, out);
        return out.toString().replace("\u200B", "");
    }

    private static void escapeText(String text, String following, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '~', '$' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '_' -> {
                    char before = i > 0 ? text.charAt(i - 1) : out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
                    char after = i + 1 < text.length() ? text.charAt(i + 1) : following.isEmpty() ? ' ' : following.charAt(0);
                    // inside a word an underscore never emphasises in GitHub Markdown
                    out.append(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) ? "_" : "\\_");
                }
                case '&' -> {
                    String rest = text.substring(i + 1) + following;
                    out.append(ENTITY_TAIL.matcher(rest).find() ? "&amp;" : "&");
                }
                default -> out.append(c);
            }
        }
    }
}
