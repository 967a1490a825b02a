package org.sparkk8s.docs.verifier.run;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.plan.Scenario;

/**
 * Runs the steps of scenarios at one level: the render tier renders their Helm commands offline;
 * the live tier (api, ready) will run them as shell processes against a cluster. The scenario
 * model, the order of steps, cleanup and invariants are the same for both
 * ({@link ScenarioExecution}).
 */
public interface StepRunner {

    /** The highest level this runner proves. */
    Level level();

    /** Where the steps run, for the report, e.g. {@code helm-java 3.21.0 (offline)}. */
    String where();

    /** Starts a scenario: a fresh, isolated state (a sandboxed copy, a cluster's namespaces). */
    ScenarioSession open(Scenario scenario);
}
