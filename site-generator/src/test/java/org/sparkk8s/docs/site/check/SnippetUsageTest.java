package org.sparkk8s.docs.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.site.Workspaces;

class SnippetUsageTest {

    @TempDir
    Path dir;

    @Test
    void aSnippetNobodyIncludesOrLinksIsReportedButScenariosAndLinkedOnesAreNot() throws Exception {
        var ws = Workspaces.copy("small", dir);
        Files.writeString(ws.snippetsDir().resolve("demo/unused.sh"), "#!/usr/bin/env bash\necho unused\n");
        Files.writeString(ws.snippetsDir().resolve("demo/linked.sh"), "#!/usr/bin/env bash\necho linked\n");
        Files.writeString(ws.snippetsDir().resolve("demo/linked-md.sh"), "#!/usr/bin/env bash\necho linked\n");
        Files.writeString(ws.snippetsDir().resolve("demo/verify.yaml"), "scenarios: []\n");
        Files.writeString(ws.guidesDir(org.sparkk8s.docs.core.Language.EN).resolve("links.adoc"),
                "= Links\n\nSee link:{snippets-url}/demo/linked.sh[the script].\n");
        Files.writeString(ws.guidesDir(org.sparkk8s.docs.core.Language.RU).resolve("links.md"),
                "# Ссылки\n\nСм. [скрипт](../snippets/demo/linked-md.sh).\n");
        List<Problem> problems = SnippetUsage.unused(Catalog.load(ws));
        assertEquals(List.of("snippets/demo/unused.sh: no page includes or links to this snippet file; include it in a guide or remove it"),
                problems.stream().map(Problem::toString).toList());
    }
}
