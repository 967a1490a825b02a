package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.testing.TestGit;

/**
 * {@code docs translations status|diff|mark} on a real git repository: the English guide is edited
 * after the translation; status says since when and how much, diff shows exactly that change,
 * mark clears it. Bad input exits 1 with one line naming the file and the line.
 */
class TranslationsCommandTest {

    private static final Pattern ONE_LINE = Pattern.compile("[^\\s:]+(:\\d+)?: \\S.*");

    @TempDir
    Path root;

    TestGit git;

    @BeforeEach
    void repository() {
        CliRun.workspace("good", root);
        git = TestGit.init(root);
        git.commit("the docs in both languages", "2025-01-10T09:00:00+00:00");
    }

    private CliRun docs(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--root";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.docs(all);
    }

    private String read(String rel) throws Exception {
        return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
    }

    private void write(String rel, String text) throws Exception {
        Files.writeString(root.resolve(rel), text, StandardCharsets.UTF_8);
    }

    private String blob(String rel) {
        return git.run("hash-object", rel).strip();
    }

    @Test
    void anEnglishEditIsFlaggedWithItsExactDiffUntilTheTranslationIsMarked() throws Exception {
        CliRun status = docs("translations", "status");
        assertEquals(0, status.exit(), status.err());
        assertEquals("""
                PAGE          STATE     DETAIL
                guide         unmarked  guides-ru/guide.adoc records no translation-source
                notes         unmarked  guides-ru/notes.md records no translation-source
                index (page)  unmarked  content/ru/index.adoc records no translation-source
                3 pages: 3 unmarked
                """, status.out());

        String before = read("guides-ru/guide.adoc");
        CliRun mark = docs("translations", "mark", "--all");
        assertEquals(0, mark.exit(), mark.err());
        assertTrue(mark.out().contains("marked guides-ru/guide.adoc: translated from guides-en/guide.adoc "
                + blob("guides-en/guide.adoc").substring(0, 10)), mark.out());
        assertEquals(before.replace(":nav-order: 1\n", ":nav-order: 1\n:translation-source: " + blob("guides-en/guide.adoc") + "\n"),
                read("guides-ru/guide.adoc"), "only the translation-source line is added");
        assertTrue(read("guides-ru/notes.md").contains("nav-order: 2\ntranslation-source: " + blob("guides-en/notes.md") + "\n---"));
        git.commit("mark the translations", "2025-01-11T09:00:00+00:00");
        assertTrue(docs("translations", "status").out().contains("3 pages: 3 up to date"));

        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace("Install the release.", "Install the release with Helm."));
        String change = git.commit("English: say how", "2025-03-14T10:30:00+00:00");

        status = docs("translations", "status");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.out().contains("guide         outdated    English changed since 2025-03-14 (" + change.substring(0, 10)
                + "): +1 \u22121 lines, 2 words\n"), status.out());
        assertTrue(status.out().endsWith("3 pages: 2 up to date, 1 outdated\n"), status.out());

        CliRun diff = docs("translations", "diff", "guide");
        assertEquals(0, diff.exit(), diff.err());
        String recorded = git.run("rev-parse", "HEAD~1:guides-en/guide.adoc").strip();
        assertEquals("guides-en/guide.adoc changed since guides-ru/guide.adoc was translated (source " + recorded.substring(0, 10)
                + "; English changed 2025-03-14 in " + change.substring(0, 10) + "): +1 \u22121 lines, 2 words\n"
                + "@@ -2,5 +2,5 @@ the page (guides-en/guide.adoc:4)\n"
                + ":nav-order: 1\n"
                + "\n"
                + "Install the release{+ with Helm+}.\n"
                + "\n"
                + "[#install]\n", diff.out());

        CliRun markOne = docs("translations", "mark", "guides-ru/guide.adoc");
        assertEquals(0, markOne.exit(), markOne.err());
        assertTrue(docs("translations", "status").out().contains("3 pages: 3 up to date"));
        assertEquals("guides-ru/guide.adoc is up to date with guides-en/guide.adoc (source "
                + blob("guides-en/guide.adoc").substring(0, 10) + ")\n", docs("translations", "diff", "guide").out());
    }

    @Test
    void markingAgainstUncommittedEnglishKeepsThatVersionReadable() throws Exception {
        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace("Install the release.", "Install the release now."));
        CliRun mark = docs("translations", "mark", "guide");
        assertEquals(0, mark.exit(), mark.err());
        assertTrue(mark.out().contains("stored this version of guides-en/guide.adoc in git's objects (not staged)"), mark.out());
        assertEquals("", git.run("status", "--porcelain", "--untracked-files=no").lines()
                .filter(l -> !l.startsWith(" M")).reduce("", String::concat), "nothing is staged");

        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace("Install the release now.", "Install the release today."));
        CliRun diff = docs("translations", "diff", "guide");
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("Install the release [-now-]{+today+}."), diff.out());
        String status = docs("translations", "status").out();
        assertTrue(status.contains("guide         outdated  English changed since an unknown date: +1 \u22121 lines, 2 words"),
                "the stored version was never committed, so there is no commit date:\n" + status);

        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace("Install the release today.", "Install the release soon."));
        assertEquals(0, docs("translations", "mark", "guide", "--no-store").exit());
        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace("Install the release soon.", "Install the release later."));
        CliRun lost = docs("translations", "status");
        assertEquals(1, lost.exit(), "a version neither committed nor stored cannot be read back: " + lost.out());
        assertTrue(lost.err().startsWith("guides-ru/guide.adoc:3: translation-source "), lost.err());
    }

    @Test
    void markRefusesATranslationWithParityErrors() throws Exception {
        write("guides-ru/guide.adoc", read("guides-ru/guide.adoc").replace("[tag=install]", "[tag=check]"));
        CliRun mark = docs("translations", "mark", "guide");
        assertEquals(1, mark.exit());
        assertEquals(List.of(
                "guides-ru/guide.adoc:11: include of demo/run.sh#check differs from English, which includes demo/run.sh#install here (guides-en/guide.adoc:11)",
                "not marked: guides-ru/guide.adoc does not have the structure of guides-en/guide.adoc yet (fix the above, or --force)"),
                mark.err().lines().toList());
        assertFalse(read("guides-ru/guide.adoc").contains("translation-source"));
    }

    @Test
    void anUnknownTranslationSourceIsOneLineWithFileAndLine() throws Exception {
        write("guides-ru/guide.adoc", read("guides-ru/guide.adoc").replace(":nav-order: 1\n",
                ":nav-order: 1\n:translation-source: 0123456789abcdef0123456789abcdef01234567\n"));
        CliRun status = docs("translations", "status");
        assertEquals(1, status.exit());
        assertEquals(List.of("guides-ru/guide.adoc:3: translation-source 0123456789abcdef0123456789abcdef01234567 is not a blob "
                + "of this repository, so the English it was made from cannot be found; compare with guides-en/guide.adoc by hand, "
                + "then run 'docs translations mark guide'"), status.err().lines().toList());
        CliRun diff = docs("translations", "diff", "guide");
        assertEquals(1, diff.exit());
        assertTrue(ONE_LINE.matcher(diff.err().strip()).matches(), diff.err());
    }

    @Test
    void aRussianFileThatIsNotUtf8IsOneLineWithFileAndLine() throws Exception {
        Files.write(root.resolve("guides-ru/guide.adoc"), new byte[] {(byte) 0xCF, (byte) 0xF0, '\n'}, StandardOpenOption.APPEND);
        CliRun status = docs("translations", "status");
        assertEquals(1, status.exit());
        assertEquals(1, status.err().lines().count(), status.err());
        assertTrue(status.err().startsWith("guides-ru/guide.adoc:13: not valid UTF-8"), status.err());
    }

    @Test
    void aGlossaryWithATermTwiceIsOneLineWithFileAndLine() throws Exception {
        write("content/glossary.yaml", "Helm: keep\nchart: чарт\nrelease: релиз\nChart: чарт\n");
        CliRun status = docs("translations", "status");
        assertEquals(1, status.exit());
        assertEquals(List.of("content/glossary.yaml:4: term 'Chart' is already in the glossary (line 2)"), status.err().lines().toList());
    }

    @Test
    void checkFailsOnASectionIdUsedTwiceAndOnAMissingRequiredTranslation() throws Exception {
        write("guides-en/guide.adoc", read("guides-en/guide.adoc").replace(":nav-order: 1\n", ":nav-order: 1\n:translation: required\n")
                + "\n[#install]\n== Install again\n\nText.\n");
        Files.delete(root.resolve("guides-ru/guide.adoc"));
        CliRun check = docs("check");
        assertEquals(1, check.exit(), check.out() + check.err());
        List<String> lines = check.err().lines().toList();
        assertTrue(lines.contains("guides-en/guide.adoc:16: section id 'install' is used twice on this page (first at line 8)"), check.err());
        assertTrue(lines.contains("guides-en/guide.adoc:3: the translation is required (:translation: required) but "
                + "guides-ru/guide.adoc does not exist"), check.err());
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(ONE_LINE.matcher(line).matches(), "one line per problem: " + line);
        }
        assertFalse(check.err().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownGuideIsAUsageError() {
        CliRun diff = docs("translations", "diff", "nope");
        assertEquals(2, diff.exit());
        assertTrue(diff.err().contains("no guide or page named 'nope' (known: guide, notes, index)"), diff.err());
    }
}
