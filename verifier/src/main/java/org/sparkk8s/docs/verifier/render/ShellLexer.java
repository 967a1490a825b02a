package org.sparkk8s.docs.verifier.render;

import java.util.ArrayList;
import java.util.List;

import org.sparkk8s.docs.verifier.plan.ScriptLine;

/**
 * Splits a bash script into words, operators, redirections and here-documents, keeping quoting
 * and expansions as parts of each word so that they can be expanded later, in order, with the
 * variables the script has set by then. Follows bash's lexical rules for the constructs guides
 * use: line continuations, comments, {@code '…'}, {@code "…"}, {@code $'…'}, {@code $VAR},
 * {@code ${VAR…}}, {@code $(…)}, {@code $((…))}, backquotes and here-documents.
 */
final class ShellLexer {

    /** A lexical token. */
    sealed interface Token permits WordToken, OpToken, RedirToken {
        int line();
    }

    /** A word, as parts to expand. */
    record WordToken(List<Part> parts, String raw, int line) implements Token {

        /** The word's text when it is one unquoted literal (a reserved word or a name), else null. */
        String plain() {
            return parts.size() == 1 && parts.get(0) instanceof Lit l && !l.quoted() ? l.text() : null;
        }
    }

    /** {@code ;}, {@code &&}, {@code ||}, {@code |}, {@code |&}, {@code &}, {@code ;;}, {@code (}, {@code )}, or a newline. */
    record OpToken(String op, int line) implements Token {
    }

    /** A redirection; for here-documents {@code body} is filled when the lexer reaches it. */
    static final class RedirToken implements Token {
        final String op;
        final WordToken target;
        final int line;
        final boolean heredocQuoted;
        String body;
        int bodyLine;

        RedirToken(String op, WordToken target, int line, boolean heredocQuoted) {
            this.op = op;
            this.target = target;
            this.line = line;
            this.heredocQuoted = heredocQuoted;
        }

        @Override
        public int line() {
            return line;
        }

        boolean isHeredoc() {
            return op.equals("<<") || op.equals("<<-");
        }
    }

    /** Part of a word. */
    sealed interface Part permits Lit, Param, Sub {
    }

    /** Literal text; quoted text is neither split nor globbed. */
    record Lit(String text, boolean quoted) implements Part {
    }

    /**
     * A parameter expansion: {@code name} is a variable, a digit string or a special parameter;
     * {@code op} is null, one of {@code :- - := = :? ? :+ +}, {@code #len}, or {@code unsupported}.
     */
    record Param(String name, String op, List<Part> arg, boolean quoted, String raw) implements Part {
    }

    /** Command substitution, arithmetic or process substitution: its value exists only at run time. */
    record Sub(String raw, boolean quoted) implements Part {
    }

    /** A construct the lexer cannot read, at a line. */
    static final class SyntaxError extends RuntimeException {
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final String src;
    private final int[] lineAt;
    private int pos;
    private final List<RedirToken> pendingHeredocs = new ArrayList<>();

    private ShellLexer(String src, int[] lineAt) {
        this.src = src;
        this.lineAt = lineAt;
    }

    static List<Token> lex(List<ScriptLine> lines) {
        StringBuilder s = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (ScriptLine l : lines) {
            s.append(l.text()).append('\n');
            for (int i = 0; i <= l.text().length(); i++) {
                at.add(l.number());
            }
        }
        int[] lineAt = at.stream().mapToInt(Integer::intValue).toArray();
        return new ShellLexer(s.toString(), lineAt).tokens();
    }

    /** Parts of a standalone text (the word of {@code ${X:-word}}), expanded like a word or a quoted string. */
    private List<Part> partsOf(String text, boolean quoted, int line) {
        int[] at = new int[text.length() + 1];
        java.util.Arrays.fill(at, line);
        ShellLexer sub = new ShellLexer(text, at);
        return quoted ? sub.doubleQuotedBody(false) : sub.wordParts(false);
    }

    private int line() {
        return lineAt[Math.min(pos, lineAt.length - 1)];
    }

    private boolean at(String s) {
        return src.startsWith(s, pos);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && peek(1) == '\n') {
                pos += 2;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                out.add(new OpToken("\n", line()));
                pos++;
                readHeredocBodies();
            } else if (at("&&") || at("||") || at(";;") || at("|&")) {
                out.add(new OpToken(src.substring(pos, pos + 2), line()));
                pos += 2;
            } else if (c == ';' || c == '|' || c == '(' || c == ')' || (c == '&' && peek(1) != '>')) {
                out.add(new OpToken(String.valueOf(c), line()));
                pos++;
            } else if (redirectStart()) {
                out.add(redirect());
            } else {
                int line = line();
                int start = pos;
                List<Part> parts = wordParts(true);
                out.add(new WordToken(parts, src.substring(start, pos), line));
            }
        }
        if (!pendingHeredocs.isEmpty()) {
            RedirToken h = pendingHeredocs.get(0);
            throw new SyntaxError(h.line, "here-document ends before its delimiter '" + h.target.raw() + "'");
        }
        return out;
    }

    private boolean redirectStart() {
        int i = pos;
        while (i < src.length() && Character.isDigit(src.charAt(i))) {
            i++;
        }
        if (i < src.length() && (src.charAt(i) == '<' || src.charAt(i) == '>')) {
            // "2>" is a redirection only when the digits start the word
            return i == pos || pos == 0 || " \t\n;|&(".indexOf(src.charAt(pos - 1)) >= 0;
        }
        return at("&>");
    }

    private RedirToken redirect() {
        int line = line();
        int start = pos;
        while (Character.isDigit(peek(0))) {
            pos++;
        }
        String[] ops = {"<<<", "<<-", "<<", "&>>", "&>", ">>", ">&", "<&", ">|", "<>", "<", ">"};
        String op = null;
        for (String o : ops) {
            if (at(o)) {
                op = o;
                break;
            }
        }
        pos += op.length();
        if ((op.equals("<") || op.equals(">")) && peek(0) == '(') {
            // process substitution <(…): a word whose value exists only at run time
            int s = pos;
            skipBalanced('(', ')');
            String raw = src.substring(start, pos);
            return new RedirToken(op, new WordToken(List.of(new Sub(raw, false)), src.substring(s, pos), line), line, false);
        }
        while (peek(0) == ' ' || peek(0) == '\t') {
            pos++;
        }
        int wordLine = line();
        int wordStart = pos;
        List<Part> parts = wordParts(true);
        if (parts.isEmpty()) {
            throw new SyntaxError(line, "redirection " + src.substring(start, pos).strip() + " has no target");
        }
        WordToken target = new WordToken(parts, src.substring(wordStart, pos), wordLine);
        boolean quoted = parts.stream().anyMatch(p -> p instanceof Lit l && l.quoted());
        RedirToken r = new RedirToken(src.substring(start, wordStart).strip(), target, line, quoted);
        if (r.isHeredoc()) {
            pendingHeredocs.add(r);
        }
        return r;
    }

    private void readHeredocBodies() {
        for (RedirToken h : pendingHeredocs) {
            String delimiter = literal(h.target.parts());
            boolean strip = h.op.equals("<<-");
            StringBuilder body = new StringBuilder();
            h.bodyLine = line();
            boolean closed = false;
            while (pos < src.length()) {
                int nl = src.indexOf('\n', pos);
                String l = src.substring(pos, nl < 0 ? src.length() : nl);
                pos = nl < 0 ? src.length() : nl + 1;
                String cmp = strip ? l.replaceFirst("^\t+", "") : l;
                if (cmp.equals(delimiter)) {
                    closed = true;
                    break;
                }
                body.append(cmp).append('\n');
            }
            if (!closed) {
                throw new SyntaxError(h.line, "here-document ends before its delimiter '" + delimiter + "'");
            }
            h.body = body.toString();
        }
        pendingHeredocs.clear();
    }

    private static String literal(List<Part> parts) {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Lit l) {
                s.append(l.text());
            } else if (p instanceof Param pr) {
                s.append(pr.raw());
            } else if (p instanceof Sub sb) {
                s.append(sb.raw());
            }
        }
        return s.toString();
    }

    /** Reads a word up to an unquoted metacharacter (or to the end of the text when {@code stopAtMeta} is false). */
    private List<Part> wordParts(boolean stopAtMeta) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (stopAtMeta && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
                    || c == '<' || c == '>' || c == ')')) {
                break;
            }
            if (stopAtMeta && c == '(') {
                // NAME=( … ) is an array assignment; anywhere else '(' ends the word
                if (lit.length() > 0 && lit.charAt(lit.length() - 1) == '=' && parts.isEmpty()) {
                    int s = pos;
                    skipBalanced('(', ')');
                    flush(parts, lit, false);
                    parts.add(new Sub(src.substring(s, pos), false));
                    continue;
                }
                break;
            }
            if (c == '\\') {
                if (peek(1) == '\n') {
                    pos += 2;
                    continue;
                }
                flush(parts, lit, false);
                if (pos + 1 < src.length()) {
                    parts.add(new Lit(String.valueOf(src.charAt(pos + 1)), true));
                }
                pos += 2;
            } else if (c == '\'') {
                flush(parts, lit, false);
                int end = src.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new SyntaxError(line(), "unterminated single quote");
                }
                parts.add(new Lit(src.substring(pos + 1, end), true));
                pos = end + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                int open = line();
                pos++;
                parts.addAll(doubleQuotedBody(true));
                if (pos > src.length() || src.charAt(pos - 1) != '"') {
                    throw new SyntaxError(open, "unterminated double quote");
                }
            } else if (c == '$' && peek(1) == '\'') {
                flush(parts, lit, false);
                pos += 2;
                parts.add(new Lit(ansiC(), true));
            } else if (c == '$' && peek(1) == '"') {
                flush(parts, lit, false);
                pos += 2;
                parts.addAll(doubleQuotedBody(true));
            } else if (c == '$') {
                Part p = dollar(false);
                if (p == null) {
                    lit.append('$');
                    pos++;
                } else {
                    flush(parts, lit, false);
                    parts.add(p);
                }
            } else if (c == '`') {
                flush(parts, lit, false);
                parts.add(backquote(false));
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(parts, lit, false);
        return parts;
    }

    /** The inside of "…"; with {@code closing} the closing quote is consumed, else reads to the end. */
    private List<Part> doubleQuotedBody(boolean closing) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"' && closing) {
                pos++;
                flush(parts, lit, true);
                if (parts.isEmpty()) {
                    parts.add(new Lit("", true));
                }
                return parts;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (n == '\n') {
                    pos += 2;
                } else if (n == '$' || n == '`' || n == '"' || n == '\\') {
                    lit.append(n);
                    pos += 2;
                } else {
                    lit.append(c);
                    pos++;
                }
            } else if (c == '$') {
                Part p = dollar(true);
                if (p == null) {
                    lit.append('$');
                    pos++;
                } else {
                    flush(parts, lit, true);
                    parts.add(p);
                }
            } else if (c == '`') {
                flush(parts, lit, true);
                parts.add(backquote(true));
            } else {
                lit.append(c);
                pos++;
            }
        }
        if (closing) {
            throw new SyntaxError(line(), "unterminated double quote");
        }
        flush(parts, lit, true);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(new Lit(lit.toString(), quoted));
            lit.setLength(0);
        }
    }

    private String ansiC() {
        StringBuilder s = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != '\'') {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                char n = src.charAt(pos++);
                switch (n) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'e', 'E' -> s.append('\u001b');
                    case 'a' -> s.append('\u0007');
                    default -> s.append(n);
                }
            } else {
                s.append(c);
            }
        }
        if (pos >= src.length()) {
            throw new SyntaxError(line(), "unterminated $'…' quote");
        }
        pos++;
        return s.toString();
    }

    /** A {@code $…} expansion starting at {@code pos}, or null when the {@code $} is literal. */
    private Part dollar(boolean quoted) {
        int start = pos;
        char n = peek(1);
        if (n == '(') {
            pos++;
            skipBalanced('(', ')');
            return new Sub(src.substring(start, pos), quoted);
        }
        if (n == '{') {
            pos += 2;
            int inner = pos;
            int depth = 1;
            while (pos < src.length() && depth > 0) {
                char c = src.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '\'' && !quoted) {
                    int end = src.indexOf('\'', pos + 1);
                    pos = end < 0 ? src.length() : end + 1;
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                pos++;
            }
            if (depth > 0) {
                throw new SyntaxError(lineAt[Math.min(start, lineAt.length - 1)], "unterminated ${");
            }
            String body = src.substring(inner, pos - 1);
            return braced(body, quoted, src.substring(start, pos), lineAt[Math.min(start, lineAt.length - 1)]);
        }
        if (Character.isLetter(n) || n == '_') {
            pos++;
            int s = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            return new Param(src.substring(s, pos), null, List.of(), quoted, src.substring(start, pos));
        }
        if (Character.isDigit(n) || "@*#?$!-".indexOf(n) >= 0) {
            pos += 2;
            return new Param(String.valueOf(n), null, List.of(), quoted, src.substring(start, pos));
        }
        return null;
    }

    private Part braced(String body, boolean quoted, String raw, int line) {
        if (body.startsWith("#") && body.length() > 1 && name(body.substring(1)) == body.length() - 1) {
            return new Param(body.substring(1), "#len", List.of(), quoted, raw);
        }
        int n = name(body);
        if (n == 0) {
            return new Param(body, "unsupported", List.of(), quoted, raw);
        }
        String name = body.substring(0, n);
        String rest = body.substring(n);
        if (rest.isEmpty()) {
            return new Param(name, null, List.of(), quoted, raw);
        }
        for (String op : new String[] {":-", ":=", ":?", ":+", "-", "=", "?", "+"}) {
            if (rest.startsWith(op)) {
                return new Param(name, op, partsOf(rest.substring(op.length()), quoted, line), quoted, raw);
            }
        }
        return new Param(name, "unsupported", List.of(), quoted, raw);
    }

    /** Length of the parameter name at the start of {@code s}: an identifier, digits, or one special character. */
    private static int name(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        char c = s.charAt(0);
        int i = 0;
        if (Character.isLetter(c) || c == '_') {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            return i;
        }
        if (Character.isDigit(c)) {
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            return i;
        }
        return "@*#?$!-".indexOf(c) >= 0 ? 1 : 0;
    }

    private Part backquote(boolean quoted) {
        int start = pos;
        pos++;
        while (pos < src.length() && src.charAt(pos) != '`') {
            pos += src.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= src.length()) {
            throw new SyntaxError(lineAt[Math.min(start, lineAt.length - 1)], "unterminated backquote");
        }
        pos++;
        return new Sub(src.substring(start, pos), quoted);
    }

    /** Skips from an opening bracket at {@code pos} past its partner, honouring quotes. */
    private void skipBalanced(char open, char close) {
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\'') {
                int end = src.indexOf('\'', pos + 1);
                pos = end < 0 ? src.length() : end + 1;
                continue;
            }
            if (c == '"') {
                pos++;
                while (pos < src.length() && src.charAt(pos) != '"') {
                    pos += src.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
                if (depth == 0) {
                    pos++;
                    return;
                }
            }
            pos++;
        }
        throw new SyntaxError(lineAt[Math.min(start, lineAt.length - 1)], "unbalanced '" + open + "'");
    }
}
