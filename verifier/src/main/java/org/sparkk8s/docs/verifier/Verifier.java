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
import org.sparkk8s.docs.verifier.objects.ManifestSchema;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.render.HelmJava;
import org.sparkk8s.docs.verifier.render.PresetRender;
import org.sparkk8s.docs.verifier.render.RenderRunner;
import org.sparkk8s.docs.verifier.report.JUnitXml;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.ReportJson;
import org.sparkk8s.docs.verifier.run.ScenarioExecution;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.statics.StaticTier;
import org.sparkk8s.docs.verifier.statics.Tools;

/**
 * The verifier's entry point, shared by {@code docs verify} and {@code mvn verify}: reads the
 * repository, runs the requested tiers, computes coverage and writes {@code report.json} and JUnit
 * XML. Content problems end up in the {@link Report}; only a usage or environment problem (a level
 * this build cannot run) is thrown, as {@link EnvironmentException}.
 */
public final class Verifier {

    /** A request that cannot be run here (exit code 2 in the CLI), as opposed to a failed verification. */
    public static final class EnvironmentException extends RuntimeException {
        public EnvironmentException(String message) {
            super(message);
        }
    }

    /**
     * What to run.
     *
     * @param levels the levels to run (static and/or render here)
     * @param scenarioFilter scenario ids to run, as a glob ({@code multi-*}); null runs all
     * @param reportDir where report.json and junit/ go; null for the workspace's target/verification
     * @param shellcheck the ShellCheck executable (name on PATH or a path)
     * @param threads worker threads; 0 for one per core
     */
    public record Options(Set<Level> levels, String scenarioFilter, Path reportDir, String shellcheck, int threads) {

        /** Every level up to and including {@code level}. */
        public static Options upTo(Level level) {
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (Level l : Level.values()) {
                if (l.compareTo(level) <= 0) {
                    levels.add(l);
                }
            }
            return new Options(levels, null, null, "shellcheck", 0);
        }

        public Options withScenarioFilter(String filter) {
            return new Options(levels, filter, reportDir, shellcheck, threads);
        }

        public Options withReportDir(Path dir) {
            return new Options(levels, scenarioFilter, dir, shellcheck, threads);
        }

        public Options withShellcheck(String executable) {
            return new Options(levels, scenarioFilter, reportDir, executable, threads);
        }

        public Options withThreads(int n) {
            return new Options(levels, scenarioFilter, reportDir, shellcheck, n);
        }
    }

    private Verifier() {
    }

    public static Report verify(Workspace ws, Options options) {
        long start = System.nanoTime();
        Instant at = Instant.now();
        for (Level l : options.levels()) {
            if (l.isLive()) {
                throw new EnvironmentException("level " + l.id() + " needs a cluster (the live tier), which this build "
                        + "does not have yet; run --level render for the static and render tiers");
            }
        }
        boolean render = options.levels().contains(Level.RENDER);
        boolean statics = options.levels().contains(Level.STATIC);
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verify");
            t.setDaemon(true);
            return t;
        });
        RenderRunner runner = null;
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
            List<Scenario> chosen = plan.scenarios().stream().filter(s -> matches(options.scenarioFilter(), s.id())).toList();
            if (options.scenarioFilter() != null && chosen.isEmpty()) {
                throw new EnvironmentException("no scenario matches '" + options.scenarioFilter() + "' (scenarios: "
                        + String.join(", ", plan.scenarios().stream().map(Scenario::id).toList()) + ")");
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
            if (runner != null && statics) {
                checks.addAll(runner.overlayChecks());
            }
            Coverage coverage = Coverage.of(catalog, plan);
            t = phase(phases, "coverage", t);
            Map<String, String> toolVersions = new LinkedHashMap<>();
            toolVersions.put("bash", tools.bashVersion());
            toolVersions.put("shellcheck", tools.shellcheckVersion());
            toolVersions.put("helm", render ? helm.join() : null);
            List<Level> levels = options.levels().stream().sorted().toList();
            Report report = Report.of(at, levels, toolVersions, catalog, plan, checks, results, coverage,
                    (System.nanoTime() - start) / 1_000_000, phases);
            phase(phases, "snippet statuses", t);
            Path dir = reportDir(ws, options);
            ReportJson.write(report, dir);
            JUnitXml.write(report, dir.resolve("junit"));
            return report;
        } finally {
            pool.shutdownNow();
            if (runner != null) {
                runner.close();
            }
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
