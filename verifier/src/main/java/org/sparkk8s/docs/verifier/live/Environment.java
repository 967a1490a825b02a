package org.sparkk8s.docs.verifier.live;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment a live run gives its commands: an allow-list of this machine's variables and
 * nothing else, so that a step can reach the run's cluster only. Everything not listed here is
 * dropped — the user's {@code KUBECONFIG}, cloud credentials ({@code AWS_*}, {@code AZURE_*},
 * {@code GOOGLE_*}, {@code GCLOUD_*}, {@code CLOUDSDK_*}, {@code DIGITALOCEAN_*} …), Helm's
 * settings ({@code HELM_*}), {@code DOCKER_HOST}, {@code SSH_AUTH_SOCK}, proxies, tokens — unless
 * the user names a variable with {@code --pass-env}. The run then sets {@code HOME} and
 * {@code TMPDIR} to its own temporary folders and {@code KUBECONFIG} to the kubeconfig it wrote.
 */
public final class Environment {

    /** What is kept from this machine: where programs are, and how text is encoded and shown. */
    public static final List<String> KEPT = List.of("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ");

    private Environment() {
    }

    /** The kept variables of {@code parent}, plus those named in {@code passEnv} that {@code parent} has. */
    public static Map<String, String> scrub(Map<String, String> parent, Collection<String> passEnv) {
        Map<String, String> out = new TreeMap<>();
        for (String name : KEPT) {
            if (parent.get(name) != null) {
                out.put(name, parent.get(name));
            }
        }
        for (String name : passEnv) {
            if (parent.get(name) != null) {
                out.put(name, parent.get(name));
            }
        }
        if (!out.containsKey("PATH")) {
            out.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        }
        return out;
    }

    /** {@code base} with {@code extra} added (later wins), in a fresh map. */
    public static Map<String, String> with(Map<String, String> base, Map<String, String> extra) {
        Map<String, String> out = new LinkedHashMap<>(base);
        out.putAll(extra);
        return out;
    }
}
