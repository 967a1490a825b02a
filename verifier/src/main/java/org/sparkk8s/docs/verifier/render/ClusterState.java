package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.objects.KubeObject;

/**
 * What the cluster would hold after the scenario's commands so far: each object with its owner (a
 * Helm release, or {@code kubectl apply}), the releases with the values they were installed with,
 * and the namespaces that exist. Installing an object another owner already has is what makes a
 * second {@code helm install} fail, so it is reported as a clash.
 */
final class ClusterState {

    /** Who put objects into the cluster: a release in a namespace, or kubectl (release null). */
    record Owner(String release, String namespace, SourceLocation at) {

        String describe() {
            return release != null ? "release " + release : "kubectl apply";
        }
    }

    /** An installed release: its objects and the values files it was installed with (for --reuse-values). */
    record Release(String name, String namespace, SourceLocation at, List<Path> valuesFiles, Set<String> identities) {
    }

    private record Entry(Owner owner, KubeObject object) {
    }

    private final Map<String, Entry> objects = new LinkedHashMap<>();
    private final Map<String, Release> releases = new HashMap<>();
    private final Set<String> namespaces = new HashSet<>(Set.of("default", "kube-system", "kube-public"));

    Release release(String name, String namespace) {
        return releases.get(namespace + "/" + name);
    }

    boolean hasNamespace(String ns) {
        return namespaces.contains(ns);
    }

    void createNamespace(String ns) {
        namespaces.add(ns);
    }

    /**
     * Adds {@code incoming} for {@code owner}, replacing what the same release had (an upgrade);
     * returns one message per clash with another owner's object or within the incoming set.
     */
    List<String> install(Owner owner, List<KubeObject> incoming, List<Path> valuesFiles, boolean takeOwnership) {
        List<String> clashes = new ArrayList<>();
        if (owner.release() != null) {
            Release previous = releases.remove(owner.namespace() + "/" + owner.release());
            if (previous != null) {
                previous.identities().forEach(objects::remove);
            }
        }
        Map<String, KubeObject> seen = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (KubeObject o : incoming) {
            String id = o.identity();
            KubeObject twin = seen.put(id, o);
            if (twin != null) {
                clashes.add(owner.describe() + " renders " + where(o) + " twice"
                        + (twin.origin().template() == null ? "" : " (" + twin.origin().template() + " and " + o.origin().template() + ")"));
                continue;
            }
            Entry existing = objects.get(id);
            if (existing != null && !sameOwner(existing.owner(), owner) && !takeOwnership) {
                clashes.add(clash(existing.owner(), owner, o));
                continue;
            }
            objects.put(id, new Entry(owner, o));
            ids.add(id);
        }
        if (owner.release() != null) {
            releases.put(owner.namespace() + "/" + owner.release(),
                    new Release(owner.release(), owner.namespace(), owner.at(), List.copyOf(valuesFiles), ids));
        }
        return clashes;
    }

    void uninstall(String release, String namespace) {
        Release r = releases.remove(namespace + "/" + release);
        if (r != null) {
            r.identities().forEach(objects::remove);
        }
    }

    List<KubeObject> objects() {
        return objects.values().stream().map(Entry::object).toList();
    }

    private static boolean sameOwner(Owner a, Owner b) {
        return a.release() == null ? b.release() == null
                : a.release().equals(b.release()) && a.namespace().equals(b.namespace());
    }

    private static String clash(Owner existing, Owner incoming, KubeObject o) {
        String first = existing.release() != null && incoming.release() != null
                ? "releases " + existing.release() + " and " + incoming.release() + " both render"
                : existing.describe() + " and " + incoming.describe() + " both create";
        return first + " " + where(o) + " (" + existing.describe() + " at " + existing.at() + ")";
    }

    private static String where(KubeObject o) {
        String ns = o.namespace();
        return o.kind() + " " + o.name() + (ns.isEmpty() ? " (cluster-scoped)" : " in namespace " + ns);
    }
}
