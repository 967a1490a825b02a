package org.sparkk8s.docs.verifier.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process and everything it started. A step past its timeout, or interrupted, ends with all of
 * it: SIGTERM to every process, then SIGKILL to those still alive after a grace period. A child
 * whose parent exits is re-parented and is no longer a descendant, so the tree also remembers
 * every descendant it has seen ({@link #snapshot()}, called while waiting) and ends those too.
 */
public final class ProcessTree {

    private final ProcessHandle root;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    public ProcessTree(ProcessHandle root) {
        this.root = root;
    }

    /** Remembers the current descendants; {@link ProcessHandle#equals} includes the start time, so a reused pid is not ours. */
    public synchronized void snapshot() {
        root.descendants().forEach(seen::add);
    }

    /** Processes of the tree other than the root that are still alive. */
    public synchronized List<ProcessHandle> aliveDescendants() {
        snapshot();
        List<ProcessHandle> out = new ArrayList<>();
        for (ProcessHandle p : seen) {
            if (p.isAlive()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Ends the tree: SIGTERM to the root and every descendant, SIGKILL after {@code grace} to the
     * survivors. Returns a description of each process that was signalled, e.g. {@code sleep 300}.
     */
    public List<String> kill(Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(aliveDescendants());
        if (root.isAlive()) {
            all.add(0, root);
        }
        List<String> described = all.stream().map(ProcessTree::describe).toList();
        all.forEach(ProcessHandle::destroy);
        if (!awaitExit(all, grace)) {
            for (ProcessHandle p : all) {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
            awaitExit(all, Duration.ofSeconds(5));
        }
        return described;
    }

    /** Ends what is left of the tree after its root exited (background processes a step left running). */
    public List<String> killLeftovers(Duration grace) {
        List<ProcessHandle> left = aliveDescendants();
        if (left.isEmpty()) {
            return List.of();
        }
        List<String> described = left.stream().map(ProcessTree::describe).toList();
        left.forEach(ProcessHandle::destroy);
        if (!awaitExit(left, grace)) {
            left.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(left, Duration.ofSeconds(5));
        }
        return described;
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration limit) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    /** {@code sleep 300} for a process, from its command line when the system tells it. */
    static String describe(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        String command = info.command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("pid " + p.pid());
        String args = info.arguments().map(a -> String.join(" ", a)).orElse("");
        String text = args.isEmpty() ? command : command + " " + args;
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
