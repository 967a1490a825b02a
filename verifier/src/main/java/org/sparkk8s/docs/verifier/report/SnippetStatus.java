package org.sparkk8s.docs.verifier.report;

import java.time.Instant;
import java.util.List;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;

/**
 * What the report says about one snippet id (a file, a tag region, a multi-tag selection a guide
 * includes, or a preset file): the outcome, the highest level it was proven at, where and when.
 *
 * @param location the first failure's location, else the snippet's first line
 * @param guides slugs of the guides that include lines of it
 * @param scenarios ids of the scenarios whose steps run it
 */
public record SnippetStatus(String id, Status status, Level level, String where, Instant at, long millis,
                            String message, SourceLocation location, List<String> guides, List<String> scenarios) {
}
