package org.sparkk8s.docs.verifier.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Verifier;

/** The safety rules for existing clusters, with real kubeconfig files read by the real kubectl. */
class KubeconfigClusterTest {

    @TempDir
    Path dir;

    LiveFixture fx;

    @BeforeEach
    void fixture() {
        fx = new LiveFixture(dir);
    }

    private KubeconfigCluster connect(String context, Path kubeconfig, Map<String, String> env, Consent consent) {
        return KubeconfigCluster.connect(new KubeconfigCluster.Request(context, kubeconfig, List.of("team-a-x1y2z3", "shop"),
                Level.API, dir.resolve("run"), env, List.of(), consent, Duration.ofSeconds(1)), Progress.silent());
    }

    private void assertNothingTouchedTheCluster() {
        assertTrue(fx.kubectlCalls().stream().allMatch(c -> c.startsWith("config ")), fx.kubectlCalls().toString());
    }

    @Test
    void refusesWithoutANamedContextAndNeverFallsBackToTheCurrentOne() {
        Verifier.EnvironmentException e = assertThrows(Verifier.EnvironmentException.class,
                () -> connect(null, fx.kubeconfig, fx.environment(), Consent.given()));
        assertEquals("--cluster kubeconfig needs --context NAME: a live run never uses the current context (prod) unless it "
                + "is named; contexts in " + fx.kubeconfig + ": dev, prod", e.getMessage());
        assertNothingTouchedTheCluster();
    }

    @Test
    void refusesAContextTheKubeconfigDoesNotHave() {
        Verifier.EnvironmentException e = assertThrows(Verifier.EnvironmentException.class,
                () -> connect("staging", fx.kubeconfig, fx.environment(), Consent.given()));
        assertEquals("context 'staging' not found in " + fx.kubeconfig + " (contexts: dev, prod)", e.getMessage());
    }

    @Test
    void refusesWithoutConfirmationWhenStdinIsNotATerminal() {
        // the test JVM's stdin is a pipe, as under CI: the terminal consent has no one to ask
        Verifier.EnvironmentException e = assertThrows(Verifier.EnvironmentException.class,
                () -> connect("dev", fx.kubeconfig, fx.environment(), Consent.terminal()));
        assertEquals("refusing to run against kube context 'dev' (server https://10.1.2.3:6443) without confirmation: stdin is "
                + "not a terminal, so there is no one to ask; the run would create and delete namespaces team-a-x1y2z3, shop; "
                + "pass --yes to confirm", e.getMessage());
        assertNothingTouchedTheCluster();
    }

    @Test
    void asksNamingTheContextItsServerAndTheNamespacesAndStopsOnNo() {
        List<String> asked = new ArrayList<>();
        Verifier.EnvironmentException e = assertThrows(Verifier.EnvironmentException.class,
                () -> connect("dev", fx.kubeconfig, fx.environment(), q -> {
                    asked.add(q);
                    return false;
                }));
        assertEquals("not confirmed: nothing was run against kube context 'dev' (server https://10.1.2.3:6443)", e.getMessage());
        assertEquals(1, asked.size());
        assertEquals("""
                Run the scenarios against kube context 'dev' (server https://10.1.2.3:6443)?
                  They create, change and delete these namespaces there, and only these: team-a-x1y2z3, shop.
                  A namespace that exists already is left alone, and its scenario fails instead.
                Continue?""", asked.get(0));
        assertNothingTouchedTheCluster();
    }

    @Test
    void theStepsGetAKubeconfigWithTheNamedContextOnlyFromAMergedKubeconfigList() throws IOException {
        // KUBECONFIG=a:b, the named context in the second file, the current context (prod) in the first
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.writeString(a, """
                apiVersion: v1
                kind: Config
                clusters: [{name: prod-cluster, cluster: {server: "https://prod.example.com:443"}}]
                contexts: [{name: prod, context: {cluster: prod-cluster, user: prod-user}}]
                users: [{name: prod-user, user: {token: prod-token}}]
                current-context: prod
                """);
        Files.writeString(b, """
                apiVersion: v1
                kind: Config
                clusters: [{name: kind-cluster, cluster: {server: "https://127.0.0.1:40123", insecure-skip-tls-verify: true}}]
                contexts: [{name: kind-docs, context: {cluster: kind-cluster, user: kind-user, namespace: ignored}}]
                users: [{name: kind-user, user: {token: kind-token}}]
                """);
        Map<String, String> env = new java.util.LinkedHashMap<>(fx.environment());
        env.put("KUBECONFIG", a + ":" + b);
        try (KubeconfigCluster c = connect("kind-docs", null, env, Consent.given())) {
            assertEquals("kube context kind-docs (https://127.0.0.1:40123)", c.where());
            assertEquals("KUBECONFIG (" + a + ":" + b + ")", c.details().get("kubeconfig"));
            String written = c.shell().baseEnvironment().get("KUBECONFIG");
            assertEquals(dir.resolve("run/kubeconfig").toString(), written);
            assertEquals("kind-docs", realKubectl(written, "config", "get-contexts", "-o", "name").strip());
            assertEquals("kind-docs", realKubectl(written, "config", "current-context").strip());
            assertTrue(!Files.readString(Path.of(written)).contains("prod"), "nothing of the other contexts is in it");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(Path.of(written))));
        }
    }

    private static String realKubectl(String kubeconfig, String... args) {
        try {
            List<String> argv = new ArrayList<>(List.of(LiveFixture.REAL_KUBECTL));
            argv.addAll(List.of(args));
            argv.addAll(List.of("--kubeconfig", kubeconfig));
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
