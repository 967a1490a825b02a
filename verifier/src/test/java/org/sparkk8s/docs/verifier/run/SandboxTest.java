package org.sparkk8s.docs.verifier.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Workspace;

class SandboxTest {

    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    @Test
    void copiesTheSourcesButNotBuildOutputOrModulesAndResetsToThatCopy() throws IOException {
        write("charts/app/Chart.yaml", "name: app\n");
        write("snippets/a.sh", "echo a\n");
        write("target/report.json", "{}");
        write("cli/pom.xml", "<project/>");
        write("cli/src/Main.java", "class Main {}");
        Workspace ws = Workspace.at(root);
        List<Path> files = Sandbox.files(ws);
        assertEquals(List.of(Path.of("charts/app/Chart.yaml"), Path.of("snippets/a.sh")),
                files.stream().sorted().toList());
        try (Sandbox s = Sandbox.copy(ws, files)) {
            Path sb = s.root();
            Files.createDirectories(sb.resolve("charts/app/charts"));
            Files.writeString(sb.resolve("charts/app/charts/lib-0.1.0.tgz"), "built");
            Files.writeString(sb.resolve("charts/app/Chart.yaml"), "name: changed, and longer\n");
            Files.delete(sb.resolve("snippets/a.sh"));
            s.reset();
            assertFalse(Files.exists(sb.resolve("charts/app/charts")), "what a scenario built is gone");
            assertEquals("name: app\n", Files.readString(sb.resolve("charts/app/Chart.yaml")));
            assertEquals("echo a\n", Files.readString(sb.resolve("snippets/a.sh")));
            assertEquals("echo a\n", Files.readString(root.resolve("snippets/a.sh")), "the sources are untouched");
            assertTrue(Files.isDirectory(sb));
        }
    }
}
