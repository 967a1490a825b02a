package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.plan.Invariant;
import org.sparkk8s.docs.verifier.plan.Scenario;

/**
 * The objects a scenario's steps put into a live cluster, read back for its invariants: for each
 * kind an invariant selects, {@code kubectl get KIND -n NS -o json --show-managed-fields} in each
 * of the scenario's namespaces. Only what the steps created counts — objects of a Helm release
 * and objects written by kubectl (their managed fields or annotations say so) — not what
 * controllers made from them (ReplicaSets, Pods) or what Kubernetes adds to every namespace (the
 * {@code default} ServiceAccount): that is what the render tier sees too. A cluster-scoped object
 * counts when its Helm release lives in one of the scenario's namespaces. Namespaces are reported
 * under their declared names, so that an invariant reads the same on the render and on a run
 * whose namespaces were suffixed.
 */
final class LiveObjects {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveObjects() {
    }

    static List<KubeObject> read(Kubectl kubectl, Scenario scenario, ScenarioNamespaces ns) {
        TreeSet<String> kinds = new TreeSet<>();
        for (Invariant inv : scenario.invariants()) {
            kinds.add(inv.select().kind());
        }
        List<String> namespaces = ns.actual().isEmpty() ? List.of("default") : ns.actual();
        Map<String, KubeObject> out = new LinkedHashMap<>();
        for (String kind : kinds) {
            for (String namespace : namespaces) {
                Kubectl.Output o = kubectl.run(Duration.ofSeconds(60), "get", kind.toLowerCase(Locale.ROOT), "-n", namespace,
                        "-o", "json", "--show-managed-fields");
                if (!o.ok()) {
                    throw new IllegalStateException("cannot read the live objects: kubectl get " + kind.toLowerCase(Locale.ROOT)
                            + " -n " + namespace + ": " + o.reason());
                }
                for (JsonNode item : items(o.out())) {
                    String uid = item.path("metadata").path("uid").asText(kind + "/" + item.path("metadata").path("name").asText());
                    if (out.containsKey(uid) || !createdBySteps(item) || !ours(item, namespaces)) {
                        continue;
                    }
                    ObjectNode copy = item.deepCopy();
                    String actual = item.path("metadata").path("namespace").asText("");
                    if (!actual.isEmpty()) {
                        ((ObjectNode) copy.path("metadata")).put("namespace", ns.declared(actual));
                    }
                    out.put(uid, new KubeObject(copy, ns.declared(namespace), null,
                            new KubeObject.Origin(null, "kubectl get " + kind.toLowerCase(Locale.ROOT) + " -n " + namespace, null)));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<JsonNode> items(String json) {
        List<JsonNode> out = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null) {
                return out;
            }
            if (root.has("items")) {
                root.path("items").forEach(out::add);
            } else if (root.has("kind")) {
                out.add(root);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kubectl printed no JSON: " + e.getMessage());
        }
        return out;
    }

    /** Written by helm or kubectl: a Helm release annotation, kubectl's last-applied annotation, or their field managers. */
    static boolean createdBySteps(JsonNode o) {
        JsonNode meta = o.path("metadata");
        JsonNode annotations = meta.path("annotations");
        if (annotations.has("meta.helm.sh/release-name")
                || annotations.has("kubectl.kubernetes.io/last-applied-configuration")
                || "Helm".equals(meta.path("labels").path("app.kubernetes.io/managed-by").asText())) {
            return true;
        }
        for (JsonNode f : meta.path("managedFields")) {
            String manager = f.path("manager").asText("");
            if (manager.equals("helm") || manager.startsWith("kubectl")) {
                return true;
            }
        }
        return false;
    }

    /** Namespaced objects were read from the scenario's namespaces; a cluster-scoped one must belong to a release in them. */
    private static boolean ours(JsonNode o, List<String> namespaces) {
        if (!o.path("metadata").path("namespace").asText("").isEmpty()) {
            return true;
        }
        String releaseNs = o.path("metadata").path("annotations").path("meta.helm.sh/release-namespace").asText("");
        return namespaces.contains(releaseNs);
    }
}
