package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helm wrapper the steps call, run by real bash in front of a stand-in for the real helm that prints its arguments. */
class HelmWrapperTest {

    @TempDir
    Path dir;

    Path wrapper;
    Path real;

    @BeforeEach
    void tools() throws IOException {
        wrapper = dir.resolve("helm");
        try (InputStream in = HelmWrapperTest.class.getResourceAsStream("/org/sparkk8s/docs/verifier/live/helm")) {
            LiveFixture.script(wrapper, new String(in.readAllBytes()));
        }
        real = dir.resolve("real-helm");
        LiveFixture.script(real, "#!/usr/bin/env bash\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
    }

    private record Run(int exit, List<String> out, String err) {
    }

    private Run helm(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("/bin/bash", wrapper.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        Path err = dir.resolve("err");
        Process p = pb.redirectError(err.toFile()).start();
        List<String> out = new String(p.getInputStream().readAllBytes()).lines().toList();
        return new Run(p.waitFor(), out, Files.readString(err));
    }

    @Test
    void atLevelApiHelmRunsWithoutWaitingForReadiness() throws Exception {
        Run r = helm(Map.of("DOCS_VERIFY_HELM", real.toString(), "DOCS_VERIFY_LEVEL", "api"),
                "upgrade", "--install", "spark-41", "charts/spark-4.1", "-n", "spark", "--wait", "--timeout", "10m",
                "--atomic", "--wait-for-jobs=true", "--set", "note=--wait", "--", "--wait");
        assertEquals(0, r.exit());
        assertEquals(List.of("[upgrade]", "[--install]", "[spark-41]", "[charts/spark-4.1]", "[-n]", "[spark]", "[--timeout]",
                "[10m]", "[--set]", "[note=--wait]", "[--]", "[--wait]"), r.out());
        assertEquals("docs verify (level api): helm runs without --wait --atomic --wait-for-jobs=true; readiness is proven "
                + "at level ready\n", r.err());
    }

    @Test
    void atLevelReadyEveryCommandRunsAsWritten() throws Exception {
        Run r = helm(Map.of("DOCS_VERIFY_HELM", real.toString(), "DOCS_VERIFY_LEVEL", "ready"),
                "install", "spark-infra", "charts/spark-infra", "--wait", "--atomic");
        assertEquals(List.of("[install]", "[spark-infra]", "[charts/spark-infra]", "[--wait]", "[--atomic]"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void withoutARealHelmTheStepLearnsWhatToInstall() throws Exception {
        Run r = helm(Map.of("DOCS_VERIFY_HELM", "", "DOCS_VERIFY_LEVEL", "api"), "version");
        assertEquals(127, r.exit());
        assertTrue(r.err().startsWith("helm: not found on this machine (docs verify: install Helm 3"), r.err());
    }
}
