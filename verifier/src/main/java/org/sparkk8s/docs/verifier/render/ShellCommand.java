package org.sparkk8s.docs.verifier.render;

import java.util.List;
import java.util.Map;

/**
 * A simple command of a script, as the verifier reads it: its arguments after expansion, the
 * assignments that prefix it, its redirections and here-document.
 *
 * @param line the line of the command's first word
 * @param conditional true inside {@code if}, loops, {@code case} or a function body: it may run
 *                    once, never or many times
 * @param pipedFromPrevious true when the previous command's output is this command's input
 * @param heredoc the here-document body after expansion, or null
 * @param cwd the working directory relative to the repository root ("" for the root), null when a
 *            {@code cd} to an unknown directory came before
 */
public record ShellCommand(List<Arg> args, Map<String, String> prefixEnv, List<String> redirects, String heredoc,
                           int heredocLine, int line, boolean conditional, boolean pipedFromPrevious, String cwd) {

    /** The command name, or null when there is none or it is not known. */
    public String name() {
        return args.isEmpty() ? null : args.get(0).text();
    }

    /** The command as written after expansion, for messages. */
    public String display() {
        StringBuilder s = new StringBuilder();
        for (Arg a : args) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(a);
        }
        return s.toString();
    }
}
