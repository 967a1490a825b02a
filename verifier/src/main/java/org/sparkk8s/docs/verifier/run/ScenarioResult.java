package org.sparkk8s.docs.verifier.run;

import java.time.Instant;
import java.util.List;

import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.plan.Scenario;

/** A scenario run at one level: its steps, cleanup steps and invariants. */
public record ScenarioResult(Scenario scenario, Level level, String where, Status status, List<StepResult> steps,
                             List<InvariantOutcome> invariants, long millis, Instant at) {

    /** Every finding of the run, steps first. */
    public List<Finding> findings() {
        List<Finding> out = new java.util.ArrayList<>();
        steps.forEach(s -> out.addAll(s.findings()));
        invariants.forEach(i -> out.addAll(i.findings()));
        return out;
    }
}
