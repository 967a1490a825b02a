package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.run.Sandbox;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.run.ScenarioSession;
import org.sparkk8s.docs.verifier.run.StepRunner;

/**
 * The live tier: the scenarios' steps as real shell processes against a real cluster, at level
 * {@code api} (every step up to api; objects accepted by the API server; invariants on the live
 * objects) or {@code ready} (every step, helm as written, readiness waited for). The cluster
 * starts in the background while the static and render tiers run, is shared by the run's
 * scenarios, and is removed by {@link #close()} — or by Ctrl-C ({@link Interruption}) after the
 * cleanup steps of the running scenarios.
 */
public final class LiveRunner implements StepRunner, AutoCloseable {

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Level level;
    private final Workspace workspace;
    private final Path reportDir;
    private final String runId;
    private final Path runDir;
    private final Progress progress;
    private final CompletableFuture<Cluster> cluster;
    private final List<Path> files;
    private final Queue<Sandbox> idle = new ConcurrentLinkedQueue<>();
    private final Queue<Sandbox> all = new ConcurrentLinkedQueue<>();
    private final Set<LiveSession> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object lifecycle = new Object();
    private boolean closing;
    private Cluster ready;
    private volatile boolean interrupted;
    private volatile Kubectl kubectl;

    /**
     * Starts connecting (a k3s container starts in the background).
     *
     * @param runDir the run's private folder on this machine (kubeconfig, temporary HOME); removed by {@link #close()}
     * @param reportDir where each scenario's output and diagnostics go, under {@code <scenario id>/}
     * @param connect makes the cluster; runs on a background thread
     */
    public LiveRunner(Level level, Workspace workspace, Path reportDir, String runId, Path runDir, Progress progress,
                      Supplier<Cluster> connect) {
        this.level = level;
        this.workspace = workspace;
        this.reportDir = reportDir;
        this.runId = runId;
        this.runDir = runDir;
        this.progress = progress;
        this.files = Sandbox.files(workspace);
        Interruption.register(this);
        this.cluster = CompletableFuture.supplyAsync(() -> started(connect.get()), r -> {
            Thread t = new Thread(r, "docs-verify-cluster");
            t.setDaemon(true);
            t.start();
        });
    }

    /** A cluster that finishes starting after the run ended (an error in the static tier, Ctrl-C) is removed at once. */
    private Cluster started(Cluster c) {
        synchronized (lifecycle) {
            if (!closing) {
                ready = c;
                return c;
            }
        }
        c.close();
        throw new IllegalStateException("the run ended while the cluster was starting");
    }

    /** A run id: six lower-case letters and digits, the suffix of namespaces on shared clusters. */
    public static String newRunId() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return b.toString();
    }

    /** A fresh private folder for a run. */
    public static Path newRunDir() {
        try {
            return Files.createTempDirectory("docs-verify-live-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cluster, once it is ready; what made connecting fail is rethrown as it was. */
    public Cluster cluster() {
        try {
            return cluster.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    @Override
    public Level level() {
        return level;
    }

    @Override
    public String where() {
        return cluster().where();
    }

    @Override
    public ScenarioSession open(Scenario scenario) {
        Sandbox s = idle.poll();
        if (s == null) {
            s = Sandbox.copy(workspace, files);
            all.add(s);
        }
        LiveSession session = new LiveSession(this, scenario, s, namespaces(scenario));
        open.add(session);
        return session;
    }

    /** The namespaces {@code scenario} uses in this run. */
    public ScenarioNamespaces namespaces(Scenario scenario) {
        return ScenarioNamespaces.of(scenario, runId, cluster().shared());
    }

    /** Runs the scenarios, up to {@code parallel} at a time, never two that share a namespace at once. */
    public List<ScenarioResult> run(List<Scenario> scenarios, int parallel) {
        cluster();
        return Schedule.run(scenarios, this, parallel);
    }

    /** Tool versions and images, for the report. */
    public Map<String, String> tools() {
        Cluster c = cluster();
        Map<String, String> t = new LinkedHashMap<>(c.shell().toolVersions());
        t.putAll(c.details());
        return t;
    }

    void release(LiveSession session, Sandbox sandbox) {
        open.remove(session);
        sandbox.reset();
        idle.add(sandbox);
    }

    Kubectl kubectl() {
        if (kubectl == null) {
            kubectl = new Kubectl(cluster().shell(), runDir.resolve("kubectl"));
        }
        return kubectl;
    }

    Path reportDir() {
        return reportDir;
    }

    String runId() {
        return runId;
    }

    Progress progress() {
        return progress;
    }

    boolean interrupted() {
        return interrupted;
    }

    /** A path as the report shows it: repository-relative inside the repository. */
    String shown(Path p) {
        return workspace.relative(p).toString().replace('\\', '/');
    }

    /** Ctrl-C: no new step or scenario starts, the running steps end with their process trees; cleanup steps still run. */
    void interrupt() {
        if (interrupted) {
            return;
        }
        interrupted = true;
        progress.line("live: interrupted; ending the running steps, then their scenarios' cleanup steps run and the "
                + "cluster is removed (waiting up to " + Interruption.LIMIT.toMinutes() + " min)");
        open.forEach(LiveSession::interrupt);
    }

    /** True while a scenario runs (its cleanup still to come). */
    boolean busy() {
        return !open.isEmpty();
    }

    /** Waits until {@link #close()} has finished. */
    boolean awaitClosed(Duration limit) {
        try {
            return closed.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        Cluster c;
        synchronized (lifecycle) {
            closing = true;
            c = ready;
            ready = null;
        }
        try {
            if (c != null) {
                progress.line("live: removing " + (c.kind().equals("k3s") ? "the k3s cluster and the toolbox" : "the run's files"));
                c.close();
            }
        } finally {
            all.forEach(Sandbox::close);
            delete(runDir);
            Interruption.unregister(this);
            closed.countDown();
        }
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing a verification for
        }
    }
}
