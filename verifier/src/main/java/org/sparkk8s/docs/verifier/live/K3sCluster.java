package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testcontainers.containers.Network;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

import org.sparkk8s.docs.verifier.Level;

/**
 * A throw-away k3s cluster in a Testcontainer, one per run and shared by its scenarios, with the
 * {@link Toolbox} on the same Docker network (or this machine's tools with {@code --host-tools}).
 * {@link #close()} removes both containers and the network; Testcontainers' Ryuk container removes
 * them too if the JVM dies before that.
 */
public final class K3sCluster implements Cluster {

    /** Kubernetes v1.32.5, the version of the toolbox's kubectl. */
    public static final String IMAGE = "rancher/k3s:v1.32.5-k3s1";

    /** The k3s container's name on the run's Docker network. */
    static final String ALIAS = "k3s";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Network network;
    private final K3sContainer k3s;
    private final Shell shell;
    private final String image;
    private final String version;

    private K3sCluster(Network network, K3sContainer k3s, Shell shell, String image, String version) {
        this.network = network;
        this.k3s = k3s;
        this.shell = shell;
        this.image = image;
        this.version = version;
    }

    /**
     * What a k3s run needs.
     *
     * @param image the k3s image ({@link #IMAGE}, or a mirror of it)
     * @param toolboxImage the toolbox image ({@link Toolbox#IMAGE}); ignored with {@code hostTools}
     * @param runDir the run's private folder on this machine
     */
    public record Settings(String image, String toolboxImage, boolean hostTools, Level level, Path runDir,
                           Map<String, String> parentEnv, List<String> passEnv, Duration grace) {
    }

    public static K3sCluster start(Settings s, Progress progress) {
        long t = System.nanoTime();
        progress.line("live: starting k3s (" + s.image() + ")" + (s.hostTools() ? " for this machine's helm and kubectl"
                : " and the toolbox (" + s.toolboxImage() + ")") + " …");
        Network network = Network.newNetwork();
        K3sContainer k3s = null;
        Shell shell = null;
        try {
            k3s = new K3sContainer(DockerImageName.parse(s.image()).asCompatibleSubstituteFor("rancher/k3s"));
            // since k3s 1.28 the serving certificate only names what --tls-san lists (tls-san-security),
            // so the network alias the toolbox connects to must be listed as well as the host
            k3s.withNetwork(network)
                    .withNetworkAliases(ALIAS)
                    .withCommand("server", "--disable=traefik", "--tls-san=" + k3s.getHost(), "--tls-san=" + ALIAS)
                    .withStartupTimeout(Duration.ofMinutes(5));
            k3s.start();
            if (s.hostTools()) {
                Path kubeconfig = s.runDir().resolve("kubeconfig");
                Files.writeString(kubeconfig, k3s.getKubeConfigYaml(), StandardCharsets.UTF_8);
                HostShell.ownerOnly(kubeconfig);
                shell = HostShell.create(s.runDir(), kubeconfig, s.parentEnv(), s.passEnv(), s.level(), s.grace())
                        .requireTools("install them, or run without --host-tools to use the toolbox container");
            } else {
                shell = Toolbox.start(s.toolboxImage(), network, k3s.generateInternalKubeConfigYaml(ALIAS), s.level(),
                        s.parentEnv(), s.passEnv(), s.grace());
            }
            String version = serverVersion(shell, s.runDir());
            K3sCluster cluster = new K3sCluster(network, k3s, shell, s.image(), version);
            Map<String, String> tools = shell.toolVersions();
            progress.line("live: " + cluster.where() + " ready in " + Progress.seconds((System.nanoTime() - t) / 1_000_000)
                    + "; helm " + tools.get("helm") + ", kubectl " + tools.get("kubectl") + " (" + shell.describe() + ")");
            return cluster;
        } catch (IOException e) {
            stop(shell, k3s, network);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop(shell, k3s, network);
            throw e;
        }
    }

    /** The API server's version as kubectl reports it through the run's shell, e.g. {@code v1.32.5+k3s1}. */
    private static String serverVersion(Shell shell, Path runDir) throws IOException {
        Path out = Files.createTempFile(runDir, "server-version", ".json");
        Path err = Files.createTempFile(runDir, "server-version", ".err");
        Shell.Result r = shell.run(new Shell.Command(List.of("kubectl", "version", "-o", "json"), Map.of(),
                "/", Duration.ofSeconds(60), out, err));
        if (r.exit() != 0) {
            throw new IllegalStateException("k3s started, but kubectl cannot reach it (" + shell.describe() + "): "
                    + r.err().strip());
        }
        JsonNode v = JSON.readTree(r.out()).path("serverVersion").path("gitVersion");
        return v.isTextual() ? v.asText() : null;
    }

    private static void stop(Shell shell, K3sContainer k3s, Network network) {
        try {
            if (shell != null) {
                shell.close();
            }
        } finally {
            try {
                if (k3s != null) {
                    k3s.stop();
                }
            } finally {
                network.close();
            }
        }
    }

    @Override
    public String kind() {
        return "k3s";
    }

    /** {@code k3s v1.32.5 (rancher/k3s:v1.32.5-k3s1)}: the server's own version, without k3s's build suffix. */
    @Override
    public String where() {
        String v = version == null ? image.substring(image.lastIndexOf(':') + 1) : version;
        // v1.32.5+k3s1 from the server, v1.32.5-k3s1 from a tag
        v = v.replaceFirst("[+-]k3s\\d+$", "");
        return "k3s " + v + " (" + image + ")";
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("image", image);
        d.put("server-version", version);
        d.put("shell", shell.describe());
        return d;
    }

    @Override
    public void close() {
        stop(shell, k3s, network);
    }
}
