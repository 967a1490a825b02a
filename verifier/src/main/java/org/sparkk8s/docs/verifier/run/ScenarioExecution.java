package org.sparkk8s.docs.verifier.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.objects.InvariantCheck;
import org.sparkk8s.docs.verifier.objects.InvariantResult;
import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.plan.Invariant;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.plan.Step;

/**
 * Runs one scenario with a {@link StepRunner}, the same way at every level: steps in order (those
 * above the runner's level are skipped with the reason), invariants over the objects the steps
 * left in the cluster, then cleanup steps, which always run.
 */
public final class ScenarioExecution {

    private ScenarioExecution() {
    }

    public static ScenarioResult run(Scenario scenario, StepRunner runner) {
        long start = System.nanoTime();
        Instant at = Instant.now();
        List<StepResult> results = new ArrayList<>();
        List<InvariantOutcome> invariants = new ArrayList<>();
        try (ScenarioSession session = runner.open(scenario)) {
            String failedAt = null;
            Step skippedStep = null;
            for (Step step : scenario.steps()) {
                if (failedAt != null && !session.stepsIndependent()) {
                    results.add(StepResult.notRun(step, "not run: " + failedAt + " failed"));
                    continue;
                }
                StepResult r = runStep(session, runner, step, scenario);
                results.add(r);
                if (r.status() == Status.SKIPPED && skippedStep == null) {
                    skippedStep = step;
                }
                if (r.status() == Status.FAILED && failedAt == null) {
                    failedAt = "step " + (step.index() + 1) + " (" + step.displayName() + ")";
                }
            }
            List<KubeObject> objects = List.of();
            String unreadable = null;
            if (failedAt == null && !scenario.invariants().isEmpty()) {
                try {
                    objects = session.objects();
                } catch (RuntimeException e) {
                    // a live cluster that cannot be read proves nothing about the invariants: each fails, saying why
                    unreadable = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            }
            for (Invariant inv : scenario.invariants()) {
                if (failedAt != null) {
                    invariants.add(new InvariantOutcome(inv, Status.NOT_RUN, null, List.of(), "not checked: " + failedAt + " failed"));
                    continue;
                }
                if (unreadable != null) {
                    Finding f = new Finding(inv.location(), scenario.context(), "invariant '" + inv.name() + "': " + unreadable);
                    invariants.add(new InvariantOutcome(inv, Status.FAILED, null, List.of(f), f.message()));
                    continue;
                }
                InvariantResult r = InvariantCheck.check(inv, objects);
                if (r.incomplete() && skippedStep != null) {
                    // the objects come from steps this level does not run: nothing to judge, not a failure
                    invariants.add(new InvariantOutcome(inv, Status.SKIPPED, r, List.of(), "not checked at level "
                            + runner.level().id() + ": " + r.violations().get(0).message() + ", and steps such as "
                            + skippedStep.displayName() + " run at level " + skippedStep.level().id()));
                    continue;
                }
                invariants.add(outcome(scenario, inv, r));
            }
            for (Step step : scenario.cleanup()) {
                results.add(runStep(session, runner, step, scenario));
            }
        }
        boolean failed = results.stream().anyMatch(r -> r.status() == Status.FAILED)
                || invariants.stream().anyMatch(i -> i.status() == Status.FAILED);
        boolean allSkipped = results.stream().allMatch(r -> r.status() == Status.SKIPPED);
        Status status = failed ? Status.FAILED : allSkipped ? Status.SKIPPED : Status.PASSED;
        return new ScenarioResult(scenario, runner.level(), runner.where(), status, List.copyOf(results),
                List.copyOf(invariants), (System.nanoTime() - start) / 1_000_000, at);
    }

    private static StepResult runStep(ScenarioSession session, StepRunner runner, Step step, Scenario scenario) {
        if (step.level().compareTo(runner.level()) > 0) {
            session.skipped(step);
            return StepResult.skipped(step, "runs at level " + step.level().id() + "; this run goes up to "
                    + runner.level().id());
        }
        StepResult r;
        try {
            r = session.run(step);
        } catch (RuntimeException e) {
            // a bug or an environment problem in one step must not hide the other steps' results
            Finding f = Finding.at(step.location(), "the verifier failed on this step: " + e);
            r = new StepResult(step, Status.FAILED, null, List.of(f), List.of(), f.message(), 0, Instant.now());
        }
        List<Finding> withContext = r.findings().stream().map(f -> f.withContext(scenario.context())).toList();
        return new StepResult(r.step(), r.status(), r.proved(), withContext, r.notes(), r.message(), r.millis(), r.at(),
                r.artifacts());
    }

    private static InvariantOutcome outcome(Scenario scenario, Invariant inv, InvariantResult r) {
        if (r.passed()) {
            return new InvariantOutcome(inv, Status.PASSED, r, List.of(),
                    "holds over " + r.selected() + " object" + (r.selected() == 1 ? "" : "s"));
        }
        List<Finding> findings = new ArrayList<>();
        for (InvariantResult.Violation v : r.violations()) {
            Set<SourceLocation> where = new LinkedHashSet<>();
            for (KubeObject o : v.objects()) {
                if (o.origin() != null && o.origin().location() != null) {
                    where.add(o.origin().location());
                }
            }
            SourceLocation loc = where.isEmpty() ? inv.location() : where.iterator().next();
            findings.add(new Finding(loc, scenario.context(), "invariant '" + inv.name() + "': " + v.message()));
        }
        return new InvariantOutcome(inv, Status.FAILED, r, findings, findings.get(0).message());
    }
}
