package org.sparkk8s.docs.verifier.plan;

import java.time.Duration;

/**
 * What a step must do when it really runs (live tier): exit code, output, and how long it may take.
 * Null fields were not given; {@link #DEFAULT_TIMEOUT} applies when {@code timeout} is null.
 */
public record Expectation(int exit, TextMatch stdout, TextMatch stderr, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public static final Expectation DEFAULT = new Expectation(0, null, null, null);

    public Duration effectiveTimeout() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** True when the expectation says more than "exit 0", i.e. something only a live run can check. */
    public boolean checksOutput() {
        return stdout != null || stderr != null || exit != 0;
    }
}
