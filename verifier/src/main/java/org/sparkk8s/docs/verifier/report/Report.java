package org.sparkk8s.docs.verifier.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.run.ScenarioResult;

/**
 * Everything one verification found: the checks, the scenario runs, coverage, and one status per
 * snippet. {@link #failures()} lists every failure once, in the order they are printed.
 *
 * @param tools tool name to version (bash, shellcheck, helm); a null version means absent
 * @param phases wall time of each phase of the run, in milliseconds, in order
 * @param live the live tier (where it ran, or why not); null when no live level was asked for
 */
public record Report(Instant generatedAt, List<Level> levels, Map<String, String> tools, List<CheckResult> checks,
                     List<ScenarioResult> scenarios, Coverage coverage, Map<String, SnippetStatus> snippets,
                     List<Finding> failures, long millis, Map<String, Long> phases, LiveRun live) {

    /** Builds the report of a run without the live tier. */
    public static Report of(Instant generatedAt, List<Level> levels, Map<String, String> tools, Catalog catalog, Plan plan,
                            List<CheckResult> checks, List<ScenarioResult> scenarios, Coverage coverage, long millis,
                            Map<String, Long> phases) {
        return of(generatedAt, levels, tools, catalog, plan, checks, scenarios, coverage, millis, phases, null);
    }

    /** Builds the report: snippet statuses and the failure list are derived from the rest. */
    public static Report of(Instant generatedAt, List<Level> levels, Map<String, String> tools, Catalog catalog, Plan plan,
                            List<CheckResult> checks, List<ScenarioResult> scenarios, Coverage coverage, long millis,
                            Map<String, Long> phases, LiveRun live) {
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> failures = new ArrayList<>();
        for (CheckResult c : checks) {
            for (Finding f : c.findings()) {
                if (seen.add(f.toString())) {
                    failures.add(f);
                }
            }
        }
        for (ScenarioResult s : scenarios) {
            for (Finding f : s.findings()) {
                if (seen.add(f.toString())) {
                    failures.add(f);
                }
            }
        }
        for (Finding f : coverage.uncovered()) {
            if (seen.add(f.toString())) {
                failures.add(f);
            }
        }
        String renderWhere = tools.get("helm") == null ? null : "helm-java " + tools.get("helm") + " (offline)";
        Map<String, SnippetStatus> snippets = SnippetStatuses.of(catalog, plan, checks, scenarios, coverage, renderWhere);
        return new Report(generatedAt, List.copyOf(levels), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tools)), List.copyOf(checks), List.copyOf(scenarios),
                coverage, snippets, List.copyOf(failures), millis, phases, live);
    }

    /** True when nothing failed (skipped checks do not fail a run, they are listed with their reason). */
    public boolean ok() {
        return failures.isEmpty();
    }

    public long count(Status status) {
        return checks.stream().filter(c -> c.status() == status).count()
                + scenarios.stream().flatMap(s -> s.steps().stream()).filter(s -> s.status() == status).count()
                + scenarios.stream().flatMap(s -> s.invariants().stream()).filter(i -> i.status() == status).count();
    }

    /** Why checks, steps and invariants were skipped: each reason once, with how many it applies to. */
    public List<String> skipReasons() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        checks.stream().filter(c -> c.status() == Status.SKIPPED)
                .forEach(c -> counts.merge(c.name() + ": " + c.note(), 1, Integer::sum));
        // the render tier skips the api and ready steps that a live tier of the same run runs: only the highest tier's skips count
        Level top = scenarios.stream().map(ScenarioResult::level).max(Level::compareTo).orElse(Level.RENDER);
        scenarios.stream().filter(s -> s.level() == top).forEach(s -> s.steps().stream().filter(r -> r.status() == Status.SKIPPED)
                .forEach(r -> counts.merge("steps at level " + r.step().level().id() + ": this run goes up to "
                        + s.level().id(), 1, Integer::sum)));
        scenarios.stream().filter(s -> s.level() == top).forEach(s -> s.invariants().stream().filter(i -> i.status() == Status.SKIPPED)
                .forEach(i -> counts.merge("invariants whose objects only steps above level " + s.level().id()
                        + " create", 1, Integer::sum)));
        List<String> out = new ArrayList<>();
        counts.forEach((reason, n) -> out.add(reason + " (" + n + ")"));
        return List.copyOf(out);
    }
}
