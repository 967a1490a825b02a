package org.sparkk8s.docs.verifier;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one check of one file (e.g. {@code shellcheck} of {@code snippets/a.sh}).
 *
 * @param name the check, e.g. {@code bash -n}, {@code shellcheck}, {@code yaml}, {@code manifest schema}
 * @param subject the repository-relative file checked
 * @param note why the check was skipped, or what it covered; may be null
 */
public record CheckResult(String name, String subject, Level level, Status status, List<Finding> findings,
                          String note, long millis, Instant at) {

    public static CheckResult of(String name, String subject, Level level, List<Finding> findings, String note,
                                 long startNanos) {
        return new CheckResult(name, subject, level, findings.isEmpty() ? Status.PASSED : Status.FAILED,
                List.copyOf(findings), note, (System.nanoTime() - startNanos) / 1_000_000, Instant.now());
    }

    public static CheckResult skipped(String name, String subject, Level level, String reason) {
        return new CheckResult(name, subject, level, Status.SKIPPED, List.of(), reason, 0, Instant.now());
    }
}
