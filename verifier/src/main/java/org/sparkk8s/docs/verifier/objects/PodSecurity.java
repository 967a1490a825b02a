package org.sparkk8s.docs.verifier.objects;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Pod Security Standard {@code restricted} (which includes {@code baseline}), as written at
 * kubernetes.io/docs/concepts/security/pod-security-standards, checked on every pod spec an
 * object carries: Pods, workload templates, CronJob job templates; init and ephemeral containers
 * included.
 */
public final class PodSecurity {

    /** One broken rule: the object, the container (null for the pod level), the field and the rule. */
    public record Violation(KubeObject object, String container, String field, String rule) {

        public String message() {
            return object.describe() + (container == null ? "" : ", container '" + container + "'")
                    + ": " + field + " " + rule + " (PSS restricted)";
        }
    }

    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
    private static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");
    private static final String[] CONTAINER_LISTS = {"containers", "initContainers", "ephemeralContainers"};

    private PodSecurity() {
    }

    /** The pod spec's path inside objects of each kind that has one; null for kinds without pods. */
    static String podSpecPath(String kind) {
        return switch (kind) {
            case "Pod" -> "spec";
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job" -> "spec.template.spec";
            case "CronJob" -> "spec.jobTemplate.spec.template.spec";
            case "PodTemplate" -> "template.spec";
            default -> null;
        };
    }

    public static List<Violation> restricted(KubeObject object) {
        List<Violation> out = new ArrayList<>();
        String specPath = podSpecPath(object.kind());
        if (specPath == null) {
            return out;
        }
        JsonNode spec = object.json();
        for (String part : specPath.split("\\.")) {
            spec = spec.path(part);
        }
        if (!spec.isObject()) {
            return out;
        }
        JsonNode podMeta = specPath.equals("spec") ? object.json().path("metadata")
                : parentMetadata(object.json(), specPath);
        new Check(object, specPath, spec, podMeta, out).run();
        return out;
    }

    private static JsonNode parentMetadata(JsonNode root, String specPath) {
        JsonNode n = root;
        String[] parts = specPath.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            n = n.path(parts[i]);
        }
        return n.path("metadata");
    }

    /** One pod spec being checked. */
    private record Check(KubeObject object, String at, JsonNode spec, JsonNode podMeta, List<Violation> out) {

        void run() {
            for (String host : new String[] {"hostNetwork", "hostPID", "hostIPC"}) {
                if (spec.path(host).asBoolean(false)) {
                    pod(at + "." + host, "must not be true");
                }
            }
            JsonNode psc = spec.path("securityContext");
            String pscAt = at + ".securityContext";
            boolean podNonRoot = psc.path("runAsNonRoot").asBoolean(false);
            String podSeccomp = psc.path("seccompProfile").path("type").asText("");
            if (psc.path("runAsUser").isNumber() && psc.path("runAsUser").asLong() == 0) {
                pod(pscAt + ".runAsUser", "must not be 0");
            }
            if (!podSeccomp.isEmpty() && !allowedSeccomp(podSeccomp)) {
                pod(pscAt + ".seccompProfile.type", "must be RuntimeDefault or Localhost, is " + podSeccomp);
            }
            seLinux(psc.path("seLinuxOptions"), pscAt + ".seLinuxOptions", null);
            appArmor(psc.path("appArmorProfile"), pscAt + ".appArmorProfile", null);
            if (psc.path("windowsOptions").path("hostProcess").asBoolean(false)) {
                pod(pscAt + ".windowsOptions.hostProcess", "must not be true");
            }
            for (JsonNode s : psc.path("sysctls")) {
                String name = s.path("name").asText();
                if (!SAFE_SYSCTLS.contains(name)) {
                    pod(pscAt + ".sysctls", "must only set safe sysctls, sets " + name);
                }
            }
            JsonNode annotations = podMeta.path("annotations");
            for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> a = it.next();
                if (a.getKey().startsWith("container.apparmor.security.beta.kubernetes.io/")) {
                    String v = a.getValue().asText();
                    if (!v.equals("runtime/default") && !v.startsWith("localhost/")) {
                        pod("metadata.annotations[" + a.getKey() + "]", "must be runtime/default or localhost/*, is " + v);
                    }
                }
            }
            JsonNode volumes = spec.path("volumes");
            for (int i = 0; i < volumes.size(); i++) {
                JsonNode v = volumes.get(i);
                for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                    String type = it.next();
                    if (!type.equals("name") && !ALLOWED_VOLUMES.contains(type)) {
                        pod(at + ".volumes[" + i + "](" + v.path("name").asText() + ")." + type,
                                type.equals("hostPath") ? "is not allowed (hostPath volume)" : "is not an allowed volume type");
                    }
                }
            }
            boolean anyContainer = false;
            for (String list : CONTAINER_LISTS) {
                JsonNode cs = spec.path(list);
                for (int i = 0; i < cs.size(); i++) {
                    anyContainer = true;
                    container(cs.get(i), at + "." + list + "[" + i + "]", podNonRoot, podSeccomp);
                }
            }
            if (!anyContainer && !podNonRoot) {
                pod(pscAt + ".runAsNonRoot", "must be true");
            }
        }

        private void container(JsonNode c, String cAt, boolean podNonRoot, String podSeccomp) {
            String name = c.path("name").asText("?");
            JsonNode sc = c.path("securityContext");
            String scAt = cAt + ".securityContext";
            if (sc.path("privileged").asBoolean(false)) {
                container(name, scAt + ".privileged", "must not be true");
            }
            JsonNode ape = sc.path("allowPrivilegeEscalation");
            if (!(ape.isBoolean() && !ape.asBoolean())) {
                container(name, scAt + ".allowPrivilegeEscalation", "must be false, is " + shown(ape));
            }
            JsonNode caps = sc.path("capabilities");
            boolean dropsAll = false;
            for (JsonNode d : caps.path("drop")) {
                dropsAll |= d.asText().equals("ALL");
            }
            if (!dropsAll) {
                container(name, scAt + ".capabilities.drop", "must include ALL");
            }
            for (JsonNode add : caps.path("add")) {
                if (!add.asText().equals("NET_BIND_SERVICE")) {
                    container(name, scAt + ".capabilities.add", "may only add NET_BIND_SERVICE, adds " + add.asText());
                }
            }
            JsonNode nonRoot = sc.path("runAsNonRoot");
            if (nonRoot.isBoolean() && !nonRoot.asBoolean()) {
                container(name, scAt + ".runAsNonRoot", "must not be false");
            } else if (!podNonRoot && !nonRoot.asBoolean(false)) {
                container(name, scAt + ".runAsNonRoot", "must be true (here or in the pod's securityContext)");
            }
            if (sc.path("runAsUser").isNumber() && sc.path("runAsUser").asLong() == 0) {
                container(name, scAt + ".runAsUser", "must not be 0");
            }
            String seccomp = sc.path("seccompProfile").path("type").asText("");
            if (!seccomp.isEmpty() && !allowedSeccomp(seccomp)) {
                container(name, scAt + ".seccompProfile.type", "must be RuntimeDefault or Localhost, is " + seccomp);
            } else if (seccomp.isEmpty() && !allowedSeccomp(podSeccomp)) {
                container(name, scAt + ".seccompProfile.type",
                        "must be RuntimeDefault or Localhost (here or in the pod's securityContext), is not set");
            }
            String procMount = sc.path("procMount").asText("Default");
            if (!procMount.equals("Default")) {
                container(name, scAt + ".procMount", "must be Default, is " + procMount);
            }
            seLinux(sc.path("seLinuxOptions"), scAt + ".seLinuxOptions", name);
            appArmor(sc.path("appArmorProfile"), scAt + ".appArmorProfile", name);
            if (sc.path("windowsOptions").path("hostProcess").asBoolean(false)) {
                container(name, scAt + ".windowsOptions.hostProcess", "must not be true");
            }
            JsonNode ports = c.path("ports");
            for (int i = 0; i < ports.size(); i++) {
                if (ports.get(i).path("hostPort").asInt(0) != 0) {
                    container(name, cAt + ".ports[" + i + "].hostPort", "must not be set, is " + ports.get(i).path("hostPort").asInt());
                }
            }
        }

        private void seLinux(JsonNode se, String seAt, String container) {
            if (!se.isObject()) {
                return;
            }
            String type = se.path("type").asText("");
            if (!SELINUX_TYPES.contains(type)) {
                add(container, seAt + ".type", "must be container_t, container_init_t, container_kvm_t or container_engine_t, is " + type);
            }
            for (String f : new String[] {"user", "role"}) {
                if (!se.path(f).asText("").isEmpty()) {
                    add(container, seAt + "." + f, "must not be set");
                }
            }
        }

        private void appArmor(JsonNode aa, String aaAt, String container) {
            String type = aa.path("type").asText("");
            if (type.equals("Unconfined")) {
                add(container, aaAt + ".type", "must be RuntimeDefault or Localhost, is Unconfined");
            }
        }

        private static boolean allowedSeccomp(String type) {
            return type.equals("RuntimeDefault") || type.equals("Localhost");
        }

        private static String shown(JsonNode n) {
            return n.isMissingNode() || n.isNull() ? "not set" : n.asText();
        }

        private void pod(String field, String rule) {
            out.add(new Violation(object, null, field, rule));
        }

        private void container(String container, String field, String rule) {
            out.add(new Violation(object, container, field, rule));
        }

        private void add(String container, String field, String rule) {
            out.add(new Violation(object, container, field, rule));
        }
    }
}
