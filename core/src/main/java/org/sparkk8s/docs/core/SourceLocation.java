package org.sparkk8s.docs.core;

import java.nio.file.Path;

/** A file and a 1-based line in it; line 0 means "the file as a whole". */
public record SourceLocation(Path file, int line) {

    public static SourceLocation of(Path file, int line) {
        return new SourceLocation(file, line);
    }

    public static SourceLocation wholeFile(Path file) {
        return new SourceLocation(file, 0);
    }

    /** {@code path:line}, with the path shown as given (callers pass repository-relative paths). */
    @Override
    public String toString() {
        String p = file.toString().replace('\\', '/');
        return line > 0 ? p + ":" + line : p;
    }
}
