package org.sparkk8s.docs.verifier.plan;

/** One line of a snippet as a step runs it, with its 1-based line number in the snippet file. */
public record ScriptLine(int number, String text) {
}
