package org.sparkk8s.docs.site;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.testing.TestFiles;

/** Copies a fixture workspace from {@code src/test/resources/workspaces/} to a folder a test may change. */
public final class Workspaces {

    private Workspaces() {
    }

    public static Workspace copy(String name, Path into) {
        try {
            Path from = Path.of(Workspaces.class.getResource("/workspaces/" + name).toURI());
            TestFiles.copyTree(from, into);
            return Workspace.at(into);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
