package org.sparkk8s.docs.verifier.run;

import java.util.List;

import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.plan.Step;

/** One scenario being run by a {@link StepRunner}: steps run in order against the session's state. */
public interface ScenarioSession extends AutoCloseable {

    StepResult run(Step step);

    /** Told when a step is skipped (its level is above the run's), so later steps can allow for it. */
    default void skipped(Step step) {
    }

    /** The objects the steps have put into the (rendered or real) cluster, for the invariants. */
    List<KubeObject> objects();

    /**
     * True when a failed step leaves nothing the next steps depend on, so they still run and
     * report their own problems (rendering); false when later steps would fail because of it (live).
     */
    boolean stepsIndependent();

    @Override
    void close();
}
