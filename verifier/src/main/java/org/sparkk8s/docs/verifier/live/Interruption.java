package org.sparkk8s.docs.verifier.live;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Ctrl-C (SIGINT) or SIGTERM does during a live run. The JVM runs shutdown hooks while the
 * run's own threads go on, so the hook only tells each run to stop — the running steps end with
 * their process trees, no new step or scenario starts — and then waits while the run's threads
 * do what they always do after a failed step: run the cleanup steps, delete the namespaces, and
 * remove the cluster. After {@link #LIMIT} the hook removes the cluster itself; Testcontainers'
 * Ryuk container removes containers left by a JVM that was killed outright.
 */
final class Interruption {

    /** How long cleanup may take after Ctrl-C before the cluster is removed regardless. */
    static final Duration LIMIT = Duration.ofMinutes(10);

    private static final Set<LiveRunner> RUNS = ConcurrentHashMap.newKeySet();
    private static boolean installed;

    private Interruption() {
    }

    static synchronized void register(LiveRunner run) {
        RUNS.add(run);
        if (!installed) {
            Runtime.getRuntime().addShutdownHook(new Thread(Interruption::shutdown, "docs-verify-interrupted"));
            installed = true;
        }
    }

    static void unregister(LiveRunner run) {
        RUNS.remove(run);
    }

    private static void shutdown() {
        // runs that ended normally have unregistered: a normal exit finds nothing to do here
        for (LiveRunner run : RUNS) {
            run.interrupt();
        }
        for (LiveRunner run : RUNS) {
            // with no scenario running there is no cleanup to wait for: the cluster can go now
            if (!run.awaitClosed(run.busy() ? LIMIT : Duration.ofSeconds(5))) {
                run.close();
            }
        }
    }
}
