package org.sparkk8s.docs.verifier.charts;

import static org.sparkk8s.docs.verifier.charts.Rendered.at;
import static org.sparkk8s.docs.verifier.charts.Rendered.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sparkk8s.docs.verifier.charts.Rendered.PodSpecAt;

/**
 * The Kubernetes Pod Security Standard "restricted" (kubernetes.io/docs/concepts/security/pod-security-standards),
 * checked on a pod spec, plus this project's rule that pods carry numeric IDs unless rendered for OpenShift.
 */
final class RestrictedProfile {

    private static final Set<String> ALLOWED_VOLUMES = Set.of(
            "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");

    private RestrictedProfile() {
    }

    /** Every violation in one pod spec; empty when it meets the profile. */
    static List<String> violations(PodSpecAt pod, boolean openshift) {
        List<String> out = new ArrayList<>();
        Map<String, Object> spec = pod.spec();
        Map<String, Object> podCtx = map(spec.get("securityContext"));
        for (String hostField : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (Boolean.TRUE.equals(spec.get(hostField))) {
                out.add(hostField + " is true");
            }
        }
        for (Map<String, Object> volume : Rendered.list(spec.get("volumes"))) {
            for (String key : volume.keySet()) {
                if (!key.equals("name") && !ALLOWED_VOLUMES.contains(key)) {
                    out.add("volume " + volume.get("name") + " has type " + key);
                }
            }
        }
        if (!Boolean.TRUE.equals(podCtx.get("runAsNonRoot"))) {
            out.add("pod securityContext.runAsNonRoot is not true");
        }
        if (!"RuntimeDefault".equals(at(podCtx, "seccompProfile", "type"))) {
            out.add("pod securityContext.seccompProfile.type is not RuntimeDefault");
        }
        if (openshift) {
            for (String id : List.of("runAsUser", "runAsGroup", "fsGroup")) {
                if (podCtx.containsKey(id)) {
                    out.add("pod securityContext." + id + " is set although OpenShift assigns it");
                }
            }
        } else if (!(podCtx.get("runAsUser") instanceof Integer uid) || uid <= 0) {
            out.add("pod securityContext.runAsUser is not a numeric non-root UID: " + podCtx.get("runAsUser"));
        }
        for (Map<String, Object> c : pod.allContainers()) {
            String who = "container " + c.get("name") + ": ";
            Map<String, Object> ctx = map(c.get("securityContext"));
            if (!Boolean.FALSE.equals(ctx.get("allowPrivilegeEscalation"))) {
                out.add(who + "allowPrivilegeEscalation is not false");
            }
            if (Boolean.TRUE.equals(ctx.get("privileged"))) {
                out.add(who + "privileged");
            }
            Object drop = at(ctx, "capabilities", "drop");
            if (!(drop instanceof List<?> dropped) || !dropped.contains("ALL")) {
                out.add(who + "capabilities.drop does not contain ALL");
            }
            Object add = at(ctx, "capabilities", "add");
            if (add instanceof List<?> added && !Set.of("NET_BIND_SERVICE").containsAll(added)) {
                out.add(who + "adds capabilities " + added);
            }
            if (!Boolean.TRUE.equals(ctx.get("runAsNonRoot"))) {
                out.add(who + "runAsNonRoot is not true");
            }
            if (Integer.valueOf(0).equals(ctx.get("runAsUser"))) {
                out.add(who + "runAsUser is 0");
            }
            if (openshift && (ctx.containsKey("runAsUser") || ctx.containsKey("runAsGroup"))) {
                out.add(who + "runAsUser/runAsGroup set although OpenShift assigns them");
            }
            Object seccomp = at(ctx, "seccompProfile", "type");
            if (seccomp != null && !Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                out.add(who + "seccompProfile.type is " + seccomp);
            }
            for (Map<String, Object> port : Rendered.list(c.get("ports"))) {
                if (port.get("hostPort") != null) {
                    out.add(who + "hostPort " + port.get("hostPort"));
                }
            }
        }
        return out;
    }
}
