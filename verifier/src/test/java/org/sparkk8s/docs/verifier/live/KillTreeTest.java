package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill-tree.sh}, which ends a timed-out step inside the toolbox container, run here by
 * this machine's POSIX sh against a real tree: a background sleep, a subshell with its own
 * child, and a foreground sleep that ignores SIGTERM (so only the SIGKILL after the grace ends it).
 */
class KillTreeTest {

    @TempDir
    Path dir;

    @Test
    void endsTheWholeTreeWithTermThenKill() throws IOException, InterruptedException {
        Path script = dir.resolve("kill-tree.sh");
        try (InputStream in = KillTreeTest.class.getResourceAsStream("/org/sparkk8s/docs/verifier/live/kill-tree.sh")) {
            Files.write(script, in.readAllBytes());
        }
        Path pid = dir.resolve("pid");
        // numbers unique to this run, so that a concurrent build's sleeps are not counted
        String n = Integer.toString(90_000 + new java.util.Random().nextInt(9_000));
        // as the toolbox starts a command: sh writes its pid, then execs the command
        Process step = new ProcessBuilder("/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pid.toString(), "bash", "-c",
                "sleep " + n + "1 & (sleep " + n + "2; echo) & trap '' TERM; sleep " + n + "3; echo done").start();
        ProcessTree tree = new ProcessTree(step.toHandle());
        try {
            for (int i = 0; i < 50 && LiveRunnerTest.running("sleep " + n + "3").isEmpty(); i++) {
                Thread.sleep(100);
            }
            for (String sleep : List.of("sleep " + n + "1", "sleep " + n + "2", "sleep " + n + "3")) {
                assertEquals(1, LiveRunnerTest.running(sleep).size(), sleep + " runs");
            }
            tree.snapshot();
            long start = System.nanoTime();
            Process kill = new ProcessBuilder("/bin/sh", script.toString(), pid.toString(), "1").start();
            String printed = new String(kill.getInputStream().readAllBytes());
            assertTrue(kill.waitFor(20, TimeUnit.SECONDS));
            assertTrue(step.waitFor(10, TimeUnit.SECONDS), "the step's first process ended");
            for (String sleep : List.of("sleep " + n + "1", "sleep " + n + "2", "sleep " + n + "3")) {
                assertTrue(printed.contains(sleep), printed);
                assertTrue(LiveRunnerTest.running(sleep).isEmpty(), sleep + " still runs");
            }
            assertTrue((System.nanoTime() - start) / 1_000_000 >= 1000, "SIGKILL came after the grace period");
        } finally {
            // a failed assertion must not leave the tree behind for the next run
            tree.kill(java.time.Duration.ofMillis(100));
        }
    }
}
