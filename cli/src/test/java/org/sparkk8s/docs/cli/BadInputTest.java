package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input: {@code docs build} exits 1 with one line naming the file and the line,
 * prints no stack trace, and leaves the previously built site exactly as it was.
 */
class BadInputTest {

    private static final Pattern ONE_LINE = Pattern.compile("[^\\s:]+(:\\d+)?: \\S.*");

    @TempDir
    Path root;

    Map<String, String> siteBefore;

    @BeforeEach
    void buildAGoodSiteFirst() {
        CliRun.workspace("good", root);
        CliRun good = CliRun.docs("--root", root.toString(), "build");
        assertEquals(0, good.exit(), good.err());
        siteBefore = CliRun.snapshot(root.resolve("target/site"));
        assertTrue(siteBefore.containsKey("en/guide.html"));
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    /**
     * Builds and expects exit 1, the given error first (pages that include a broken snippet are
     * each reported after it), every problem on one line, and an untouched site.
     */
    private void failsWith(String expectedLine) {
        CliRun run = CliRun.docs("--root", root.toString(), "build");
        assertEquals(1, run.exit(), run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(ONE_LINE.matcher(line).matches(), "not a one-line path:line: message error: '" + line + "' in\n" + run.err());
        }
        assertTrue(lines.get(0).startsWith(expectedLine), "expected '" + expectedLine + "…' but got: " + lines.get(0));
        assertFalse((run.out() + run.err()).contains("Exception") || (run.out() + run.err()).contains("\tat "), "no stack trace");
        assertEquals(siteBefore, CliRun.snapshot(root.resolve("target/site")), "the previous site is untouched");
    }

    @Test
    void anIncludeOfAMissingFile() throws Exception {
        write("guides-en/guide.adoc", Files.readString(root.resolve("guides-en/guide.adoc")).replace("demo/run.sh", "demo/gone.sh"));
        failsWith("guides-en/guide.adoc:11: snippet not found: snippets/demo/gone.sh");
    }

    @Test
    void aMissingTag() throws Exception {
        write("guides-ru/notes.md", Files.readString(root.resolve("guides-ru/notes.md")).replace("tag=check", "tag=status"));
        failsWith("guides-ru/notes.md:8: tag 'status' not found in snippets/demo/run.sh");
    }

    @Test
    void anUnclosedTag() throws Exception {
        write("snippets/demo/run.sh", Files.readString(root.resolve("snippets/demo/run.sh")).replace("# end::check[]\n", ""));
        failsWith("snippets/demo/run.sh:9: unclosed tag 'check'");
    }

    @Test
    void anIncludeThatLeavesTheRepository() throws Exception {
        write("guides-en/guide.adoc", Files.readString(root.resolve("guides-en/guide.adoc"))
                .replace("include::{snippets}/demo/run.sh[tag=install]", "include::{snippets}/../../etc/passwd[]"));
        failsWith("guides-en/guide.adoc:11: include path '{snippets}/../../etc/passwd' leaves the repository");
    }

    @Test
    void malformedFrontMatter() throws Exception {
        write("guides-en/notes.md", "---\ntitle: Notes\nnav-order: [2\n---\n\n## Check\n");
        failsWith("guides-en/notes.md:3: malformed YAML front matter");
    }

    @Test
    void twoGuidesWithTheSameSlug() throws Exception {
        write("guides-en/guide.md", "# Another guide\n\ntext\n");
        // named at the title line of the second page
        failsWith("guides-en/guide.md:1: two pages with the same slug 'guide' in en");
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        Files.write(root.resolve("guides-ru/guide.adoc"),
                "= Руководство\n\nСтрока в cp1251: ".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("guides-ru/guide.adoc"), new byte[] {(byte) 0xCF, (byte) 0xF0, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        failsWith("guides-ru/guide.adoc:3: not valid UTF-8");
    }

    @Test
    void aRussianGuideWithoutAnEnglishOneBuildsWithAWarning() throws Exception {
        write("guides-ru/only-ru.adoc", "= Только по-русски\n\nТекст.\n");
        CliRun run = CliRun.docs("--root", root.toString(), "build");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("guides-ru/only-ru.adoc: warning: no English counterpart (guides-en/only-ru.adoc); built without a page to switch to"),
                run.err().lines().toList());
        assertTrue(Files.readString(root.resolve("target/site/en/only-ru.html")).contains("has not been translated into English yet"));
        assertTrue(Files.isRegularFile(root.resolve("target/site/ru/only-ru.html")));
    }
}
