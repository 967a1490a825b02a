package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sparkk8s.docs.verifier.plan.ScriptLine;
import org.sparkk8s.docs.verifier.render.ShellLexer.Lit;
import org.sparkk8s.docs.verifier.render.ShellLexer.OpToken;
import org.sparkk8s.docs.verifier.render.ShellLexer.Param;
import org.sparkk8s.docs.verifier.render.ShellLexer.Part;
import org.sparkk8s.docs.verifier.render.ShellLexer.RedirToken;
import org.sparkk8s.docs.verifier.render.ShellLexer.Sub;
import org.sparkk8s.docs.verifier.render.ShellLexer.Token;
import org.sparkk8s.docs.verifier.render.ShellLexer.WordToken;

/**
 * Reads a bash script into its simple commands, in order, expanding each command's words with the
 * variables set so far, the way bash would: quote removal, parameter expansion (including
 * {@code ${1:?usage}} and {@code ${X:-default}}), word splitting of unquoted expansions, prefix
 * assignments, {@code export}, {@code cd}, {@code set --} and {@code shift}. Control structures
 * are not executed: the commands inside {@code if}, loops, {@code case} and functions are returned
 * marked conditional. Nothing the script would compute at run time is guessed; such arguments come
 * back unresolved with the reason.
 */
public final class ShellParser {

    /** A script the parser cannot read, at a line. */
    public static final class SyntaxError extends RuntimeException {
        private final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=.*", Pattern.DOTALL);
    private static final Set<String> CONDITIONAL = Set.of("if", "while", "until", "for", "select", "case", "function");

    private final ShellVariables vars;
    private final List<ShellCommand> out = new ArrayList<>();
    private final Deque<String> constructs = new ArrayDeque<>();
    private String cwd = "";

    private final List<WordToken> words = new ArrayList<>();
    private final List<WordToken> assignments = new ArrayList<>();
    private final List<RedirToken> redirects = new ArrayList<>();
    private int commandLine;
    private boolean piped;
    private boolean pipeNext;
    private String skipUntil;
    private boolean casePattern;
    private boolean closed;

    private ShellParser(ShellVariables vars) {
        this.vars = vars;
    }

    public static List<ShellCommand> parse(List<ScriptLine> lines, ShellVariables vars) {
        List<Token> tokens;
        try {
            tokens = ShellLexer.lex(lines);
        } catch (ShellLexer.SyntaxError e) {
            throw new SyntaxError(e.line, e.getMessage());
        }
        ShellParser p = new ShellParser(vars);
        for (int i = 0; i < tokens.size(); i++) {
            p.accept(tokens.get(i), i + 1 < tokens.size() ? tokens.get(i + 1) : null);
        }
        p.finish(false);
        return p.out;
    }

    private void accept(Token t, Token next) {
        if (skipUntil != null) {
            if (t instanceof WordToken w && skipUntil.equals(w.plain())) {
                skipUntil = null;
                if (w.plain().equals("in") && constructs.peek() != null && constructs.peek().equals("case")) {
                    casePattern = true;
                }
            }
            return;
        }
        if (casePattern) {
            // skip the pattern up to its ')'; "esac" closes the case
            if (t instanceof WordToken w && "esac".equals(w.plain())) {
                casePattern = false;
                pop("case", w.line());
            } else if (t instanceof OpToken o && o.op().equals(")")) {
                casePattern = false;
            }
            return;
        }
        if (t instanceof OpToken o) {
            operator(o, next);
        } else if (t instanceof RedirToken r) {
            redirects.add(r);
        } else {
            word((WordToken) t, next);
        }
    }

    private void operator(OpToken o, Token next) {
        switch (o.op()) {
            case "|", "|&" -> {
                finish(true);
                return;
            }
            case ";;" -> {
                finish(false);
                casePattern = true;
                return;
            }
            case "(" -> {
                if (words.size() == 1 && assignments.isEmpty() && next instanceof OpToken n && n.op().equals(")")) {
                    // NAME () { … }: a function definition; its body runs only when called
                    words.clear();
                    constructs.push("function");
                    skipUntil = "{";
                    return;
                }
                if (words.isEmpty()) {
                    constructs.push("(");
                    return;
                }
                throw new SyntaxError(o.line(), "unexpected '('");
            }
            case ")" -> {
                finish(false);
                if (!constructs.isEmpty() && constructs.peek().equals("(")) {
                    constructs.pop();
                    closed = true;
                }
                return;
            }
            default -> finish(false);
        }
    }

    private void word(WordToken w, Token next) {
        if (closed) {
            return;
        }
        if (words.isEmpty()) {
            String plain = w.plain();
            if (plain != null && assignments.isEmpty()) {
                switch (plain) {
                    case "if", "while", "until" -> {
                        constructs.push(plain);
                        return;
                    }
                    case "then", "do", "else", "elif", "!", "time" -> {
                        return;
                    }
                    case "{" -> {
                        if (!constructs.isEmpty() && constructs.peek().equals("function") && words.isEmpty()) {
                            constructs.push("{fn");
                        } else {
                            constructs.push("{");
                        }
                        return;
                    }
                    case "fi" -> {
                        pop("if", w.line());
                        closed = true;
                        return;
                    }
                    case "done" -> {
                        pop("loop", w.line());
                        closed = true;
                        return;
                    }
                    case "}" -> {
                        String top = constructs.isEmpty() ? "" : constructs.pop();
                        if (top.equals("{fn") && !constructs.isEmpty() && constructs.peek().equals("function")) {
                            constructs.pop();
                        }
                        closed = true;
                        return;
                    }
                    case "for", "select" -> {
                        constructs.push("for");
                        if (next instanceof WordToken v && v.plain() != null) {
                            vars.setUnknown(v.plain(), "the loop variable of the " + plain + " loop at line " + w.line());
                        }
                        skipUntil = "do";
                        return;
                    }
                    case "case" -> {
                        constructs.push("case");
                        skipUntil = "in";
                        return;
                    }
                    case "function" -> {
                        constructs.push("function");
                        skipUntil = "{";
                        return;
                    }
                    default -> {
                    }
                }
            }
            if (ASSIGNMENT.matcher(w.raw()).matches() && w.parts().get(0) instanceof Lit l && !l.quoted()
                    && l.text().contains("=")) {
                if (assignments.isEmpty()) {
                    commandLine = w.line();
                }
                assignments.add(w);
                return;
            }
            if (assignments.isEmpty()) {
                commandLine = w.line();
            }
        }
        words.add(w);
    }

    private void pop(String what, int line) {
        if (constructs.isEmpty()) {
            throw new SyntaxError(line, "unexpected end of " + what);
        }
        String top = constructs.peek();
        if (what.equals("loop") ? (top.equals("while") || top.equals("until") || top.equals("for")) : top.equals(what)) {
            constructs.pop();
        } else {
            throw new SyntaxError(line, "'" + (what.equals("loop") ? "done" : what.equals("if") ? "fi" : "esac")
                    + "' does not close the '" + top + "' that is open");
        }
    }

    private void finish(boolean pipeAfter) {
        closed = false;
        if (words.isEmpty() && assignments.isEmpty()) {
            redirects.clear();
            pipeNext = pipeAfter;
            return;
        }
        piped = pipeNext;
        pipeNext = pipeAfter;
        boolean conditional = constructs.stream().anyMatch(c -> CONDITIONAL.contains(c) || c.equals("{fn"));
        Map<String, String> prefix = new LinkedHashMap<>();
        if (words.isEmpty()) {
            for (WordToken a : assignments) {
                assign(a);
            }
        } else {
            for (WordToken a : assignments) {
                Arg v = expandAssignmentValue(a);
                prefix.put(nameOf(a), v.text());
            }
        }
        List<Arg> args = new ArrayList<>();
        for (WordToken w : words) {
            args.addAll(expand(w, true));
        }
        String heredoc = null;
        int heredocLine = 0;
        List<String> redirs = new ArrayList<>();
        for (RedirToken r : redirects) {
            if (r.isHeredoc()) {
                heredoc = r.heredocQuoted ? r.body : expandText(r.body, r.bodyLine);
                heredocLine = r.bodyLine;
                redirs.add(r.op + " " + r.target.raw());
            } else {
                List<Arg> target = expand(r.target, false);
                redirs.add(r.op + (target.isEmpty() ? "" : target.get(0).toString()));
            }
        }
        ShellCommand c = new ShellCommand(List.copyOf(args), prefix, List.copyOf(redirs), heredoc, heredocLine,
                commandLine, conditional, piped, cwd);
        if (!words.isEmpty()) {
            builtin(c);
        }
        out.add(c);
        words.clear();
        assignments.clear();
        redirects.clear();
    }

    /** The effects of builtins on what later commands see. */
    private void builtin(ShellCommand c) {
        String name = c.name();
        if (name == null) {
            return;
        }
        List<Arg> args = c.args();
        switch (name) {
            case "export", "readonly", "declare", "typeset", "local" -> {
                for (Arg a : args.subList(1, args.size())) {
                    if (a.text() != null && a.text().startsWith("-")) {
                        continue;
                    }
                    String t = a.text();
                    if (t == null) {
                        continue;
                    }
                    int eq = t.indexOf('=');
                    if (eq > 0) {
                        vars.set(t.substring(0, eq), t.substring(eq + 1));
                    }
                }
                // an unresolved value makes the named variable unknown too
                for (WordToken w : words.subList(1, words.size())) {
                    if (ASSIGNMENT.matcher(w.raw()).matches()) {
                        Arg v = expandAssignmentValue(w);
                        if (!v.isResolved()) {
                            vars.setUnknown(nameOf(w), v.unresolved());
                        }
                    }
                }
            }
            case "unset" -> args.subList(1, args.size()).forEach(a -> {
                if (a.text() != null && !a.text().startsWith("-")) {
                    vars.unset(a.text());
                }
            });
            case "read", "mapfile", "readarray" -> args.subList(1, args.size()).forEach(a -> {
                if (a.text() != null && !a.text().startsWith("-")) {
                    vars.setUnknown(a.text(), "read from input at line " + c.line());
                }
            });
            case "set" -> {
                int dd = -1;
                for (int i = 1; i < args.size(); i++) {
                    if ("--".equals(args.get(i).text())) {
                        dd = i;
                        break;
                    }
                }
                if (dd > 0) {
                    List<String> pos = new ArrayList<>();
                    for (Arg a : args.subList(dd + 1, args.size())) {
                        pos.add(a.text() == null ? "" : a.text());
                    }
                    vars.setPositional(pos);
                }
            }
            case "shift" -> {
                int n = args.size() > 1 && args.get(1).text() != null && args.get(1).text().matches("\\d+")
                        ? Integer.parseInt(args.get(1).text()) : 1;
                List<String> pos = vars.positional();
                vars.setPositional(pos.subList(Math.min(n, pos.size()), pos.size()));
            }
            case "cd" -> {
                if (args.size() < 2 || cwd == null) {
                    cwd = args.size() < 2 ? null : cwd;
                    return;
                }
                Arg dir = args.get(1);
                if (dir.text() == null || dir.text().startsWith("/") || dir.text().startsWith("~") || dir.text().equals("-")) {
                    cwd = null;
                    return;
                }
                Path p = Path.of(cwd).resolve(dir.text()).normalize();
                cwd = p.startsWith("..") ? null : p.toString().replace('\\', '/');
            }
            case "pushd", "popd", "source", ".", "eval" -> {
                if (name.equals("pushd") || name.equals("popd")) {
                    cwd = null;
                }
            }
            default -> {
            }
        }
    }

    private void assign(WordToken a) {
        Arg v = expandAssignmentValue(a);
        String name = nameOf(a);
        if (v.isResolved()) {
            if (a.raw().startsWith(name + "+=")) {
                ShellVariables.Value old = vars.get(name);
                if (old != null && old.text() == null) {
                    vars.setUnknown(name, old.unknown());
                    return;
                }
                vars.set(name, (old == null ? "" : old.text()) + v.text());
            } else {
                vars.set(name, v.text());
            }
        } else {
            vars.setUnknown(name, v.unresolved() + " (assigned to " + name + " at line " + a.line() + ")");
        }
    }

    private static String nameOf(WordToken a) {
        String first = ((Lit) a.parts().get(0)).text();
        String n = first.substring(0, first.indexOf('='));
        return n.endsWith("+") ? n.substring(0, n.length() - 1) : n;
    }

    /** The value of {@code NAME=value}: expanded without word splitting, as bash does for assignments. */
    private Arg expandAssignmentValue(WordToken a) {
        List<Part> parts = new ArrayList<>(a.parts());
        Lit first = (Lit) parts.get(0);
        String rest = first.text().substring(first.text().indexOf('=') + 1);
        parts.set(0, new Lit(rest, false));
        List<Arg> v = expand(new WordToken(parts, a.raw(), a.line()), false);
        return v.isEmpty() ? Arg.of("", a.line()) : v.get(0);
    }

    /** Expands a here-document body (parameters and substitutions, no quote removal); null when a value is unknown. */
    private String expandText(String body, int line) {
        List<Part> parts;
        try {
            parts = heredocParts(body, line);
        } catch (ShellLexer.SyntaxError e) {
            throw new SyntaxError(e.line, e.getMessage());
        }
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Lit l) {
                s.append(l.text());
            } else {
                Arg v = value(p, line);
                if (!v.isResolved()) {
                    return null;
                }
                s.append(v.text());
            }
        }
        return s.toString();
    }

    private static List<Part> heredocParts(String body, int line) {
        // A here-document body is read like the inside of double quotes, except that '"' is literal.
        String escaped = body.replace("\\\"", "\u0000").replace("\"", "\\\"").replace("\u0000", "\\\\\\\"");
        List<Token> t = ShellLexer.lex(List.of(new ScriptLine(line, "\"" + escaped + "\"")));
        return t.isEmpty() ? List.of() : ((WordToken) t.get(0)).parts();
    }

    /** Bash's expansion of one word into zero or more arguments. */
    private List<Arg> expand(WordToken w, boolean split) {
        List<Arg> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curHas = false;
        String unresolved = null;
        for (Part p : w.parts()) {
            if (p instanceof Lit l) {
                cur.append(l.text());
                curHas |= l.quoted() || !l.text().isEmpty();
                continue;
            }
            boolean quoted = p instanceof Param pr ? pr.quoted() : ((Sub) p).quoted();
            if (p instanceof Param pr && pr.name().equals("@") && pr.op() == null && quoted
                    && !(constructs.contains("function") || constructs.contains("{fn"))) {
                // "$@": one argument per positional parameter
                List<String> pos = vars.positional();
                for (int i = 0; i < pos.size(); i++) {
                    cur.append(pos.get(i));
                    curHas = true;
                    if (i < pos.size() - 1) {
                        fields.add(field(cur, unresolved, w.line()));
                        cur.setLength(0);
                        unresolved = null;
                    }
                }
                continue;
            }
            Arg v = value(p, w.line());
            if (!v.isResolved()) {
                unresolved = unresolved == null ? v.unresolved() : unresolved;
                curHas = true;
                continue;
            }
            if (quoted || !split) {
                cur.append(v.text());
                curHas |= quoted || !v.text().isEmpty();
                continue;
            }
            String[] pieces = v.text().split("[ \t\n]+", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    if (curHas || cur.length() > 0) {
                        fields.add(field(cur, unresolved, w.line()));
                    }
                    cur.setLength(0);
                    curHas = false;
                    unresolved = null;
                }
                cur.append(pieces[i]);
                curHas |= !pieces[i].isEmpty();
            }
        }
        if (curHas || cur.length() > 0) {
            fields.add(field(cur, unresolved, w.line()));
        }
        return fields;
    }

    private static Arg field(StringBuilder cur, String unresolved, int line) {
        return unresolved == null ? Arg.of(cur.toString(), line) : new Arg(null, unresolved, line);
    }

    /** The value of one expansion part. */
    private Arg value(Part p, int line) {
        if (p instanceof Sub s) {
            String kind = s.raw().startsWith("$((") ? "arithmetic " : s.raw().startsWith("`") || s.raw().startsWith("$(") ? "command substitution " : "process substitution ";
            return new Arg(null, kind + abbreviate(s.raw()) + " has a value only when the script runs", line);
        }
        Param pr = (Param) p;
        if ("unsupported".equals(pr.op())) {
            return new Arg(null, "the expansion " + pr.raw() + " is not evaluated by the verifier", line);
        }
        ShellVariables.Value v = lookup(pr.name());
        String name = pr.name();
        boolean unknown = v != null && v.text() == null;
        if (pr.op() == null) {
            if (v == null) {
                return new Arg(null, unsetReason(name), line);
            }
            return unknown ? new Arg(null, v.unknown(), line) : Arg.of(v.text(), line);
        }
        if (pr.op().equals("#len")) {
            if (v == null || unknown) {
                return new Arg(null, v == null ? unsetReason(name) : v.unknown(), line);
            }
            return Arg.of(String.valueOf(v.text().length()), line);
        }
        boolean colon = pr.op().startsWith(":");
        String op = colon ? pr.op().substring(1) : pr.op();
        if (unknown) {
            return new Arg(null, v.unknown(), line);
        }
        boolean missing = v == null || (colon && v.text().isEmpty());
        switch (op) {
            case "-", "=" -> {
                if (!missing) {
                    return Arg.of(v.text(), line);
                }
                Arg d = joined(pr.arg(), line);
                if (op.equals("=") && d.isResolved() && !Character.isDigit(name.charAt(0))) {
                    vars.set(name, d.text());
                }
                return d;
            }
            case "?" -> {
                if (!missing) {
                    return Arg.of(v.text(), line);
                }
                Arg msg = joined(pr.arg(), line);
                return new Arg(null, pr.raw() + " stops the script: " + unsetReason(name)
                        + (msg.isResolved() && !msg.text().isEmpty() ? " (\"" + msg.text() + "\")" : ""), line);
            }
            default -> {
                return missing ? Arg.of("", line) : joined(pr.arg(), line);
            }
        }
    }

    private Arg joined(List<Part> parts, int line) {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Lit l) {
                s.append(l.text());
            } else {
                Arg v = value(p, line);
                if (!v.isResolved()) {
                    return v;
                }
                s.append(v.text());
            }
        }
        return Arg.of(s.toString(), line);
    }

    private ShellVariables.Value lookup(String name) {
        boolean inFunction = constructs.contains("function") || constructs.contains("{fn");
        if (Character.isDigit(name.charAt(0)) || name.equals("@") || name.equals("*") || name.equals("#")) {
            if (name.equals("0")) {
                return new ShellVariables.Value(vars.scriptName(), null);
            }
            if (inFunction) {
                return new ShellVariables.Value(null, "$" + name + " inside a function is the function's argument");
            }
            List<String> pos = vars.positional();
            if (name.equals("#")) {
                return new ShellVariables.Value(String.valueOf(pos.size()), null);
            }
            if (name.equals("@") || name.equals("*")) {
                return new ShellVariables.Value(String.join(" ", pos), null);
            }
            int i = Integer.parseInt(name);
            return i <= pos.size() ? new ShellVariables.Value(pos.get(i - 1), null) : null;
        }
        if (name.length() == 1 && "?$!-".contains(name)) {
            return new ShellVariables.Value(null, "$" + name + " has a value only when the script runs");
        }
        return vars.get(name);
    }

    private String unsetReason(String name) {
        if (Character.isDigit(name.charAt(0))) {
            int n = vars.positional().size();
            return "$" + name + " is not set (the step passes " + (n == 0 ? "no args:" : n + " arg" + (n == 1 ? "" : "s")) + ")";
        }
        return "$" + name + " is not set (not in the step's env: and not assigned earlier in the script)";
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 37) + "…" : one;
    }
}
