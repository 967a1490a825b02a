package org.sparkk8s.docs.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.testing.TestFiles;
import org.sparkk8s.docs.verifier.report.Report;

/**
 * Test workspaces: {@code fixtures/base} is a small, valid repository (a chart with a library
 * dependency and a strict schema, shell and YAML snippets, a guide in both languages, a scenario,
 * a preset); each {@code fixtures/<case>/} holds only the files that break it, copied over base.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Workspace workspace(String name, Path into) {
        TestFiles.copyTree(resource("base"), into);
        if (!name.equals("base")) {
            TestFiles.copyTree(resource(name), into);
        }
        return Workspace.at(into);
    }

    static Report verify(Workspace ws, Path reportDir) {
        return Verifier.verify(ws, Verifier.Options.upTo(Level.RENDER).withReportDir(reportDir).withThreads(2));
    }

    static List<String> failures(Report r) {
        return r.failures().stream().map(Finding::toString).toList();
    }

    /** Asserts that one failure line is exactly {@code expected}, showing all of them otherwise. */
    static void assertFailure(Report r, String expected) {
        List<String> all = failures(r);
        assertTrue(all.contains(expected), "expected failure\n  " + expected + "\nbut the failures were\n  "
                + String.join("\n  ", all));
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test fixture " + name, e);
        }
    }
}
