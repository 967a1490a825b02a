package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportMarkdownCommandTest {

    @TempDir
    Path root;

    @Test
    void writesTheExportsThenCheckTellsWhetherTheyAreCurrent() throws Exception {
        CliRun.workspace("good", root);
        CliRun check = CliRun.docs("--root", root.toString(), "export-markdown", "--check");
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains("markdown/guides/GUIDE.md: missing; run ./docs export-markdown"), check.err());

        CliRun export = CliRun.docs("--root", root.toString(), "export-markdown");
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().startsWith("exported 5 files to markdown/guides (5 changed)"), export.out());
        assertTrue(Files.readString(root.resolve("markdown/guides/GUIDE-RU.md")).startsWith("<!-- Generated from guides-ru/guide.adoc"));
        assertEquals(0, CliRun.docs("--root", root.toString(), "export-markdown", "--check").exit());

        Path guide = root.resolve("markdown/guides/GUIDE.md");
        Files.writeString(guide, Files.readString(guide) + "edited\n");
        check = CliRun.docs("--root", root.toString(), "export-markdown", "--check");
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("markdown/guides/GUIDE.md:"), check.err());
    }

    @Test
    void aContentErrorIsOneLineAndExitsOne() throws Exception {
        CliRun.workspace("good", root);
        Path guide = root.resolve("guides-en/guide.adoc");
        Files.writeString(guide, Files.readString(guide) + "\nSee footnote:[not in Markdown].\n");
        CliRun r = CliRun.docs("--root", root.toString(), "export-markdown");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().matches("(?s)guides-en/guide\\.adoc:\\d+: 'inline_footnote' has no GitHub Markdown form.*"), r.err());
        assertTrue(!Files.exists(root.resolve("markdown/guides")), "nothing written");
    }
}
