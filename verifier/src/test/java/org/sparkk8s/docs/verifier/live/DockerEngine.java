package org.sparkk8s.docs.verifier.live;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the k3s tests only where a Docker engine is reachable. Elsewhere they are reported skipped
 * with {@link Docker#NO_DOCKER} as the reason (in the failsafe report and summary), and the reason
 * is printed once to the console — never silently green.
 */
public final class DockerEngine implements ExecutionCondition {

    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Docker.available()) {
            return ConditionEvaluationResult.enabled("a Docker engine is reachable");
        }
        if (PRINTED.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + context.getDisplayName() + ": " + Docker.NO_DOCKER);
        }
        return ConditionEvaluationResult.disabled(Docker.NO_DOCKER);
    }
}
