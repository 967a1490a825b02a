package org.sparkk8s.docs.verifier.live;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine is reachable, found the way Testcontainers finds one (DOCKER_HOST, sockets, ~/.testcontainers.properties). */
public final class Docker {

    /** What a run without Docker says, in the CLI and in the Maven test summary. */
    public static final String NO_DOCKER = "no Docker engine: live tier skipped; static and render tiers ran";

    /** What to do about it. */
    public static final String HINT = "Start a Docker engine (Docker Desktop, Colima, Rancher Desktop, Podman's Docker "
            + "socket or dockerd) for the k3s cluster, or run on an existing cluster: --cluster kubeconfig --context NAME";

    private static Boolean available;

    private Docker() {
    }

    public static synchronized boolean available() {
        if (available == null) {
            boolean found;
            try {
                found = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                found = false;
            }
            available = found;
        }
        return available;
    }
}
