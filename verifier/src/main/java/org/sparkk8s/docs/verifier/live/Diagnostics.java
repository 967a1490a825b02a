package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a failed step leaves for a human, per namespace of its scenario: the events, the pods
 * ({@code kubectl get pods -o wide}), and for each pod that is not healthy its {@code describe}
 * and the last {@value #LOG_LINES} log lines of every container, of the previous run too when the
 * container restarted. Each file starts with the command that produced it; a command that fails
 * leaves its error in the file instead, so the folder always tells what was tried.
 */
public final class Diagnostics {

    static final int LOG_LINES = 200;
    private static final int MAX_PODS = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Diagnostics() {
    }

    /** Collects into {@code dir} and returns the files written, in the order they were written. */
    static List<Path> collect(Kubectl kubectl, List<String> namespaces, Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String ns : namespaces) {
            files.add(save(kubectl, dir, "events-" + ns + ".txt", "get", "events", "-n", ns, "--sort-by=.lastTimestamp"));
            files.add(save(kubectl, dir, "pods-" + ns + ".txt", "get", "pods", "-n", ns, "-o", "wide"));
            Kubectl.Output pods = kubectl.run(TIMEOUT, "get", "pods", "-n", ns, "-o", "json");
            if (!pods.ok()) {
                continue;
            }
            JsonNode items;
            try {
                items = JSON.readTree(pods.out()).path("items");
            } catch (IOException e) {
                continue;
            }
            int n = 0;
            for (JsonNode pod : items) {
                if (!unhealthy(pod) || n++ >= MAX_PODS) {
                    continue;
                }
                String name = pod.path("metadata").path("name").asText();
                files.add(save(kubectl, dir, "describe-" + ns + "-" + name + ".txt", "describe", "pod", name, "-n", ns));
                for (String kind : new String[] {"initContainers", "containers"}) {
                    for (JsonNode c : pod.path("spec").path(kind)) {
                        String container = c.path("name").asText();
                        String base = "logs-" + ns + "-" + name + "-" + container;
                        files.add(save(kubectl, dir, base + ".txt", "logs", name, "-n", ns, "-c", container,
                                "--tail=" + LOG_LINES));
                        if (restarted(pod, container)) {
                            files.add(save(kubectl, dir, base + "-previous.txt", "logs", name, "-n", ns, "-c", container,
                                    "--tail=" + LOG_LINES, "--previous"));
                        }
                    }
                }
            }
        }
        return files;
    }

    /** Not finished well and not running well: pending, failed, unknown, a container not ready or restarted. */
    static boolean unhealthy(JsonNode pod) {
        String phase = pod.path("status").path("phase").asText("");
        if (phase.equals("Succeeded")) {
            return false;
        }
        if (!phase.equals("Running")) {
            return true;
        }
        for (String kind : new String[] {"initContainerStatuses", "containerStatuses"}) {
            for (JsonNode s : pod.path("status").path(kind)) {
                boolean init = kind.startsWith("init");
                if (s.path("restartCount").asInt(0) > 0 || (!init && !s.path("ready").asBoolean(false))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean restarted(JsonNode pod, String container) {
        for (String kind : new String[] {"initContainerStatuses", "containerStatuses"}) {
            for (JsonNode s : pod.path("status").path(kind)) {
                if (s.path("name").asText().equals(container)
                        && (s.path("restartCount").asInt(0) > 0 || s.path("lastState").has("terminated"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path save(Kubectl kubectl, Path dir, String file, String... args) {
        Kubectl.Output o = kubectl.run(TIMEOUT, args);
        StringBuilder text = new StringBuilder("# kubectl ").append(String.join(" ", args)).append('\n');
        if (!o.ok()) {
            text.append("# failed (").append(o.ending() == Shell.Ending.EXITED ? "exit " + o.exit() : o.ending())
                    .append("):\n").append(o.err());
        }
        text.append(o.out());
        Path p = dir.resolve(file.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
