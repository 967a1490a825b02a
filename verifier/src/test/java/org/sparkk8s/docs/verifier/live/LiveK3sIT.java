package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.Verifier;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.Summary;
import org.sparkk8s.docs.verifier.run.InvariantOutcome;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.run.StepResult;

/**
 * The acceptance test of the live tier: every scenario of the multi-version guide on a k3s
 * Testcontainer ({@value K3sCluster#IMAGE}) with the toolbox ({@value Toolbox#IMAGE}), at level
 * {@code api} — or {@code ready} with {@code -Dverify.level=ready}. Runs on {@code mvn verify}
 * wherever a Docker engine is reachable; elsewhere it is reported skipped with the reason. The
 * report goes to {@code target/verification-k3s/} (the site's report stays the full static and
 * render run of {@code RepositoryVerificationIT}).
 */
@ExtendWith(DockerEngine.class)
class LiveK3sIT {

    static final String GUIDE = "multi-version-deployment";
    static final Set<String> SCENARIOS = Set.of("same-namespace", "separate-namespaces", "preset-same-namespace",
            "preset-separate-namespaces", "coexistence-test", "migration");

    @Test
    void theMultiVersionGuideRunsOnK3s() {
        Level level = Level.fromId(System.getProperty("verify.level", "api"));
        assertTrue(level.isLive(), "-Dverify.level must be api or ready, not " + level.id());
        Workspace ws = Workspace.at(Path.of(System.getProperty("verify.repository", "..")).toAbsolutePath().normalize());
        Path reportDir = ws.targetDir().resolve("verification-k3s");
        Report r = Verifier.verify(ws, Verifier.Options.upTo(level).withGuide(GUIDE).withReportDir(reportDir)
                .withLive(LiveOptions.k3s().withProgress(Progress.to(System.out::println))));
        List<String> summary = Summary.summaryLines(r);
        System.out.println(String.join("\n", summary) + "\nreport: " + reportDir.resolve("report.json"));
        assertTrue(r.ok(), () -> String.join("\n", Summary.failureLines(r)) + "\n" + String.join("\n", summary));

        assertNotNull(r.live());
        assertEquals(level, r.live().level());
        assertTrue(r.live().where().startsWith("k3s v1.32.5 (rancher/k3s:v1.32.5-k3s1)"), r.live().where());
        assertTrue(r.live().tools().get("helm").startsWith("v3.17.3"), r.live().tools().toString());
        assertEquals("v1.32.5", r.live().tools().get("kubectl"), r.live().tools().toString());

        List<ScenarioResult> live = r.scenarios().stream().filter(s -> s.level() == level).toList();
        assertEquals(SCENARIOS, Set.copyOf(live.stream().map(s -> s.scenario().id()).toList()));
        for (ScenarioResult s : live) {
            for (StepResult step : s.steps()) {
                boolean runsHere = step.step().level().compareTo(level) <= 0;
                assertEquals(runsHere ? Status.PASSED : Status.SKIPPED, step.status(),
                        () -> s.scenario().id() + ": " + step.step().displayName() + ": " + step.message());
            }
            for (InvariantOutcome inv : s.invariants()) {
                assertFalse(inv.status() == Status.FAILED, () -> s.scenario().id() + ": " + inv.message());
            }
        }
        ScenarioResult same = live.stream().filter(s -> s.scenario().id().equals("same-namespace")).findFirst().orElseThrow();
        // the invariants the render tier checks hold on the live objects too
        same.invariants().forEach(i -> assertEquals(Status.PASSED, i.status(), i.message()));
        assertEquals(level, r.snippets().get("multi-version/deploy-same-namespace.sh#install-spark-35").level());
    }
}
