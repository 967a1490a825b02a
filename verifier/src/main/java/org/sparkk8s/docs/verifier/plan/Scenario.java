package org.sparkk8s.docs.verifier.plan;

import java.util.ArrayList;
import java.util.List;

import org.sparkk8s.docs.core.SourceLocation;

/**
 * An ordered run of a guide's snippets that proves the guide works: steps, cleanup steps that
 * always run, the namespaces it owns (created before and deleted after a live run) and invariants.
 *
 * @param namespaceSuffix true when the steps read their namespaces from the environment
 *                        ({@code NAMESPACE}, {@code NAMESPACE_<NAME>}), so that a live run on a
 *                        shared cluster may suffix them with a run id
 */
public record Scenario(String id, String guide, String description, List<String> namespaces, boolean namespaceSuffix,
                       List<Step> steps, List<Step> cleanup, List<Invariant> invariants, SourceLocation location) {

    /** Steps then cleanup steps, in the order they run. */
    public List<Step> allSteps() {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(cleanup);
        return all;
    }

    /** How findings of this scenario are introduced: {@code guide x, scenario y}. */
    public String context() {
        return (guide == null ? "" : "guide " + guide + ", ") + "scenario " + id;
    }
}
