package org.sparkk8s.docs.verifier;

import java.util.Locale;

/** The outcome of a check, a step or a snippet, as written in the report. */
public enum Status {
    PASSED, FAILED, EXEMPT, NOT_RUN, SKIPPED;

    /** {@code passed}, {@code failed}, {@code exempt}, {@code not-run}, {@code skipped}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
