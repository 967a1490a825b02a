package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;

class DocsCommandTest {

    @TempDir
    Path root;

    @Test
    void versionAndHelpExitZero() {
        CliRun version = CliRun.docs("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("docs 0.1.0"), version.out());
        assertTrue(version.out().contains("AsciidoctorJ 2.5.13, JBake 2.7.0"), version.out());
        CliRun help = CliRun.docs("--help");
        assertEquals(0, help.exit());
        for (String command : new String[] {"build", "serve", "check", "presets"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " in\n" + help.out());
        }
        assertEquals(0, CliRun.docs("serve", "--help").exit());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.docs("bogus").exit());
        assertEquals(2, CliRun.docs("build", "--no-such-option").exit());
        assertEquals(2, CliRun.docs("serve", "--port", "eighty").exit());
        CliRun missing = CliRun.docs("presets", "show");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required parameter: 'NAME'"), missing.err());
    }

    @Test
    void aFolderThatIsNoRepositoryIsAnEnvironmentError() {
        CliRun run = CliRun.docs("--root", root.resolve("nowhere").toString(), "build");
        assertEquals(2, run.exit());
        assertEquals("docs: --root " + root.resolve("nowhere") + ": no such folder", run.err().strip());
    }

    @Test
    void buildWritesWhereToldAndTheRootOptionWorksAfterTheSubcommandToo() throws Exception {
        CliRun.workspace("good", root);
        Path out = root.resolve("elsewhere/site");
        CliRun run = CliRun.docs("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("built 8 pages into elsewhere/site in "), run.out());
        assertTrue(Files.isRegularFile(out.resolve("en/guide.html")));
        assertFalse(Files.exists(root.resolve("target/site")));
    }

    @Test
    void checkPassesOnASoundRepositoryAndNamesEveryProblemOfABrokenOne() throws Exception {
        CliRun.workspace("good", root);
        CliRun ok = CliRun.docs("--root", root.toString(), "check");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("check passed", ok.out().strip());
        assertFalse(Files.exists(root.resolve("target/site")), "check does not publish");

        Files.writeString(root.resolve("snippets/demo/unused.sh"), "#!/usr/bin/env bash\necho unused\n");
        Files.writeString(root.resolve("content/en/index.adoc"), "= Demo docs\n:nav-order: 0\n\nRead xref:guide.adoc#nowhere[the guide].\n");
        CliRun broken = CliRun.docs("--root", root.toString(), "check");
        assertEquals(1, broken.exit());
        // the Russian home page still links to #install: the translation check (parity) reports that too
        assertEquals("""
                snippets/demo/unused.sh: no page includes or links to this snippet file; include it in a guide or remove it
                content/ru/index.adoc:1: the page lacks the cross-reference to guide#nowhere that English has (content/en/index.adoc:4)
                content/ru/index.adoc:4: the cross-reference to guide#install is not in English
                content/en/index.adoc:4: broken link 'guide.html#nowhere': no element with id 'nowhere' in en/guide.html
                4 problems found
                """, broken.err());
    }

    @Test
    void serveOnAPortInUseIsAnEnvironmentError() throws Exception {
        CliRun.workspace("good", root);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.docs("--root", root.toString(), "serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exit());
            assertTrue(run.err().startsWith("docs: cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void problemsAreColouredOnlyWhenColoursAreOn() {
        Problem p = Problem.error(SourceLocation.of(Path.of("guides-en/a.adoc"), 3), "tag 'x' not found\n  with detail");
        assertEquals("guides-en/a.adoc:3: tag 'x' not found", new Terminal(false).problem(p));
        assertTrue(new Terminal(true).problem(p).contains("\u001B["));
        // tests run without a terminal: no colours, as when NO_COLOR is set
        assertFalse(Terminal.detect().colour());
    }
}
