package org.sparkk8s.docs.verifier;

import org.sparkk8s.docs.core.SourceLocation;

/**
 * One thing that is wrong, printed as {@code path:line (context): message}; the context names the
 * guide and scenario when the finding comes from running a scenario.
 */
public record Finding(SourceLocation location, String context, String message) {

    public static Finding at(SourceLocation location, String message) {
        return new Finding(location, null, message);
    }

    public Finding withContext(String newContext) {
        return new Finding(location, newContext, message);
    }

    @Override
    public String toString() {
        return location + (context == null || context.isEmpty() ? "" : " (" + context + ")") + ": " + message;
    }
}
