package org.sparkk8s.docs.cli;

/** The exit codes of {@code docs}. */
final class ExitCode {

    static final int OK = 0;
    /** The sources (or a verification) are wrong: the author has something to fix. */
    static final int CONTENT = 1;
    /** The command line is wrong, or the machine is not ready (a port in use, a missing tool). */
    static final int USAGE = 2;
    static final int ENVIRONMENT = 2;

    private ExitCode() {
    }
}
