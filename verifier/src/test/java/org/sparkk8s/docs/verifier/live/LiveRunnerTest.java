package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.run.StepResult;

/** The live tier's step runner with real bash processes, against a fake kubectl (there is no cluster here). */
class LiveRunnerTest {

    @TempDir
    Path dir;

    LiveFixture fx;

    @BeforeEach
    void fixture() {
        fx = new LiveFixture(dir);
    }

    private static ScenarioResult scenario(Report r, String id) {
        return r.scenarios().stream().filter(s -> s.scenario().id().equals(id) && s.level() == Level.API).findFirst()
                .orElseThrow(() -> new AssertionError("no api result for " + id + " in " + r.scenarios()));
    }

    private Path artifact(String scenario, String file) {
        return fx.reportDir.resolve(scenario).resolve(file);
    }

    @Test
    void stepsRunInOrderInACopyOfTheRepositoryAndTheCleanupRuns() {
        Report r = fx.verify("in-order");
        ScenarioResult s = scenario(r, "in-order");
        assertEquals(Status.PASSED, s.status(), () -> s.steps().toString());
        assertEquals(List.of(Status.PASSED, Status.PASSED, Status.PASSED, Status.PASSED),
                s.steps().stream().map(StepResult::status).toList());
        assertEquals("first\nsecond\n", LiveFixture.read(artifact("in-order", "step-03.stdout")));
        assertFalse(Files.exists(fx.workspace.root().resolve("order.txt")), "steps write into the sandbox, not the sources");
        assertTrue(Files.exists(fx.markers.resolve("cleanup-in-order")));
        assertEquals(Level.API, s.steps().get(0).proved());
        assertTrue(s.where().startsWith("kube context dev (https://10.1.2.3:6443)"), s.where());
        assertTrue(r.ok(), () -> r.failures().toString());
        // the console shows each step with its result and time, then the scenario's outcome
        List<String> lines = List.copyOf(fx.progress);
        assertTrue(lines.get(0).startsWith("live: kube context dev (https://10.1.2.3:6443); helm v3.17.3+gfake, kubectl v"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\[in-order] step 2/3 live/steps\\.sh#second … passed \\(\\d+ ms\\)")),
                lines.toString());
        assertTrue(lines.contains("[in-order] deleted namespaces live-a"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\[in-order] passed in \\d+ ms at level api")), lines.toString());
    }

    @Test
    void stepsSeeAScrubbedEnvironment() {
        Report r = fx.verify("environment");
        assertEquals(Status.PASSED, scenario(r, "environment").status());
        String env = LiveFixture.read(artifact("environment", "step-01.stdout"));
        for (String leaked : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AZURE_CLIENT_SECRET",
                "GOOGLE_APPLICATION_CREDENTIALS", "HELM_KUBECONTEXT", "HELM_NAMESPACE", "SSH_AUTH_SOCK")) {
            assertFalse(env.contains(leaked + "="), leaked + " reached the step:\n" + env);
        }
        Map<String, String> vars = new java.util.HashMap<>();
        env.lines().filter(l -> l.contains("=")).forEach(l -> vars.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        assertNotNull(vars.get("KUBECONFIG"));
        assertFalse(vars.get("KUBECONFIG").equals("/etc/kubernetes/admin.conf"), "the user's KUBECONFIG is not inherited");
        assertTrue(vars.get("KUBECONFIG").endsWith("/kubeconfig"), vars.get("KUBECONFIG"));
        assertFalse(vars.get("HOME").equals(dir.toString()), "HOME is the run's own folder");
        assertEquals(fx.markers.toString(), vars.get("MARKERS"), "--pass-env keeps what the user named");
        assertEquals("yes", vars.get("FROM_SCENARIO"));
        assertEquals("C.UTF-8", vars.get("LANG"));
        assertEquals("api", vars.get("DOCS_VERIFY_LEVEL"));
        assertTrue(vars.get("PATH").startsWith(dir.resolve("repo").toString()) || vars.get("PATH").contains("/bin:"), vars.get("PATH"));
        List<String> lines = env.lines().toList();
        assertEquals("dev", lines.get(lines.size() - 1), "the kubeconfig the steps get holds the named context only");
    }

    @Test
    void exitCodesAndOutputAreCheckedAndCleanupRunsAfterAFailure() {
        Report r = fx.verify("expectations");
        ScenarioResult s = scenario(r, "expectations");
        assertEquals(List.of(Status.PASSED, Status.FAILED, Status.NOT_RUN, Status.PASSED),
                s.steps().stream().map(StepResult::status).toList(), () -> s.steps().toString());
        StepResult greet = s.steps().get(1);
        assertTrue(greet.message().startsWith("stdout does not contain \"goodbye\" (stdout begins: hello)"), greet.message());
        int line = LiveFixture.lines(fx.workspace.root().resolve("snippets/live/steps.sh")).indexOf("echo hello") + 1;
        assertEquals("snippets/live/steps.sh:" + line, greet.findings().get(0).location().toString(), "the failing snippet line");
        assertFalse(Files.exists(fx.markers.resolve("never-ran")), "a step after a failure does not run");
        assertTrue(Files.exists(fx.markers.resolve("cleanup-expectations")), "cleanup runs after a failure");
        assertFalse(r.ok());
    }

    @Test
    void aStepPastItsTimeoutHasItsWholeProcessTreeKilledThenCleanupRuns() {
        Report r = fx.verify("runaway");
        ScenarioResult s = scenario(r, "runaway");
        StepResult step = s.steps().get(0);
        assertEquals(Status.FAILED, step.status());
        assertTrue(step.message().startsWith("timed out after 2.0 s (expect.timeout); ended "), step.message());
        for (String sleep : List.of("sleep " + fx.sleep + "1", "sleep " + fx.sleep + "2", "sleep " + fx.sleep + "3")) {
            assertTrue(step.message().contains(sleep), step.message());
            assertTrue(running(sleep).isEmpty(), sleep + " is still running");
        }
        assertTrue(Files.exists(fx.markers.resolve("cleanup-runaway")));
        assertEquals(Status.PASSED, s.steps().get(1).status());
    }

    @Test
    void backgroundProcessesAStepLeavesRunningAreEnded() throws IOException {
        Report r = fx.verify("leave-behind");
        StepResult step = scenario(r, "leave-behind").steps().get(0);
        assertEquals(Status.PASSED, step.status());
        long pid = Long.parseLong(Files.readString(fx.markers.resolve("leftover.pid")).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the background sleep was ended");
        assertTrue(step.notes().stream().anyMatch(n -> n.startsWith("ended background processes the step left running: sleep " + fx.sleep + "6")),
                step.notes().toString());
    }

    @Test
    void namespacesAreCreatedBeforeAndDeletedAfterAndKeepTheirNamesWithoutSuffix() {
        Report r = fx.verify("literal");
        assertEquals(Status.PASSED, scenario(r, "literal").status(), () -> scenario(r, "literal").steps().toString());
        assertEquals("NAMESPACE=team-a A=team-a B=team-b arg=team-a target=team-b",
                LiveFixture.read(artifact("literal", "step-01.stdout")).lines().findFirst().orElse(""));
        List<String> calls = fx.kubectlCalls();
        assertTrue(calls.contains("create namespace team-a"), calls.toString());
        assertTrue(calls.contains("create namespace team-b"), calls.toString());
        assertTrue(calls.contains("delete namespace team-a team-b --ignore-not-found --wait=true --timeout=5m"), calls.toString());
        assertTrue(calls.indexOf("create namespace team-a") < calls.indexOf("get pods -n team-a"));
        assertTrue(calls.indexOf("get pods -n team-a") < calls.indexOf("delete namespace team-a team-b --ignore-not-found --wait=true --timeout=5m"));
    }

    @Test
    void aSuffixedScenarioSeesItsFinalNamespacesAndItsInvariantsReadTheLiveObjects() throws IOException {
        Files.createDirectories(fx.state.resolve("objects"));
        Files.writeString(fx.state.resolve("objects/deployment.json"), DEPLOYMENTS);
        Report r = fx.verify("suffixed");
        ScenarioResult s = scenario(r, "suffixed");
        assertEquals(Status.PASSED, s.status(), () -> s.steps() + "\n" + s.invariants());
        String out = LiveFixture.read(artifact("suffixed", "step-01.stdout")).lines().findFirst().orElse("");
        Matcher m = Pattern.compile("NAMESPACE=team-a-([a-z0-9]{6}) A=team-a-\\1 B=team-b-\\1 arg=team-a-\\1 target=team-b-\\1").matcher(out);
        assertTrue(m.matches(), out);
        String id = m.group(1);
        assertEquals(id, r.live().runId());
        assertTrue(fx.kubectlCalls().contains("create namespace team-a-" + id));
        assertTrue(fx.kubectlCalls().contains("get deployment -n team-a-" + id + " -o json --show-managed-fields"));
        // two Deployments of two releases count; the ReplicaSet-made one without Helm's marks does not
        assertEquals("holds over 2 objects", s.invariants().get(0).message());
    }

    @Test
    void theSameInvariantFailsOnLiveObjectsThatShareAValue() throws IOException {
        Files.createDirectories(fx.state.resolve("objects"));
        Files.writeString(fx.state.resolve("objects/deployment.json"), DEPLOYMENTS.replace("db_two", "db_one"));
        Report r = fx.verify("suffixed");
        ScenarioResult s = scenario(r, "suffixed");
        assertEquals(Status.FAILED, s.invariants().get(0).status());
        assertEquals("invariant 'each release has its own database': releases one and two both render POSTGRES_DB=db_one: "
                + "Deployment team-a/one-db, Deployment team-a/two-db", s.invariants().get(0).message());
    }

    @Test
    void aFailedStepLeavesDiagnosticsLinkedFromTheReportAndTheJUnitXml() throws IOException {
        Files.writeString(fx.state.resolve("pods.json"), PODS);
        Report r = fx.verify("failing");
        ScenarioResult s = scenario(r, "failing");
        StepResult failed = s.steps().get(0);
        assertEquals(Status.FAILED, failed.status());
        assertTrue(failed.message().startsWith("exit code 1, expected 0: Error: INSTALLATION FAILED: context deadline exceeded "
                + "(diagnostics: "), failed.message());
        assertTrue(failed.message().endsWith("/report/failing/step-01-diagnostics/)"), failed.message());
        Path diag = artifact("failing", "step-01-diagnostics");
        List<String> expected = List.of("events-shop.txt", "pods-shop.txt", "describe-shop-app-0.txt", "logs-shop-app-0-init.txt",
                "logs-shop-app-0-app.txt", "logs-shop-app-0-app-previous.txt");
        for (String f : expected) {
            assertTrue(Files.exists(diag.resolve(f)), f + " missing; have " + list(diag));
        }
        assertFalse(Files.exists(diag.resolve("describe-shop-healthy-0.txt")), "a healthy pod is not described");
        assertTrue(LiveFixture.read(diag.resolve("logs-shop-app-0-app-previous.txt"))
                .startsWith("# kubectl logs app-0 -n shop -c app --tail=200 --previous\n"));
        assertTrue(LiveFixture.read(diag.resolve("events-shop.txt")).contains("Back-off restarting failed container"));
        assertTrue(fx.kubectlCalls().contains("logs app-0 -n shop -c app --tail=200 --previous"));
        // linked from report.json ...
        JsonNode report = new ObjectMapper().readTree(fx.reportDir.resolve("report.json").toFile());
        JsonNode step = null;
        for (JsonNode sc : report.path("scenarios")) {
            if (sc.path("id").asText().equals("failing") && sc.path("level").asText().equals("api")) {
                step = sc.path("steps").path(0);
            }
        }
        assertNotNull(step);
        List<String> links = new ArrayList<>();
        step.path("artifacts").forEach(a -> links.add(a.asText()));
        for (String f : expected) {
            assertTrue(links.stream().anyMatch(l -> l.endsWith("failing/step-01-diagnostics/" + f)), f + " not linked: " + links);
        }
        assertEquals("api", report.path("live").path("level").asText());
        assertEquals("kubeconfig", report.path("live").path("cluster").asText());
        // ... and from the JUnit XML of the live tier
        String xml = Files.readString(fx.reportDir.resolve("junit/TEST-scenario-failing-api.xml"));
        assertTrue(xml.contains("failing/step-01-diagnostics/describe-shop-app-0.txt"), xml);
        assertTrue(xml.contains("<property name=\"stdout\""), xml);
        // and the cleanup still ran, the later step did not
        assertEquals(Status.NOT_RUN, s.steps().get(1).status());
        assertTrue(Files.exists(fx.markers.resolve("cleanup-failing")));
    }

    @Test
    void aScenarioDoesNotStartWhereItsNamespaceExistsAndLeavesItAlone() throws IOException {
        Files.writeString(fx.state.resolve("ns/shop"), "Active");
        Report r = fx.verify("failing");
        ScenarioResult s = scenario(r, "failing");
        assertEquals(Status.FAILED, s.steps().get(0).status());
        assertTrue(s.steps().get(0).message().startsWith("namespace shop already exists (Active) in kube context dev"),
                s.steps().get(0).message());
        assertEquals(Status.NOT_RUN, s.steps().get(2).status(), "no cleanup step runs against a namespace it did not create");
        assertFalse(Files.exists(fx.markers.resolve("cleanup-failing")));
        assertTrue(Files.exists(fx.state.resolve("ns/shop")), "the namespace is still there");
        assertTrue(fx.kubectlCalls().stream().noneMatch(c -> c.startsWith("delete namespace")), fx.kubectlCalls().toString());
    }

    @Test
    void parallelScenariosThatShareANamespaceNeverOverlap() {
        Report r = fx.verify("hold-*", fx.options().withParallel(3));
        long[] one = interval("hold-shared-1");
        long[] two = interval("hold-shared-2");
        long[] alone = interval("hold-alone");
        assertTrue(one[1] <= two[0] || two[1] <= one[0], "hold-shared-1 and hold-shared-2 overlapped");
        assertTrue(alone[0] < Math.max(one[1], two[1]) && alone[1] > Math.min(one[0], two[0]),
                "hold-alone ran alongside one of them");
        assertEquals(Status.PASSED, scenario(r, "hold-alone").status());
    }

    private long[] interval(String scenario) {
        List<String> lines = LiveFixture.read(artifact(scenario, "step-01.stdout")).lines().toList();
        return new long[] {Long.parseLong(lines.get(0).split(" ")[1]) / 1_000_000, Long.parseLong(lines.get(1).split(" ")[1]) / 1_000_000};
    }

    /** Running processes that are exactly {@code command} (a program name and its arguments), e.g. {@code sleep 91001}. */
    static List<ProcessHandle> running(String command) {
        List<String> want = List.of(command.split(" "));
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(p -> {
            ProcessHandle.Info info = p.info();
            String program = info.command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("");
            List<String> args = info.arguments().map(List::of).orElse(List.of());
            List<String> have = new ArrayList<>();
            have.add(program);
            have.addAll(args);
            return have.equals(want);
        }).toList();
    }

    private static List<String> list(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Two releases' Deployments, and one a controller made (no Helm or kubectl marks), in the namespace asked for. */
    static final String DEPLOYMENTS = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "apps/v1", "kind": "Deployment",
               "metadata": {"name": "one-db", "namespace": "__NS__", "uid": "u1",
                 "labels": {"app": "db-user", "app.kubernetes.io/instance": "one", "app.kubernetes.io/managed-by": "Helm"},
                 "annotations": {"meta.helm.sh/release-name": "one"}},
               "spec": {"template": {"spec": {"containers": [{"name": "c", "env": [{"name": "POSTGRES_DB", "value": "db_one"}]}]}}}},
              {"apiVersion": "apps/v1", "kind": "Deployment",
               "metadata": {"name": "two-db", "namespace": "__NS__", "uid": "u2",
                 "labels": {"app": "db-user", "app.kubernetes.io/instance": "two"},
                 "managedFields": [{"manager": "helm", "operation": "Update"}]},
               "spec": {"template": {"spec": {"containers": [{"name": "c", "env": [{"name": "POSTGRES_DB", "value": "db_two"}]}]}}}},
              {"apiVersion": "apps/v1", "kind": "Deployment",
               "metadata": {"name": "made-by-a-controller", "namespace": "__NS__", "uid": "u3",
                 "labels": {"app": "db-user", "app.kubernetes.io/instance": "three"},
                 "managedFields": [{"manager": "kube-controller-manager", "operation": "Update"}]},
               "spec": {"template": {"spec": {"containers": [{"name": "c", "env": [{"name": "POSTGRES_DB", "value": "db_one"}]}]}}}}
            ]}
            """;

    /** A pod in CrashLoopBackOff (init container and a restarted app container) and a healthy one. */
    static final String PODS = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"metadata": {"name": "app-0"},
               "spec": {"initContainers": [{"name": "init"}], "containers": [{"name": "app"}]},
               "status": {"phase": "Running",
                 "initContainerStatuses": [{"name": "init", "ready": true, "restartCount": 0}],
                 "containerStatuses": [{"name": "app", "ready": false, "restartCount": 3,
                   "lastState": {"terminated": {"exitCode": 1}}}]}},
              {"metadata": {"name": "healthy-0"},
               "spec": {"containers": [{"name": "web"}]},
               "status": {"phase": "Running", "containerStatuses": [{"name": "web", "ready": true, "restartCount": 0}]}}
            ]}
            """;
}
