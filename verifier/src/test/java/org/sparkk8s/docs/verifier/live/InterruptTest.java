package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: a real child JVM runs a live scenario whose step sleeps; the test sends it SIGINT
 * ({@code kill -INT}) and checks that the step's processes are gone, the cleanup step ran, the
 * steps after it did not, and the report was written.
 */
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void sigintEndsTheRunningStepRunsTheCleanupAndRemovesTheRun() throws IOException, InterruptedException {
        // a JVM started in the background by a shell without job control ignores SIGINT, and so would its child
        assumeFalse(sigintIgnored(), "SIGINT is ignored by this test JVM (started in the background), so a child cannot receive it");
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("child.log");
        String sleep = Integer.toString(90_000 + new java.util.Random().nextInt(9_000));
        String foreground = "sleep " + sleep + "5";
        Process child = new ProcessBuilder(java, "-cp", classpath, InterruptedRun.class.getName(), dir.toString(), sleep)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path markers = dir.resolve("markers");
        try {
            for (int i = 0; i < 300 && !Files.exists(markers.resolve("started")); i++) {
                assertTrue(child.isAlive(), () -> "the child ended early:\n" + LiveFixture.read(log));
                Thread.sleep(100);
            }
            assertTrue(Files.exists(markers.resolve("started")), () -> "the step never started:\n" + LiveFixture.read(log));
            assertEquals(1, LiveRunnerTest.running(foreground).size(), "the step is running");
            long background = Long.parseLong(Files.readString(markers.resolve("background.pid")).strip());

            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), () -> "the child did not exit:\n" + LiveFixture.read(log));

            String output = LiveFixture.read(log);
            assertEquals(130, child.exitValue(), output);
            assertTrue(Files.exists(markers.resolve("cleanup-interrupted")), "the cleanup step ran:\n" + output);
            assertFalse(Files.exists(markers.resolve("never-ran")), "the step after the interrupted one did not run");
            assertTrue(LiveRunnerTest.running(foreground).isEmpty(), "the step's foreground sleep is gone");
            assertFalse(ProcessHandle.of(background).map(ProcessHandle::isAlive).orElse(false), "its background sleep is gone");
            assertTrue(output.contains("live: interrupted; ending the running steps"), output);
            List<String> lines = output.lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[interrupted] step 1/2 live/steps.sh#long … FAILED")
                    && l.contains("interrupted (Ctrl-C) after")), output);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[interrupted] cleanup 1/1 live/steps.sh#cleanup-marker … passed")),
                    output);
            JsonNode report = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile());
            JsonNode step = report.path("scenarios").path(0).path("steps").path(0);
            assertEquals("failed", step.path("status").asText());
            assertTrue(step.path("message").asText().startsWith("interrupted (Ctrl-C) after"), step.toString());
            Matcher runDir = Pattern.compile("bash (\\S*/docs-verify-live-[0-9]+)/scripts/").matcher(output);
            assertTrue(runDir.find(), output);
            assertFalse(Files.exists(Path.of(runDir.group(1))), "the run's folder (kubeconfig, HOME) was removed");
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
            for (ProcessHandle p : LiveRunnerTest.running(foreground)) {
                p.destroyForcibly();
            }
            for (ProcessHandle p : LiveRunnerTest.running("sleep " + sleep + "4")) {
                p.destroyForcibly();
            }
        }
    }

    /** SIGINT (signal 2) in the SigIgn mask of /proc/self/status. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0b10) != 0;
            }
        }
        return false;
    }
}
