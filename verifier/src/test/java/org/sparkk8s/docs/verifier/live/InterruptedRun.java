package org.sparkk8s.docs.verifier.live;

import java.nio.file.Path;

import org.sparkk8s.docs.verifier.report.Report;

/**
 * The program {@link InterruptTest} starts in a child JVM and interrupts: a live run of the
 * {@code interrupted} scenario of {@code fixtures/live}, whose first step runs until it is stopped.
 * Arguments: the test's folder, and the number its sleeps are named by.
 */
public final class InterruptedRun {

    private InterruptedRun() {
    }

    public static void main(String[] args) {
        LiveFixture fx = new LiveFixture(Path.of(args[0]), args[1]);
        Report r = fx.verify("interrupted", fx.options().withProgress(Progress.to(System.out::println)));
        System.out.println("run finished: " + (r.ok() ? "passed" : "failed"));
    }
}
