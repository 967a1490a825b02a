package org.sparkk8s.docs.verifier.plan;

import org.sparkk8s.docs.core.SourceLocation;

/** A snippet no scenario runs, on purpose, and why (shown on the site as the badge's hover text). */
public record Exemption(SnippetRef snippet, SnippetText text, String reason, SourceLocation location) {
}
