package org.sparkk8s.docs.verifier.plan;

import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.Level;

/**
 * One command of a scenario: a snippet (a tag region or a whole file) run as a bash script with
 * positional {@code args} and extra {@code env}, from the repository root.
 *
 * @param level the lowest level at which the step runs; steps above the run's level are skipped
 * @param location where the step stands in its verify.yaml
 */
public record Step(String name, SnippetRef run, SnippetText script, List<String> args, Map<String, String> env,
                   Expectation expect, Level level, Phase phase, int index, SourceLocation location) {

    /** Main steps run in order; cleanup steps always run afterwards, even after a failure. */
    public enum Phase { STEPS, CLEANUP }

    /** A name for reports: the given name, else the snippet id. */
    public String displayName() {
        return name != null ? name : run.id();
    }

    /** The snippet file as shown in messages, e.g. {@code snippets/multi-version/deploy.sh}. */
    public String shownFile() {
        return script.file().shownAs().toString().replace('\\', '/');
    }
}
