package org.sparkk8s.docs.core;

/** A finding that does not stop the build by itself (a warning), or one that does (an error). */
public record Problem(Severity severity, SourceLocation location, String message) {

    public enum Severity { WARNING, ERROR }

    public static Problem warning(SourceLocation location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public static Problem error(SourceLocation location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem of(ContentException e) {
        return error(e.location(), e.problem());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
