package org.sparkk8s.docs.site;

import java.util.List;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;

/** The sources cannot be published: one or more errors, each naming a file and a line. Nothing was written. */
public class BuildFailure extends RuntimeException {

    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.isEmpty() ? "build failed" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public static BuildFailure of(ContentException e) {
        BuildFailure f = new BuildFailure(List.of(Problem.of(e)));
        f.initCause(e);
        return f;
    }

    public List<Problem> problems() {
        return problems;
    }
}
