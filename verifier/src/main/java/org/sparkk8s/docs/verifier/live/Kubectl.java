package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verifier's own kubectl calls in a live run — namespaces, objects for the invariants,
 * diagnostics — made through the run's {@link Shell}, so they reach the same cluster, with the
 * same tools and environment, as the steps.
 */
final class Kubectl {

    /** What a call printed. */
    record Output(int exit, String out, String err, Shell.Ending ending) {

        boolean ok() {
            return exit == 0 && ending == Shell.Ending.EXITED;
        }

        /** The first line of stderr (else stdout), for messages. */
        String reason() {
            String text = err.isBlank() ? out : err;
            return text.isBlank() ? "exit " + exit : text.strip().lines().findFirst().orElse("");
        }
    }

    private final Shell shell;
    private final Path scratch;

    Kubectl(Shell shell, Path scratch) {
        this.shell = shell;
        this.scratch = scratch;
    }

    Output run(Duration timeout, String... args) {
        return run(timeout, List.of(args));
    }

    Output run(Duration timeout, List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add("kubectl");
        argv.addAll(args);
        try {
            Files.createDirectories(scratch);
            Path out = Files.createTempFile(scratch, "kubectl", ".out");
            Path err = Files.createTempFile(scratch, "kubectl", ".err");
            try {
                Shell.Result r = shell.run(new Shell.Command(argv, Map.of(), "/", timeout, out, err));
                return new Output(r.exit(), r.out(), r.err(), r.ending());
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
