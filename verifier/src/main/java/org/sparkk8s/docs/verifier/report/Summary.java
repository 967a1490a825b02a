package org.sparkk8s.docs.verifier.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.run.ScenarioResult;

/** The console form of a report: one line per failure ({@code path:line: message}), then a summary. */
public final class Summary {

    private Summary() {
    }

    public static List<String> failureLines(Report r) {
        return r.failures().stream().map(Finding::toString).toList();
    }

    public static List<String> summaryLines(Report r) {
        List<String> out = new ArrayList<>();
        List<CheckResult> checks = r.checks();
        out.add(String.format(Locale.ROOT, "checks: %d passed, %d failed, %d skipped",
                checks.stream().filter(c -> c.status() == Status.PASSED).count(),
                checks.stream().filter(c -> c.status() == Status.FAILED).count(),
                checks.stream().filter(c -> c.status() == Status.SKIPPED).count()));
        // one line per tier: render, then api or ready with where it ran
        java.util.Map<org.sparkk8s.docs.verifier.Level, List<ScenarioResult>> byLevel = new java.util.TreeMap<>();
        r.scenarios().forEach(x -> byLevel.computeIfAbsent(x.level(), l -> new ArrayList<>()).add(x));
        for (java.util.Map.Entry<org.sparkk8s.docs.verifier.Level, List<ScenarioResult>> tier : byLevel.entrySet()) {
            List<ScenarioResult> s = tier.getValue();
            String where = tier.getKey().isLive() ? " on " + s.get(0).where() : "";
            long steps = s.stream().mapToLong(x -> x.steps().size()).sum();
            out.add(String.format(Locale.ROOT, "%s: %d scenarios (%d passed, %d failed, %d skipped), %d steps (%d passed, %d failed, %d skipped, %d not run), %d invariants (%d failed, %d skipped)%s",
                    tier.getKey().id(), s.size(), s.stream().filter(x -> x.status() == Status.PASSED).count(),
                    s.stream().filter(x -> x.status() == Status.FAILED).count(),
                    s.stream().filter(x -> x.status() == Status.SKIPPED).count(), steps,
                    count(s, Status.PASSED), count(s, Status.FAILED), count(s, Status.SKIPPED), count(s, Status.NOT_RUN),
                    s.stream().mapToLong(x -> x.invariants().size()).sum(),
                    s.stream().flatMap(x -> x.invariants().stream()).filter(i -> i.status() == Status.FAILED).count(),
                    s.stream().flatMap(x -> x.invariants().stream()).filter(i -> i.status() == Status.SKIPPED).count(), where));
        }
        for (String reason : r.skipReasons()) {
            out.add("skipped: " + reason);
        }
        if (r.live() != null && r.live().skipped() != null) {
            out.add("skipped: live tier (" + r.live().level().id() + "): " + r.live().skipped());
        }
        Coverage.Counts c = r.coverage().total();
        boolean identical = r.coverage().guides().values().stream().allMatch(Coverage.GuideCoverage::identical);
        out.add(String.format(Locale.ROOT, "coverage: %.1f%% of %d included snippets (run %d, exempt %d, presets %d, uncovered %d); %s",
                c.percent(), c.includes(), c.run(), c.exempt(), c.presets(), c.uncovered(),
                identical ? "en and ru include the same snippets" : "en and ru include different snippets: see coverage.guides in the report"));
        out.add((r.ok() ? "verification passed" : "verification FAILED: " + r.failures().size() + " failure"
                + (r.failures().size() == 1 ? "" : "s")) + " (" + String.join(", ", r.levels().stream().map(l -> l.id()).toList())
                + String.format(Locale.ROOT, ") in %.1f s", r.millis() / 1000.0));
        return out;
    }

    private static long count(List<ScenarioResult> s, Status st) {
        return s.stream().flatMap(x -> x.steps().stream()).filter(x -> x.status() == st).count();
    }
}
