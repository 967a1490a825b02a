package org.sparkk8s.docs.core.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;

/** A small workspace with one guide in both languages, from {@code src/test/resources/translation/}. */
final class Fixture {

    static final String EN = "guides-en/guide.adoc";
    static final String RU = "guides-ru/guide.adoc";

    private Fixture() {
    }

    static Path workspace(Path root) {
        write(root, "snippets/demo/run.sh", resource("run.sh"));
        write(root, EN, resource("guide-en.adoc"));
        write(root, RU, resource("guide-ru.adoc"));
        return root;
    }

    static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/translation/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path root, String rel, String text) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path root, String rel) {
        try {
            return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} (which must occur exactly once) in a file. */
    static void edit(Path root, String rel, String from, String to) {
        String text = read(root, rel);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' is not in " + rel + " exactly once");
        }
        write(root, rel, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    static Catalog catalog(Path root) {
        return Catalog.load(Workspace.at(root));
    }

    static PagePair pair(Path root) {
        return catalog(root).pairs().stream().filter(p -> p.slug().equals("guide")).findFirst().orElseThrow();
    }
}
