package org.sparkk8s.docs.verifier.live;

import java.util.Map;

/** The cluster a live run works against, with the {@link Shell} whose tools reach it. */
public interface Cluster extends AutoCloseable {

    /** {@code k3s} or {@code kubeconfig}. */
    String kind();

    /** Where scenarios ran, for the report and the site: {@code k3s v1.32.5 (rancher/k3s:v1.32.5-k3s1)}. */
    String where();

    Shell shell();

    /**
     * True for an existing cluster that others use: scenarios that allow it get suffixed
     * namespaces, and namespaces that exist before a scenario are never touched.
     */
    boolean shared();

    /** What the report records about the cluster: image, context, server, tool versions. */
    Map<String, String> details();

    /** Removes what the run created for the cluster (the k3s and toolbox containers). */
    @Override
    void close();
}
