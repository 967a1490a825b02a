package org.sparkk8s.docs.cli;

/** Something about the machine or the invocation, not the sources, stops the command; exit code 2. */
final class EnvironmentError extends RuntimeException {

    EnvironmentError(String message) {
        super(message);
    }

    EnvironmentError(String message, Throwable cause) {
        super(message, cause);
    }
}
