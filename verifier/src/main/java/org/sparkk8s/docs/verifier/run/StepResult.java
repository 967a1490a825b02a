package org.sparkk8s.docs.verifier.run;

import java.time.Instant;
import java.util.List;

import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.plan.Step;

/**
 * What happened to one step.
 *
 * @param proved the level the step's commands were proven at: {@code render} when it rendered
 *               something, {@code static} when it had nothing to render, null when not run
 * @param notes what was done, for the JUnit output (e.g. which releases rendered how many objects)
 * @param message one line for the report: the first finding, or why it was skipped
 * @param artifacts files a live run kept for this step (its output, diagnostics of a failure), as
 *                  shown in the report: repository-relative when inside the repository
 */
public record StepResult(Step step, Status status, Level proved, List<Finding> findings, List<String> notes,
                         String message, long millis, Instant at, List<String> artifacts) {

    public StepResult(Step step, Status status, Level proved, List<Finding> findings, List<String> notes,
                      String message, long millis, Instant at) {
        this(step, status, proved, findings, notes, message, millis, at, List.of());
    }

    public static StepResult skipped(Step step, String why) {
        return new StepResult(step, Status.SKIPPED, null, List.of(), List.of(), why, 0, Instant.now());
    }

    public static StepResult notRun(Step step, String why) {
        return new StepResult(step, Status.NOT_RUN, null, List.of(), List.of(), why, 0, Instant.now());
    }
}
