package org.sparkk8s.docs.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.verifier.live.Consent;
import org.sparkk8s.docs.verifier.live.Docker;
import org.sparkk8s.docs.verifier.live.LiveOptions;
import org.sparkk8s.docs.verifier.report.Summary;
import org.sparkk8s.docs.verifier.report.Report;

/** The facade over the valid fixture: what passes, what the report and JUnit files say, and what is refused. */
class VerifierTest {

    @TempDir
    Path dir;

    @Test
    void validFixturePassesWithFullCoverageAndAReportTheSiteCanRead() throws IOException {
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        Report r = Fixtures.verify(ws, dir.resolve("report"));
        assertEquals(List.of(), Fixtures.failures(r));
        assertEquals(100.0, r.coverage().total().percent());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile());
        assertEquals("static", json.path("levels").get(0).asText());
        assertEquals("render", json.path("levels").get(1).asText());
        JsonNode installA = json.path("snippets").path("demo/deploy.sh#install-a");
        assertEquals("passed", installA.path("status").asText());
        assertEquals("render", installA.path("level").asText());
        assertTrue(installA.path("where").asText().matches("helm-java v3\\.\\d+\\.\\d+ \\(offline\\)"), installA.toString());
        assertEquals("demo", installA.path("guides").get(0).asText());
        assertFalse(installA.path("at").asText().isEmpty());
        // a guide's multi-tag include has its own entry, so the site finds every code block's id
        assertEquals("passed", json.path("snippets").path("demo/deploy.sh[tags=install-a;install-b]").path("status").asText());
        JsonNode logs = json.path("snippets").path("demo/check.sh#logs");
        assertEquals("exempt", logs.path("status").asText());
        assertEquals("reads the logs of a running pod; nothing to render", logs.path("message").asText());
        JsonNode status = json.path("snippets").path("demo/check.sh#status");
        assertEquals("passed", status.path("status").asText());
        assertEquals("static", status.path("level").asText(), "kubectl alone renders nothing");
        // its step runs at level ready: this run proves it statically, and says which level is missing
        JsonNode smoke = json.path("snippets").path("demo/smoke.sh");
        assertEquals("passed", smoke.path("status").asText());
        assertEquals("static", smoke.path("level").asText());
        assertTrue(smoke.path("message").asText().startsWith("static checks passed; runs at level ready"), smoke.toString());
        assertEquals("passed", json.path("snippets").path("demo/values-a.yaml").path("status").asText());
        assertEquals("passed", json.path("snippets").path("presets/values-small.yaml").path("status").asText());
        assertTrue(json.path("coverage").path("identicalAcrossLanguages").asBoolean());
        assertEquals(6, json.path("coverage").path("guides").path("demo").path("languages").path("ru").path("includes").asInt());

        String junit = Files.readString(dir.resolve("report/junit/TEST-scenario-two-releases.xml"));
        assertTrue(junit.contains("name=\"step 1: demo/deploy.sh\""), junit);
        assertTrue(junit.contains("name=\"cleanup 1: demo/cleanup.sh#uninstall\""), junit);
        assertTrue(junit.contains("name=\"invariant: databases are separate\""), junit);
        assertTrue(junit.contains("<skipped message=\"runs at level ready"), junit);
        assertTrue(Files.readString(dir.resolve("report/junit/TEST-static.xml")).contains("name=\"bash -n: snippets/demo/deploy.sh\""));
    }

    @Test
    void stepsRunInASandboxAndLeaveTheSourcesAlone() {
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        Fixtures.verify(ws, dir.resolve("report"));
        assertFalse(Files.exists(ws.root().resolve("charts/app/charts")), "helm dependency build ran in the repository");
    }

    @Test
    void missingShellcheckIsReportedSkippedNeverPassed() {
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        Report r = Verifier.verify(ws, Verifier.Options.upTo(Level.RENDER).withReportDir(dir.resolve("report"))
                .withShellcheck("no-such-shellcheck"));
        List<CheckResult> sc = r.checks().stream().filter(c -> c.name().equals("shellcheck")).toList();
        assertEquals(4, sc.size());
        sc.forEach(c -> assertEquals(Status.SKIPPED, c.status()));
        assertTrue(r.skipReasons().contains("shellcheck: no-such-shellcheck not found on PATH (install the Debian package 'shellcheck') (4)"),
                r.skipReasons().toString());
        assertTrue(r.snippets().get("demo/deploy.sh#deps").message().contains("shellcheck skipped"));
    }

    @Test
    void withoutDockerTheLiveTierIsSkippedWithTheReasonAfterTheStaticAndRenderTiersRan() throws java.io.IOException {
        assumeFalse(Docker.available(), "a Docker engine is reachable here: the k3s tier would run instead");
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        Verifier.LiveTierSkipped e = assertThrows(Verifier.LiveTierSkipped.class,
                () -> Verifier.verify(ws, Verifier.Options.upTo(Level.API).withReportDir(dir.resolve("report"))));
        assertTrue(e.getMessage().startsWith("no Docker engine: live tier skipped; static and render tiers ran. Start a Docker engine"),
                e.getMessage());
        Report r = e.report();
        assertEquals(List.of(Level.STATIC, Level.RENDER), r.levels(), "the levels that ran");
        assertTrue(r.scenarios().stream().allMatch(s -> s.level() == Level.RENDER));
        assertEquals(e.getMessage(), r.live().skipped());
        assertTrue(Summary.summaryLines(r).contains("skipped: live tier (api): " + e.getMessage()), Summary.summaryLines(r).toString());
        String json = Files.readString(dir.resolve("report/report.json"));
        assertTrue(json.contains("\"skipped\" : \"no Docker engine: live tier skipped; static and render tiers ran"), json);
    }

    @Test
    void anExistingClusterIsNeverTheCurrentContextByDefault() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "kubectl is not installed at /usr/bin/kubectl");
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        Verifier.EnvironmentException e = assertThrows(Verifier.EnvironmentException.class,
                () -> Verifier.verify(ws, Verifier.Options.upTo(Level.API).withReportDir(dir.resolve("report"))
                        .withLive(LiveOptions.kubeconfig(null, null, Consent.given())
                                .withEnvironment(java.util.Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString())))));
        assertTrue(e.getMessage().startsWith("--cluster kubeconfig needs --context NAME: a live run never uses the current context"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("report/report.json")), "nothing ran before the refusal");
    }

    @Test
    void scenarioFilterThatMatchesNothingIsAUsageError() {
        Workspace ws = Fixtures.workspace("base", dir.resolve("repo"));
        assertThrows(Verifier.EnvironmentException.class, () -> Verifier.verify(ws,
                Verifier.Options.upTo(Level.RENDER).withReportDir(dir.resolve("report")).withScenarioFilter("nope-*")));
    }

    @Test
    void mainPrintsFailuresThenASummaryAndExitsOne() {
        Workspace ws = Fixtures.workspace("service-clash", dir.resolve("repo"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = VerifierMain.run(new String[] {"--report-dir", dir.resolve("report").toString(), ws.root().toString()},
                new java.io.PrintStream(out, true), System.err);
        assertEquals(1, code);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("snippets/demo/deploy.sh:17 (guide demo, scenario two-releases): releases demo-a"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("verification FAILED: 1 failure")), lines.toString());
        assertEquals(2, VerifierMain.run(new String[] {"--level", "bogus"}, new java.io.PrintStream(out), new java.io.PrintStream(out)));
    }
}
