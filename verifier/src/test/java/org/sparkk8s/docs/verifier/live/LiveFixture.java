package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.testing.TestFiles;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Verifier;
import org.sparkk8s.docs.verifier.report.Report;

/**
 * A live run without a cluster: the {@code fixtures/live} repository, a real kubeconfig read by
 * the real {@code /usr/bin/kubectl}, and a fake {@code kubectl} first on PATH that answers the
 * cluster calls from files, records every call, and hands {@code config} and {@code version} to
 * the real one. A fake {@code helm} answers {@code version}. There is no cluster on the build
 * machines; everything else — processes, environment, files — is real.
 */
final class LiveFixture {

    static final String REAL_KUBECTL = "/usr/bin/kubectl";

    final Path root;
    final Workspace workspace;
    final Path bin;
    final Path state;
    final Path markers;
    final Path kubeconfig;
    final Path reportDir;
    final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    /** The steps' sleeps last {@code <sleep><digit>} seconds: unique to this fixture, so concurrent builds never mix them up. */
    final String sleep;

    LiveFixture(Path dir) {
        this(dir, Integer.toString(90_000 + new java.util.Random().nextInt(9_000)));
    }

    LiveFixture(Path dir, String sleep) {
        this.sleep = sleep;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of(REAL_KUBECTL)),
                "kubectl is not installed at " + REAL_KUBECTL + " (it reads the test kubeconfigs)");
        try {
            root = dir;
            Path repo = dir.resolve("repo");
            TestFiles.copyTree(resource("live"), repo);
            workspace = Workspace.at(repo);
            bin = Files.createDirectories(dir.resolve("bin"));
            state = Files.createDirectories(dir.resolve("state"));
            Files.createDirectories(state.resolve("ns"));
            markers = Files.createDirectories(dir.resolve("markers"));
            reportDir = dir.resolve("report");
            kubeconfig = dir.resolve("kubeconfig.yaml");
            Files.writeString(kubeconfig, KUBECONFIG);
            script(bin.resolve("kubectl"), FAKE_KUBECTL.replace("@STATE@", state.toString()).replace("@REAL@", REAL_KUBECTL));
            script(bin.resolve("helm"), "#!/usr/bin/env bash\necho \"$*\" >> " + state.resolve("helm-calls.log")
                    + "\nif [ \"$1\" = version ]; then echo v3.17.3+gfake; fi\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two contexts; the current one is prod, which no test may ever touch. */
    static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: dev-cluster
              cluster: {server: "https://10.1.2.3:6443", insecure-skip-tls-verify: true}
            - name: prod-cluster
              cluster: {server: "https://prod.example.com:443"}
            contexts:
            - name: dev
              context: {cluster: dev-cluster, user: dev-user}
            - name: prod
              context: {cluster: prod-cluster, user: prod-user}
            users:
            - name: dev-user
              user: {token: dev-token}
            - name: prod-user
              user: {token: prod-token}
            current-context: prod
            """;

    private static final String FAKE_KUBECTL = """
            #!/usr/bin/env bash
            # a cluster made of files: namespaces in @STATE@/ns, objects in @STATE@/objects, pods in @STATE@/pods.json
            state=@STATE@
            echo "$*" >> "$state/calls.log"
            case "$1" in
              config | version) exec @REAL@ "$@" ;;
            esac
            case "$1 $2" in
              "get namespace")
                if [ -f "$state/ns/$3" ]; then printf '%s' "$(cat "$state/ns/$3")"; fi
                exit 0 ;;
              "create namespace")
                if [ -f "$state/ns/$3" ]; then echo "Error from server (AlreadyExists): namespaces \\"$3\\" already exists" >&2; exit 1; fi
                echo Active > "$state/ns/$3"; echo "namespace/$3 created"; exit 0 ;;
              "label namespace") echo "namespace/$3 labeled"; exit 0 ;;
              "delete namespace")
                shift 2
                for a in "$@"; do case "$a" in --*) ;; *) rm -f "$state/ns/$a"; echo "namespace \\"$a\\" deleted" ;; esac; done
                exit 0 ;;
              "get events") printf 'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\\n5s   Warning   BackOff   pod/app-0   Back-off restarting failed container app in pod app-0\\n'; exit 0 ;;
              "get pods")
                if [[ " $* " == *" -o json "* ]]; then cat "$state/pods.json" 2>/dev/null || echo '{"kind":"List","items":[]}'
                else printf 'NAME    READY   STATUS             RESTARTS   AGE\\napp-0   0/1     CrashLoopBackOff   3          2m\\n'; fi
                exit 0 ;;
              "describe pod") printf 'Name:         %s\\nStatus:       Running\\nEvents:\\n  Warning  BackOff  kubelet  Back-off restarting failed container\\n' "$3"; exit 0 ;;
              "get deployment" | "get serviceaccount")
                ns=""; prev=""
                for a in "$@"; do if [ "$prev" = -n ]; then ns=$a; fi; prev=$a; done
                if [ -f "$state/objects/$2.json" ]; then sed "s/__NS__/$ns/g" "$state/objects/$2.json"
                else echo '{"apiVersion":"v1","kind":"List","items":[]}'; fi
                exit 0 ;;
            esac
            if [ "$1" = logs ]; then
              for i in 1 2 3; do echo "log line $i of $*"; done
              exit 0
            fi
            echo "fake kubectl: no answer for: $*" >&2
            exit 1
            """;

    /** This machine's environment as a test sets it: tools first on PATH, and variables that must not leak. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", root.toString());
        env.put("LANG", "C.UTF-8");
        env.put("MARKERS", markers.toString());
        env.put("SLEEP", sleep);
        env.put("KUBECONFIG", "/etc/kubernetes/admin.conf");
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "secret");
        env.put("AZURE_CLIENT_SECRET", "secret");
        env.put("GOOGLE_APPLICATION_CREDENTIALS", "/home/me/gcp.json");
        env.put("HELM_KUBECONTEXT", "prod");
        env.put("HELM_NAMESPACE", "kube-system");
        env.put("SSH_AUTH_SOCK", "/tmp/ssh.sock");
        return env;
    }

    LiveOptions options() {
        return LiveOptions.kubeconfig("dev", kubeconfig, Consent.given())
                .withEnvironment(environment())
                .withPassEnv(List.of("MARKERS", "SLEEP"))
                .withProgress(Progress.to(progress::add))
                .withGrace(Duration.ofSeconds(1));
    }

    /** The live tier alone (no static or render tier) on the scenarios matching {@code glob}. */
    Report verify(String glob, LiveOptions options) {
        return Verifier.verify(workspace, Verifier.Options.upTo(Level.API).withLevels(EnumSet.of(Level.API))
                .withScenarioFilter(glob).withReportDir(reportDir).withThreads(2).withLive(options));
    }

    Report verify(String glob) {
        return verify(glob, options());
    }

    List<String> kubectlCalls() {
        return lines(state.resolve("calls.log"));
    }

    static List<String> lines(Path p) {
        try {
            return Files.exists(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void script(Path p, String text) throws IOException {
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static Path resource(String name) {
        try {
            return Path.of(LiveFixture.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
