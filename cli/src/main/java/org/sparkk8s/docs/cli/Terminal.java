package org.sparkk8s.docs.cli;

import org.sparkk8s.docs.core.Problem;

/**
 * How output looks: colours only on a terminal, and never when {@code NO_COLOR} is set
 * (no-color.org) or the terminal is dumb.
 */
record Terminal(boolean colour) {

    private static final String RESET = "\u001B[0m";

    static Terminal detect() {
        String noColor = System.getenv("NO_COLOR");
        boolean colour = System.console() != null
                && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(System.getenv("TERM"));
        return new Terminal(colour);
    }

    /**
     * {@code path:line: message} on one line (a library's multi-line message is cut to its first
     * line), the location in bold and the severity coloured when colours are on.
     */
    String problem(Problem p) {
        String message = p.message().strip();
        int nl = message.indexOf('\n');
        if (nl >= 0) {
            message = message.substring(0, nl).strip();
        }
        Problem one = new Problem(p.severity(), p.location(), message);
        if (!colour) {
            return one.toString();
        }
        String severity = one.isError() ? "" : "\u001B[33mwarning:" + RESET + " ";
        return "\u001B[1m" + one.location() + ":" + RESET + " " + severity + (one.isError() ? "\u001B[31m" + message + RESET : message);
    }

    String ok(String text) {
        return colour ? "\u001B[32m" + text + RESET : text;
    }

    String error(String text) {
        return colour ? "\u001B[31m" + text + RESET : text;
    }
}
