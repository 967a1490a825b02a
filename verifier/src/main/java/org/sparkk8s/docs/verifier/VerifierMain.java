package org.sparkk8s.docs.verifier;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.Summary;

/**
 * {@code java -cp … org.sparkk8s.docs.verifier.VerifierMain [--level static|render|api|ready] [--scenario GLOB]
 * [--report-dir DIR] [REPOSITORY]}: the verifier without the CLI module (used by the benchmark);
 * api and ready run the live tier on k3s with the defaults.
 * Exit codes as {@code docs verify}: 0 passed, 1 failed, 2 usage or environment error.
 */
public final class VerifierMain {

    private VerifierMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Level level = Level.RENDER;
        String scenario = null;
        Path reportDir = null;
        Path repo = Path.of(".");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--level" -> level = Level.fromId(args[++i]);
                    case "--scenario" -> scenario = args[++i];
                    case "--report-dir" -> reportDir = Path.of(args[++i]);
                    default -> {
                        if (args[i].startsWith("-")) {
                            err.println("unknown option " + args[i]);
                            return 2;
                        }
                        repo = Path.of(args[i]);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("usage: VerifierMain [--level static|render|api|ready] [--scenario GLOB] [--report-dir DIR] [REPOSITORY]"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 2;
        }
        Optional<Workspace> ws = Workspace.discover(repo);
        if (ws.isEmpty()) {
            err.println(repo.toAbsolutePath() + ": not a docs repository (no guides-en/ or snippets/ here or above)");
            return 2;
        }
        try {
            Verifier.Options options = Verifier.Options.upTo(level).withScenarioFilter(scenario).withReportDir(reportDir);
            Report report = Verifier.verify(ws.get(), options);
            Summary.failureLines(report).forEach(out::println);
            Summary.summaryLines(report).forEach(out::println);
            out.println("report: " + ws.get().relative(Verifier.reportDir(ws.get(), options).resolve("report.json")));
            return report.ok() ? 0 : 1;
        } catch (Verifier.EnvironmentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
