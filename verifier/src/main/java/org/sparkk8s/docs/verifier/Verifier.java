package org.sparkk8s.docs.verifier;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.live.Docker;
import org.sparkk8s.docs.verifier.live.K3sCluster;
import org.sparkk8s.docs.verifier.live.KubeconfigCluster;
import org.sparkk8s.docs.verifier.live.LiveOptions;
import org.sparkk8s.docs.verifier.live.LiveRunner;
import org.sparkk8s.docs.verifier.live.ScenarioNamespaces;
import org.sparkk8s.docs.verifier.objects.ManifestSchema;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.render.HelmJava;
import org.sparkk8s.docs.verifier.render.PresetRender;
import org.sparkk8s.docs.verifier.render.RenderRunner;
import org.sparkk8s.docs.verifier.report.JUnitXml;
import org.sparkk8s.docs.verifier.report.LiveRun;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.ReportJson;
import org.sparkk8s.docs.verifier.run.ScenarioExecution;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.statics.StaticTier;
import org.sparkk8s.docs.verifier.statics.Tools;

/**
 * The verifier's entry point, shared by {@code docs verify} and {@code mvn verify}: reads the
 * repository, runs the requested tiers — static, render, and live (api, ready) on k3s or an
 * existing cluster — computes coverage and writes {@code report.json} and JUnit XML. Content
 * problems end up in the {@link Report}; a usage or environment problem is thrown, as
 * {@link EnvironmentException} ({@link LiveTierSkipped} when only the live tier could not run).
 */
public final class Verifier {

    /** A request that cannot be run here (exit code 2 in the CLI), as opposed to a failed verification. */
    public static class EnvironmentException extends RuntimeException {
        public EnvironmentException(String message) {
            super(message);
        }
    }

    /**
     * The live tier did not run — no Docker engine, or the cluster did not start — while the
     * static and render tiers did; their report is here, already written. The CLI prints it and
     * exits 2, the acceptance test reports itself skipped: never silently green.
     */
    public static final class LiveTierSkipped extends EnvironmentException {

        private final transient Report report;

        public LiveTierSkipped(String message, Report report) {
            super(message);
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    /**
     * What to run.
     *
     * @param levels the levels to run; api or ready adds the live tier
     * @param scenarioFilter scenario ids to run, as a glob ({@code multi-*}); null runs all
     * @param guideFilter only the scenarios of this guide (slug); null for all
     * @param reportDir where report.json and junit/ go; null for the workspace's target/verification
     * @param shellcheck the ShellCheck executable (name on PATH or a path)
     * @param threads worker threads; 0 for one per core
     * @param live how the live tier runs; null for the default (k3s, toolbox, one scenario at a time)
     */
    public record Options(Set<Level> levels, String scenarioFilter, String guideFilter, Path reportDir, String shellcheck,
                          int threads, LiveOptions live) {

        /** Every level up to and including {@code level}. */
        public static Options upTo(Level level) {
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (Level l : Level.values()) {
                if (l.compareTo(level) <= 0) {
                    levels.add(l);
                }
            }
            return new Options(levels, null, null, null, "shellcheck", 0, null);
        }

        /** Only the given levels, e.g. the live tier without the static and render tiers. */
        public Options withLevels(Set<Level> only) {
            return new Options(Set.copyOf(only), scenarioFilter, guideFilter, reportDir, shellcheck, threads, live);
        }

        public Options withScenarioFilter(String filter) {
            return new Options(levels, filter, guideFilter, reportDir, shellcheck, threads, live);
        }

        public Options withGuide(String slug) {
            return new Options(levels, scenarioFilter, slug, reportDir, shellcheck, threads, live);
        }

        public Options withReportDir(Path dir) {
            return new Options(levels, scenarioFilter, guideFilter, dir, shellcheck, threads, live);
        }

        public Options withShellcheck(String executable) {
            return new Options(levels, scenarioFilter, guideFilter, reportDir, executable, threads, live);
        }

        public Options withThreads(int n) {
            return new Options(levels, scenarioFilter, guideFilter, reportDir, shellcheck, n, live);
        }

        public Options withLive(LiveOptions l) {
            return new Options(levels, scenarioFilter, guideFilter, reportDir, shellcheck, threads, l);
        }

        /** The live level asked for (ready over api), or null. */
        public Level liveLevel() {
            return levels.contains(Level.READY) ? Level.READY : levels.contains(Level.API) ? Level.API : null;
        }
    }

    private Verifier() {
    }

    public static Report verify(Workspace ws, Options options) {
        long start = System.nanoTime();
        Instant at = Instant.now();
        Level liveLevel = options.liveLevel();
        boolean render = options.levels().contains(Level.RENDER);
        boolean statics = options.levels().contains(Level.STATIC);
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verify");
            t.setDaemon(true);
            return t;
        });
        RenderRunner runner = null;
        LiveRunner live = null;
        try {
            // the native Helm library and the Kubernetes model take most of a second each to load: start now
            CompletableFuture<String> helm = render ? CompletableFuture.supplyAsync(HelmJava::version, pool)
                    : CompletableFuture.completedFuture(null);
            CompletableFuture.runAsync(ManifestSchema::warmUp, pool);
            Map<String, Long> phases = new LinkedHashMap<>();
            long t = System.nanoTime();
            Catalog catalog = Catalog.load(ws);
            Plan plan = Plan.read(catalog);
            t = phase(phases, "read sources and scenarios", t);
            List<CheckResult> checks = new ArrayList<>();
            checks.add(catalogCheck(catalog));
            checks.addAll(planChecks(plan));
            List<Scenario> chosen = plan.scenarios().stream().filter(s -> matches(options.scenarioFilter(), s.id()))
                    .filter(s -> options.guideFilter() == null || options.guideFilter().equals(s.guide())).toList();
            if ((options.scenarioFilter() != null || options.guideFilter() != null) && chosen.isEmpty()) {
                throw new EnvironmentException("no scenario matches"
                        + (options.scenarioFilter() == null ? "" : " '" + options.scenarioFilter() + "'")
                        + (options.guideFilter() == null ? "" : " of guide '" + options.guideFilter() + "'") + " (scenarios: "
                        + String.join(", ", plan.scenarios().stream().map(Scenario::id).toList()) + ")");
            }
            LiveOptions liveOptions = liveLevel == null ? null : options.live() != null ? options.live() : LiveOptions.k3s();
            String liveSkipped = null;
            String runId = LiveRunner.newRunId();
            if (liveLevel != null) {
                // an existing cluster asks for confirmation first, before anything runs; k3s starts in the background
                live = startLive(ws, chosen, liveOptions, liveLevel, runId, reportDir(ws, options));
                if (live == null) {
                    liveSkipped = Docker.NO_DOCKER + ". " + Docker.HINT;
                }
            }
            List<Future<ScenarioResult>> runs = new ArrayList<>();
            Future<List<CheckResult>> presets = null;
            if (render) {
                helm.join();
                t = phase(phases, "load helm-java", t);
                runner = new RenderRunner(ws);
                RenderRunner r = runner;
                for (Scenario s : chosen) {
                    runs.add(pool.submit(() -> ScenarioExecution.run(s, r)));
                }
                presets = pool.submit(() -> PresetRender.run(catalog, r));
            }
            Tools tools = Tools.find(options.shellcheck(), ws.root());
            if (statics) {
                checks.addAll(new StaticTier(tools.bashSyntax(), tools.shellCheck()).run(catalog, plan, pool));
                t = phase(phases, "static tier (render running alongside)", t);
            }
            List<ScenarioResult> results = new ArrayList<>();
            for (Future<ScenarioResult> f : runs) {
                results.add(get(f));
            }
            if (presets != null) {
                checks.addAll(get(presets));
            }
            t = phase(phases, "render tier (rest)", t);
            LiveRun liveRun = null;
            if (live != null) {
                try {
                    results.addAll(live.run(chosen, liveOptions.parallel()));
                    liveRun = new LiveRun(liveLevel, live.cluster().kind(), live.where(), runId, live.tools(), null);
                } catch (RuntimeException e) {
                    // the cluster did not start (an image that cannot be pulled, a tool missing with --host-tools)
                    liveSkipped = "the live tier did not run: " + (e.getMessage() == null ? e.toString() : e.getMessage())
                            + "; static and render tiers ran";
                }
                t = phase(phases, "live tier (" + liveLevel.id() + ")", t);
            }
            if (liveSkipped != null) {
                liveRun = new LiveRun(liveLevel, liveOptions.cluster().name().toLowerCase(java.util.Locale.ROOT), null, runId,
                        Map.of(), liveSkipped);
            }
            if (runner != null && statics) {
                checks.addAll(runner.overlayChecks());
            }
            Coverage coverage = Coverage.of(catalog, plan);
            t = phase(phases, "coverage", t);
            Map<String, String> toolVersions = new LinkedHashMap<>();
            toolVersions.put("bash", tools.bashVersion());
            toolVersions.put("shellcheck", tools.shellcheckVersion());
            toolVersions.put("helm", render ? helm.join() : null);
            boolean liveRan = liveSkipped == null;
            List<Level> levels = options.levels().stream().filter(l -> liveRan || !l.isLive()).sorted().toList();
            Report report = Report.of(at, levels, toolVersions, catalog, plan, checks, results, coverage,
                    (System.nanoTime() - start) / 1_000_000, phases, liveRun);
            phase(phases, "snippet statuses", t);
            Path dir = reportDir(ws, options);
            ReportJson.write(report, dir);
            JUnitXml.write(report, dir.resolve("junit"));
            if (!liveRan) {
                throw new LiveTierSkipped(liveSkipped, report);
            }
            return report;
        } finally {
            pool.shutdownNow();
            if (runner != null) {
                runner.close();
            }
            if (live != null) {
                live.close();
            }
        }
    }

    /**
     * Starts the live tier: k3s in the background (null when there is no Docker engine), or an
     * existing cluster after the user confirmed which one.
     */
    private static LiveRunner startLive(Workspace ws, List<Scenario> chosen, LiveOptions o, Level level, String runId,
                                        Path reportDir) {
        if (o.cluster() == LiveOptions.ClusterKind.K3S && !Docker.available()) {
            return null;
        }
        Path runDir = LiveRunner.newRunDir();
        if (o.cluster() == LiveOptions.ClusterKind.K3S) {
            K3sCluster.Settings settings = new K3sCluster.Settings(o.k3sImage(), o.toolboxImage(), o.hostTools(), level, runDir,
                    o.environment(), o.passEnv(), o.grace());
            return new LiveRunner(level, ws, reportDir, runId, runDir, o.progress(), () -> K3sCluster.start(settings, o.progress()));
        }
        List<String> namespaces = chosen.stream().flatMap(s -> ScenarioNamespaces.of(s, runId, true).actual().stream())
                .distinct().toList();
        KubeconfigCluster cluster;
        try {
            cluster = KubeconfigCluster.connect(new KubeconfigCluster.Request(o.context(), o.kubeconfig(), namespaces, level,
                    runDir, o.environment(), o.passEnv(), o.consent(), o.grace()), o.progress());
        } catch (RuntimeException e) {
            deleteQuietly(runDir);
            throw e;
        }
        return new LiveRunner(level, ws, reportDir, runId, runDir, o.progress(), () -> cluster);
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover empty temporary folder
        }
    }

    private static long phase(Map<String, Long> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static CheckResult catalogCheck(Catalog catalog) {
        long start = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        for (Problem p : catalog.errors()) {
            findings.add(Finding.at(p.location(), p.message()));
        }
        return CheckResult.of("sources", "(repository)", Level.STATIC, findings,
                catalog.warnings().isEmpty() ? null : catalog.warnings().size() + " warning(s)", start);
    }

    private static List<CheckResult> planChecks(Plan plan) {
        List<CheckResult> out = new ArrayList<>();
        for (Path f : plan.files()) {
            long start = System.nanoTime();
            List<Finding> mine = plan.problems().stream().filter(p -> p.location().file().equals(f)).toList();
            out.add(CheckResult.of("scenarios", f.toString().replace('\\', '/'), Level.STATIC, mine, null, start));
        }
        List<Finding> elsewhere = plan.problems().stream()
                .filter(p -> plan.files().stream().noneMatch(f -> f.equals(p.location().file()))).toList();
        if (!elsewhere.isEmpty()) {
            out.add(CheckResult.of("scenarios", "(repository)", Level.STATIC, elsewhere, null, System.nanoTime()));
        }
        return out;
    }

    private static boolean matches(String glob, String id) {
        if (glob == null || glob.isEmpty()) {
            return true;
        }
        String regex = ("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        return Pattern.matches(regex, id);
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Where the report of a run with {@code options} is written. */
    public static Path reportDir(Workspace ws, Options options) {
        return options.reportDir() != null ? options.reportDir() : ws.verificationDir();
    }
}
