package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.verifier.run.Sandbox;

/**
 * Where the commands of a live run execute — a step's bash script, and the verifier's own
 * {@code kubectl} calls — with the run's scrubbed environment and a kubeconfig for its cluster:
 * on this machine ({@link HostShell}) or inside the toolbox container ({@link Toolbox}).
 */
public interface Shell extends AutoCloseable {

    /**
     * One command.
     *
     * @param argv the program and its arguments; the program is looked up on the environment's PATH
     * @param env variables added to {@link #baseEnvironment()} (later wins)
     * @param directory the working directory, as the shell sees paths
     * @param stdout where standard output goes (a file on this machine)
     * @param stderr where standard error goes
     */
    record Command(List<String> argv, Map<String, String> env, String directory, Duration timeout, Path stdout,
                   Path stderr) {
    }

    /** How a command ended. */
    enum Ending { EXITED, TIMED_OUT, INTERRUPTED }

    /**
     * What came of a command.
     *
     * @param killed processes ended because of a timeout or an interruption, described
     * @param leftovers background processes still running when the command exited, which were ended
     */
    record Result(int exit, Ending ending, List<String> killed, List<String> leftovers, long millis, Path stdout,
                  Path stderr) {

        public String out() {
            return read(stdout);
        }

        public String err() {
            return read(stderr);
        }

        /** The output as text (the first 4 MB: enough for any expectation, bounded for a runaway step). */
        static String read(Path p) {
            try {
                if (p == null || !Files.exists(p)) {
                    return "";
                }
                try (var in = Files.newInputStream(p)) {
                    return new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A command that is running. */
    interface Running {

        /** Waits until it exits or its timeout passes (then its process tree is ended). */
        Result await();

        /** Ends it now, with its process tree (Ctrl-C); {@link #await()} then reports {@link Ending#INTERRUPTED}. */
        void kill();
    }

    Running start(Command command);

    default Result run(Command command) {
        return start(command).await();
    }

    /** The environment every command starts from, before a step's own variables. */
    Map<String, String> baseEnvironment();

    /** Makes a scenario's sandbox visible to commands and returns the directory to run them in. */
    String share(Sandbox sandbox, String name);

    /** Forgets a directory {@link #share} returned (a copy in the toolbox is removed). */
    void unshare(String directory);

    /** Puts a file (a step's script) where commands can read it and returns its path as they see it. */
    String put(String name, byte[] content);

    /** {@code helm} and {@code kubectl} versions as the tools print them; null for a missing tool. */
    Map<String, String> toolVersions();

    /** {@code host tools} or {@code toolbox dtzar/helm-kubectl:…}, for the report. */
    String describe();

    @Override
    void close();
}
