package org.sparkk8s.docs.verifier.objects;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sparkk8s.docs.core.SourceLocation;

/**
 * A Kubernetes object as the checks see it, wherever it came from: rendered by Helm from a guide's
 * command (render tier) or read back from a cluster (live tier).
 *
 * @param json the object
 * @param defaultNamespace the namespace it lands in when it names none (the release's, or {@code -n})
 * @param release the Helm release that produced it, when known from the command; null otherwise
 * @param origin where it came from, for messages
 */
public record KubeObject(JsonNode json, String defaultNamespace, String release, Origin origin) {

    /** The command that created an object and the template it came from (null when unknown). */
    public record Origin(SourceLocation location, String command, String template) {

        public static final Origin UNKNOWN = new Origin(null, null, null);
    }

    /** Kinds that live outside namespaces, so that their names clash cluster-wide. */
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass",
            "CSIDriver", "CSINode", "VolumeAttachment", "PriorityClass", "RuntimeClass", "IngressClass",
            "CustomResourceDefinition", "APIService", "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus",
            "IPAddress", "ServiceCIDR", "DeviceClass", "ResourceSlice", "StorageVersionMigration");

    public String kind() {
        return text(json.path("kind"));
    }

    public String apiVersion() {
        return text(json.path("apiVersion"));
    }

    /** The API group, empty for the core group. */
    public String group() {
        String v = apiVersion();
        int slash = v.indexOf('/');
        return slash < 0 ? "" : v.substring(0, slash);
    }

    public String name() {
        return text(json.path("metadata").path("name"));
    }

    public boolean isClusterScoped() {
        return CLUSTER_SCOPED.contains(kind());
    }

    /** The namespace the object lives in; empty for cluster-scoped kinds. */
    public String namespace() {
        if (isClusterScoped()) {
            return "";
        }
        String ns = text(json.path("metadata").path("namespace"));
        return ns.isEmpty() ? (defaultNamespace == null ? "default" : defaultNamespace) : ns;
    }

    public String label(String key) {
        JsonNode v = json.path("metadata").path("labels").get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The release the object belongs to: its {@code app.kubernetes.io/instance} label, else Helm's
     * {@code meta.helm.sh/release-name} annotation (set on live objects), else the release whose
     * command rendered it; null when none is known.
     */
    public String owningRelease() {
        String l = label("app.kubernetes.io/instance");
        if (l != null && !l.isEmpty()) {
            return l;
        }
        JsonNode a = json.path("metadata").path("annotations").get("meta.helm.sh/release-name");
        if (a != null && !a.asText().isEmpty()) {
            return a.asText();
        }
        return release;
    }

    /** What clashes with what: group, kind, namespace and name. */
    public String identity() {
        return group() + "/" + kind() + "/" + namespace() + "/" + name();
    }

    /** {@code Deployment spark/spark-35-metastore}, or {@code ClusterRole x} for cluster-scoped kinds. */
    public String describe() {
        String ns = namespace();
        return kind() + " " + (ns.isEmpty() ? "" : ns + "/") + name();
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
