package org.sparkk8s.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.Workspace;

/** Copies a fixture workspace from {@code src/test/resources/workspaces/} to a folder a test may change. */
public final class Workspaces {

    private Workspaces() {
    }

    public static Workspace copy(String name, Path into) {
        try {
            Path from = Path.of(Workspaces.class.getResource("/workspaces/" + name).toURI());
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path target = into.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return Workspace.at(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
