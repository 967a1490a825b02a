package org.sparkk8s.docs.verifier.live;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Verifier;

/**
 * An existing cluster — minikube, kind, a multi-node cluster, OpenShift — reached through one
 * context of a kubeconfig that the user names explicitly: never the current context by default.
 * The run writes a kubeconfig holding only that context ({@code kubectl config view --minify
 * --flatten}), so no step can switch to another one, and asks before it starts, naming the
 * context, its server and the namespaces it will create and delete. Steps use this machine's
 * {@code helm} and {@code kubectl}: its server may be 127.0.0.1, and its credential plugins live here.
 */
public final class KubeconfigCluster implements Cluster {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String context;
    private final String server;
    private final String source;
    private final HostShell shell;

    private KubeconfigCluster(String context, String server, String source, HostShell shell) {
        this.context = context;
        this.server = server;
        this.source = source;
        this.shell = shell;
    }

    /**
     * What connecting needs.
     *
     * @param context the context to use; null is refused
     * @param kubeconfig the kubeconfig file; null for this machine's ({@code KUBECONFIG}, else ~/.kube/config)
     * @param namespaces every namespace the run may create and delete, as it will name them
     * @param parentEnv this machine's environment (where kubectl and the kubeconfig are found)
     */
    public record Request(String context, Path kubeconfig, List<String> namespaces, Level level, Path runDir,
                          Map<String, String> parentEnv, List<String> passEnv, Consent consent, Duration grace) {
    }

    public static KubeconfigCluster connect(Request r, Progress progress) {
        String kubectl = HostShell.which("kubectl", r.parentEnv().get("PATH"));
        if (kubectl == null) {
            throw new Verifier.EnvironmentException("kubectl not found on PATH: an existing cluster is reached with this "
                    + "machine's kubectl and helm; install them (https://kubernetes.io/docs/tasks/tools/)");
        }
        Config config = new Config(kubectl, r.kubeconfig(), r.parentEnv());
        Answer contexts = config.kubectl("config", "get-contexts", "-o", "name");
        if (contexts.exit() != 0) {
            throw new Verifier.EnvironmentException("cannot read " + config.source() + ": " + contexts.err().strip());
        }
        List<String> names = contexts.out().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String listed = names.isEmpty() ? "none" : String.join(", ", names);
        if (r.context() == null || r.context().isBlank()) {
            Answer current = config.kubectl("config", "current-context");
            String cur = current.exit() == 0 ? current.out().strip() : "";
            throw new Verifier.EnvironmentException("--cluster kubeconfig needs --context NAME: a live run never uses the "
                    + "current context" + (cur.isEmpty() ? "" : " (" + cur + ")") + " unless it is named; contexts in "
                    + config.source() + ": " + listed);
        }
        if (!names.contains(r.context())) {
            throw new Verifier.EnvironmentException("context '" + r.context() + "' not found in " + config.source()
                    + " (contexts: " + listed + ")");
        }
        Answer view = config.kubectl("config", "view", "--minify", "--flatten", "--raw", "-o", "json", "--context", r.context());
        if (view.exit() != 0) {
            throw new Verifier.EnvironmentException("cannot read context '" + r.context() + "' from " + config.source() + ": "
                    + view.err().strip());
        }
        JsonNode minified;
        try {
            minified = JSON.readTree(view.out());
        } catch (IOException e) {
            throw new Verifier.EnvironmentException("kubectl config view printed no kubeconfig for context '" + r.context() + "'");
        }
        String server = minified.path("clusters").path(0).path("cluster").path("server").asText("(no server)");
        String target = "kube context '" + r.context() + "' (server " + server + ")";
        String namespaces = r.namespaces().isEmpty() ? "none" : String.join(", ", r.namespaces());
        boolean yes;
        try {
            yes = r.consent().confirm(question(target, namespaces));
        } catch (Consent.NoOneToAsk e) {
            throw new Verifier.EnvironmentException("refusing to run against " + target + " without confirmation: "
                    + e.getMessage() + "; the run would create and delete namespaces " + namespaces + "; pass --yes to confirm");
        }
        if (!yes) {
            throw new Verifier.EnvironmentException("not confirmed: nothing was run against " + target);
        }
        try {
            Files.createDirectories(r.runDir());
            Path file = r.runDir().resolve("kubeconfig");
            Files.writeString(file, view.out(), StandardCharsets.UTF_8);
            HostShell.ownerOnly(file);
            HostShell shell = HostShell.create(r.runDir(), file, r.parentEnv(), r.passEnv(), r.level(), r.grace())
                    .requireTools("an existing cluster is reached with this machine's tools; install them");
            KubeconfigCluster c = new KubeconfigCluster(r.context(), server, config.source(), shell);
            Map<String, String> tools = shell.toolVersions();
            progress.line("live: " + c.where() + "; helm " + tools.get("helm") + ", kubectl " + tools.get("kubectl")
                    + " (host tools)");
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the user is asked: the context, its server, and every namespace the run will touch. */
    static String question(String target, String namespaces) {
        return "Run the scenarios against " + target + "?\n"
                + "  They create, change and delete these namespaces there, and only these: " + namespaces + ".\n"
                + "  A namespace that exists already is left alone, and its scenario fails instead.\n"
                + "Continue?";
    }

    /** Reads the user's kubeconfig with kubectl, so that KUBECONFIG lists merge exactly as kubectl merges them. */
    private record Config(String kubectl, Path file, Map<String, String> parent) {

        String source() {
            if (file != null) {
                return file.toString();
            }
            String env = parent.get("KUBECONFIG");
            return env != null && !env.isEmpty() ? "KUBECONFIG (" + env + ")" : "~/.kube/config";
        }

        Answer kubectl(String... args) {
            List<String> argv = new ArrayList<>();
            argv.add(kubectl);
            argv.addAll(List.of(args));
            if (file != null) {
                argv.add("--kubeconfig");
                argv.add(file.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(argv);
            Map<String, String> env = pb.environment();
            env.clear();
            // only what locates the user's kubeconfig: this is the one place the run reads KUBECONFIG
            for (String name : new String[] {"PATH", "HOME", "KUBECONFIG"}) {
                if (parent.get(name) != null) {
                    env.put(name, parent.get(name));
                }
            }
            try {
                File out = File.createTempFile("kubeconfig", ".out");
                File err = File.createTempFile("kubeconfig", ".err");
                try {
                    Process p = pb.redirectOutput(out).redirectError(err)
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return new Answer(-1, "", "kubectl config did not answer within 60 s");
                    }
                    return new Answer(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
                } finally {
                    Files.deleteIfExists(out.toPath());
                    Files.deleteIfExists(err.toPath());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, "", "interrupted");
            }
        }
    }

    private record Answer(int exit, String out, String err) {
    }

    @Override
    public String kind() {
        return "kubeconfig";
    }

    /** {@code kube context kind-docs (https://127.0.0.1:40123)}. */
    @Override
    public String where() {
        return "kube context " + context + " (" + server + ")";
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("context", context);
        d.put("server", server);
        d.put("kubeconfig", source);
        d.put("shell", shell.describe());
        return d;
    }

    @Override
    public void close() {
        shell.close();
    }
}
