package org.sparkk8s.docs.site.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;

/** A throwaway workspace with one snippet file, to convert pages written by a test. */
final class ConverterFixture {

    static final String SNIPPET = """
            #!/usr/bin/env bash
            set -euo pipefail
            # tag::install[]
            helm install spark-41 charts/spark-4.1 \\
              --namespace spark
            # end::install[]
            # tag::open[]
            echo "never closed"
            """;

    final Workspace workspace;

    ConverterFixture(Path dir) {
        this.workspace = Workspace.at(dir);
        write("snippets/demo/install.sh", SNIPPET.replace("# tag::open[]\necho \"never closed\"\n", ""));
        write("snippets/demo/broken.sh", SNIPPET);
    }

    void write(String path, String text) {
        try {
            Path p = workspace.root().resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a guide and returns the page as the catalog reads it (includes resolved). */
    Page guide(Language lang, String name, String text) {
        write("guides-" + lang.code() + "/" + name, text);
        return catalog().page(Path.of("guides-" + lang.code(), name)).orElseThrow();
    }

    Catalog catalog() {
        return Catalog.load(workspace);
    }
}
