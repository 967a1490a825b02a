package org.sparkk8s.docs.verifier.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the live tier runs: on which cluster, with which tools, how many scenarios at once.
 *
 * @param context the kube context ({@code --cluster kubeconfig}); never defaulted
 * @param kubeconfig the kubeconfig file; null for this machine's
 * @param hostTools helm and kubectl of this machine instead of the toolbox container (k3s)
 * @param parallel how many independent scenarios run at once
 * @param passEnv variables of this machine that steps may see besides the {@link Environment} allow-list
 * @param environment this machine's environment ({@link System#getenv()}; tests pass their own)
 * @param grace how long a process of a step gets between SIGTERM and SIGKILL
 */
public record LiveOptions(ClusterKind cluster, String context, Path kubeconfig, boolean hostTools, int parallel,
                          Consent consent, Progress progress, List<String> passEnv, Map<String, String> environment,
                          String k3sImage, String toolboxImage, Duration grace) {

    /** A throw-away k3s container, or an existing cluster named by a kubeconfig context. */
    public enum ClusterKind { K3S, KUBECONFIG }

    /** k3s with the toolbox, one scenario at a time, progress printed to standard output. */
    public static LiveOptions k3s() {
        return new LiveOptions(ClusterKind.K3S, null, null, false, 1, Consent.unavailable("not asked"),
                Progress.to(System.out::println), List.of(), System.getenv(), K3sCluster.IMAGE, Toolbox.IMAGE,
                Duration.ofSeconds(10));
    }

    /** The existing cluster of {@code context} in {@code kubeconfig} (null: this machine's kubeconfig). */
    public static LiveOptions kubeconfig(String context, Path kubeconfig, Consent consent) {
        return new LiveOptions(ClusterKind.KUBECONFIG, context, kubeconfig, true, 1, consent,
                Progress.to(System.out::println), List.of(), System.getenv(), K3sCluster.IMAGE, Toolbox.IMAGE,
                Duration.ofSeconds(10));
    }

    public LiveOptions withHostTools(boolean on) {
        return new LiveOptions(cluster, context, kubeconfig, on || cluster == ClusterKind.KUBECONFIG, parallel, consent,
                progress, passEnv, environment, k3sImage, toolboxImage, grace);
    }

    public LiveOptions withParallel(int n) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, Math.max(1, n), consent, progress, passEnv,
                environment, k3sImage, toolboxImage, grace);
    }

    public LiveOptions withProgress(Progress p) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, parallel, consent, p, passEnv, environment,
                k3sImage, toolboxImage, grace);
    }

    public LiveOptions withPassEnv(List<String> names) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, parallel, consent, progress, List.copyOf(names),
                environment, k3sImage, toolboxImage, grace);
    }

    public LiveOptions withEnvironment(Map<String, String> env) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, parallel, consent, progress, passEnv,
                Map.copyOf(env), k3sImage, toolboxImage, grace);
    }

    public LiveOptions withImages(String k3s, String toolbox) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, parallel, consent, progress, passEnv, environment,
                k3s == null ? k3sImage : k3s, toolbox == null ? toolboxImage : toolbox, grace);
    }

    public LiveOptions withGrace(Duration d) {
        return new LiveOptions(cluster, context, kubeconfig, hostTools, parallel, consent, progress, passEnv, environment,
                k3sImage, toolboxImage, d);
    }
}
