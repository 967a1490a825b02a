package org.sparkk8s.docs.verifier.objects;

import java.util.List;

import org.sparkk8s.docs.verifier.plan.Invariant;

/** Whether an invariant held over a set of objects, and if not which objects break it and how. */
public record InvariantResult(Invariant invariant, boolean passed, List<Violation> violations, int selected) {

    /**
     * One way the invariant fails, with the objects involved (their origins locate the failure).
     * {@code incomplete} marks the failures that only mean "not enough objects to judge" (nothing
     * selected, fewer than two releases), which a run that skipped steps cannot avoid.
     */
    public record Violation(String message, List<KubeObject> objects, boolean incomplete) {

        public Violation(String message, List<KubeObject> objects) {
            this(message, objects, false);
        }
    }

    /** True when every violation is only a lack of objects. */
    public boolean incomplete() {
        return !passed && violations.stream().allMatch(Violation::incomplete);
    }
}
