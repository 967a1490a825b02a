package org.sparkk8s.docs.verifier.report;

import java.util.Map;

import org.sparkk8s.docs.verifier.Level;

/**
 * The live tier of a verification, as the report and the site show it ("ran on k3s v1.32.5 at
 * level api"): the cluster, the tools that ran the steps, or why the tier did not run.
 *
 * @param cluster {@code k3s} or {@code kubeconfig}
 * @param where e.g. {@code k3s v1.32.5 (rancher/k3s:v1.32.5-k3s1)}; null when skipped
 * @param runId the run's id (the suffix of namespaces on shared clusters)
 * @param tools helm and kubectl versions, images, context and server
 * @param skipped why the live tier did not run; null when it ran
 */
public record LiveRun(Level level, String cluster, String where, String runId, Map<String, String> tools,
                      String skipped) {
}
