package org.sparkk8s.docs.verifier.statics;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a local tool and captures its output; finds tools on {@code PATH}. */
final class Processes {

    /** Exit code and both output streams of a finished process. */
    record Output(int exit, String stdout, String stderr) {
    }

    private Processes() {
    }

    /** The executable's path when {@code name} is on {@code PATH} (or is itself a path to one), else null. */
    static Path find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Output run(List<String> command, Path workDir, long timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).start();
            p.getOutputStream().close();
            // a thread of its own for stderr: the common pool may have a single worker on two cores
            CompletableFuture<String> err = new CompletableFuture<>();
            Thread errReader = new Thread(() -> err.complete(read(p.getErrorStream())), "stderr of " + command.get(0));
            errReader.setDaemon(true);
            errReader.start();
            String out = read(p.getInputStream());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Output(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
