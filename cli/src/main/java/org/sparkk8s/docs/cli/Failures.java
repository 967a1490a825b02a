package org.sparkk8s.docs.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.site.BuildFailure;

/**
 * Turns what a command throws into one line per problem and an exit code: content errors
 * ({@code path:line: what is wrong}) exit 1, everything else exits 2. A stack trace is printed
 * only with {@code -v}.
 */
final class Failures implements IExecutionExceptionHandler {

    private final Terminal terminal;

    Failures(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof BuildFailure f) {
            f.problems().forEach(p -> err.println(terminal.problem(p)));
            err.flush();
            return ExitCode.CONTENT;
        }
        if (e instanceof ContentException c) {
            err.println(terminal.problem(Problem.of(c)));
            err.flush();
            return ExitCode.CONTENT;
        }
        String message = e instanceof EnvironmentError || e instanceof UncheckedIOException
                ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.println(terminal.error("docs: " + message));
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else if (!(e instanceof EnvironmentError)) {
            err.println("(run with -v for the stack trace)");
        }
        err.flush();
        return ExitCode.ENVIRONMENT;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }
}
