package org.sparkk8s.docs.site.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;

/**
 * The committed exports pass markdownlint ({@code markdownlint-cli2}, the version {@code .ci/run}
 * installs, with the repository's {@code .markdownlint-cli2.jsonc}). Without the tool the test fails
 * and says how to install it: a lint that silently does not run proves nothing.
 */
class MarkdownLintIT {

    /** Keep in step with {@code .ci/run}. */
    static final String VERSION = "0.22.1";
    private static final String INSTALL = "npm install -g markdownlint-cli2@" + VERSION;

    @Test
    void theExportsPassMarkdownlint() throws Exception {
        Path tool = onPath("markdownlint-cli2");
        if (tool == null) {
            fail("the Markdown exports are linted with markdownlint-cli2, which is not on PATH: " + INSTALL + " (as .ci/run does)");
        }
        Workspace ws = Workspace.discover(Path.of("")).orElseThrow();
        String version = run(ws.root(), tool.toString(), "--help").lines().findFirst().orElse("");
        if (!version.startsWith("markdownlint-cli2 v" + VERSION + " ")) {
            fail("markdownlint-cli2 " + VERSION + " is the pinned version, found: " + version + "; " + INSTALL);
        }
        Path folder = ws.root().resolve(MarkdownExport.folder());
        try (var files = Files.list(folder)) {
            if (files.noneMatch(f -> f.toString().endsWith(".md"))) {
                fail("no Markdown exports in " + ws.relative(folder) + ": run ./docs export-markdown");
            }
        }
        Process p = new ProcessBuilder(tool.toString(), MarkdownExport.folder().toString().replace('\\', '/') + "/*.md")
                .directory(ws.root().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("markdownlint-cli2 did not finish within 2 minutes");
        }
        assertEquals(0, p.exitValue(), "markdownlint findings in markdown/guides/ (fix the generator or the guide, then ./docs export-markdown):\n" + output);
    }

    @Test
    void theConfigurationStillCatchesFindings(@TempDir Path dir) throws Exception {
        Path tool = onPath("markdownlint-cli2");
        if (tool == null) {
            fail("markdownlint-cli2 is not on PATH: " + INSTALL);
        }
        Workspace ws = Workspace.discover(Path.of("")).orElseThrow();
        Files.copy(ws.root().resolve(".markdownlint-cli2.jsonc"), dir.resolve(".markdownlint-cli2.jsonc"));
        Files.writeString(dir.resolve("BAD.md"), "# Title\n\n<div>not allowed</div>\n\n[x](#nowhere)\n");
        String out = run(dir, tool.toString(), "BAD.md");
        assertTrue(out.contains("MD033") && out.contains("MD051"), out);
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
