package org.sparkk8s.docs.core;

import java.nio.file.Path;

/**
 * A problem in the documentation sources that the author must fix: always names a file and,
 * where there is one, a line. The message is printed as {@code path:line: what is wrong}.
 */
public class ContentException extends RuntimeException {

    private final SourceLocation location;
    private final String problem;

    public ContentException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public ContentException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public ContentException(Path file, int line, String problem) {
        this(SourceLocation.of(file, line), problem);
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
