package org.sparkk8s.docs.verifier.run;

import java.util.List;

import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.objects.InvariantResult;
import org.sparkk8s.docs.verifier.plan.Invariant;

/** An invariant's status in a scenario run, with its findings located at the commands that made the objects. */
public record InvariantOutcome(Invariant invariant, Status status, InvariantResult result, List<Finding> findings,
                               String message) {
}
