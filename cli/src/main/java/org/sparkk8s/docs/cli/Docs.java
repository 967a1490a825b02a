package org.sparkk8s.docs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.sparkk8s.docs.core.Workspace;

/**
 * The {@code docs} command: parses, calls the site generator (and, later, the verifier), prints.
 * Exit codes: 0 ok, 1 content error, 2 usage or environment error.
 */
@Command(name = "docs",
        mixinStandardHelpOptions = true,
        versionProvider = DocsVersion.class,
        description = "Build, serve and check the bilingual Spark-on-Kubernetes guides.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, VerifyCommand.class, PresetsCommand.class,
                ExportMarkdownCommand.class, TranslationsCommand.class},
        usageHelpAutoWidth = true)
public final class Docs implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The repository to work on (default: the nearest folder at or above the current one with guides-en/ or snippets/).")
    Path root;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stage timings, and stack traces of unexpected errors.")
    boolean verbose;

    public static void main(String[] args) {
        routeLibraryLogging();
        System.exit(commandLine().execute(args));
    }

    /** The command line with our exit codes and error handling; tests run it with their own writers. */
    public static CommandLine commandLine() {
        Terminal terminal = Terminal.detect();
        CommandLine cl = new CommandLine(new Docs());
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // picocli already exits 2 on a usage error; Failures maps everything a command throws
        cl.setExecutionExceptionHandler(new Failures(terminal));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Libraries that log through java.util.logging (OrientDB, AsciidoctorJ) go through logback's configuration. */
    static void routeLibraryLogging() {
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The workspace to work on: {@code --root}, or found from the current folder. */
    Workspace workspace() {
        if (root != null) {
            Workspace ws = Workspace.at(root);
            if (!java.nio.file.Files.isDirectory(ws.root())) {
                throw new EnvironmentError("--root " + root + ": no such folder");
            }
            return ws;
        }
        return Workspace.discover(Path.of("").toAbsolutePath()).orElseThrow(() -> new EnvironmentError(
                "no docs repository here: no guides-en/ or snippets/ in " + Path.of("").toAbsolutePath()
                        + " or above; run from the repository or pass --root DIR"));
    }

    Terminal terminal() {
        return Terminal.detect();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
