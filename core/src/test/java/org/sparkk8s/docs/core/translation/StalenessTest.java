package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sparkk8s.docs.core.translation.Fixture.EN;
import static org.sparkk8s.docs.core.translation.Fixture.RU;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.testing.TestGit;
import org.sparkk8s.docs.core.translation.TranslationStatus.Since;
import org.sparkk8s.docs.core.translation.TranslationStatus.State;

/** Up to date, outdated (since when, how much, from what), unmarked, invalid: against a real git history. */
class StalenessTest {

    @TempDir
    Path root;

    TestGit git;

    @BeforeEach
    void repository() {
        Fixture.workspace(root);
        git = TestGit.init(root);
        git.commit("guide in both languages", "2025-01-10T09:00:00+00:00");
    }

    private TranslationStatus status() {
        return Staleness.of(Fixture.pair(root), EnglishHistory.of(Workspace.at(root)));
    }

    /** Records the English version as {@code docs translations mark} does. */
    private void mark() {
        EnglishHistory history = EnglishHistory.of(Workspace.at(root));
        TranslationSource now = history.current(Path.of(EN), history.scheme());
        Fixture.write(root, RU, SourceMark.apply(Fixture.read(root, RU), Page.Format.ASCIIDOC, now));
    }

    @Test
    void aTranslationWithoutASourceIsUnmarked() {
        assertEquals(State.UNMARKED, status().state());
    }

    @Test
    void markedTranslationIsUpToDateWithTheBlobIdOfTheEnglishFile() {
        mark();
        TranslationStatus s = status();
        assertEquals(State.UP_TO_DATE, s.state());
        assertEquals(git.run("rev-parse", "HEAD:" + EN).strip(), s.recorded().value(), "the recorded source is git's blob id");
        assertEquals(TranslationSource.blobOf(Fixture.read(root, EN).getBytes(StandardCharsets.UTF_8)), s.recorded());
    }

    @Test
    void anEnglishEditAfterTheTranslationMakesItOutdatedSinceTheFirstCommitAfter() {
        mark();
        git.commit("mark the translation", "2025-01-11T09:00:00+00:00");
        String translatedFrom = Fixture.read(root, EN);
        Fixture.edit(root, EN, "NOTE: The first install pulls images.", "NOTE: The first install pulls images from Docker Hub.");
        String first = git.commit("English: say where images come from", "2025-03-14T10:30:00+00:00");
        Fixture.edit(root, EN, "WARNING: Do not skip the check.", "WARNING: Never skip the check.");
        git.commit("English: stronger warning", "2025-04-02T08:00:00+00:00");

        TranslationStatus s = status();
        assertEquals(State.OUTDATED, s.state());
        assertEquals(new Since(Since.Kind.COMMITTED, OffsetDateTime.parse("2025-03-14T10:30:00Z"), first), s.since());
        assertEquals("2025-03-14", s.since().describe());
        assertEquals(translatedFrom, s.olderEnglish(), "the English the translation was made from, read from git");
        assertEquals(new TextDiff.Size(2, 2, 4, 2), s.size(), "added: from Docker Hub, Never; removed: Do not");

        mark();
        assertEquals(State.UP_TO_DATE, status().state(), "marking again clears it");
    }

    @Test
    void anUncommittedEnglishEditIsOutdatedWithoutADate() {
        mark();
        Fixture.edit(root, EN, "== Clean up", "== Cleaning up");
        TranslationStatus s = status();
        assertEquals(State.OUTDATED, s.state());
        assertEquals(Since.UNCOMMITTED, s.since());
        assertEquals(new TextDiff.Size(1, 1, 1, 1), s.size());
    }

    @Test
    void aSourceThatIsNoBlobOfTheRepositoryIsAnErrorAtItsLine() {
        Fixture.edit(root, RU, ":nav-order: 1\n", ":nav-order: 1\n:translation-source: 0123456789abcdef0123456789abcdef01234567\n");
        TranslationStatus s = status();
        assertEquals(State.INVALID, s.state());
        assertEquals(RU + ":4: translation-source 0123456789abcdef0123456789abcdef01234567 is not a blob of this repository, "
                + "so the English it was made from cannot be found; compare with " + EN
                + " by hand, then run 'docs translations mark guide'", s.problem().toString());
    }

    @Test
    void aMalformedSourceIsAnErrorAtItsLine() {
        Fixture.edit(root, RU, ":nav-order: 1\n", ":nav-order: 1\n:translation-source: v1.2\n");
        TranslationStatus s = status();
        assertEquals(State.INVALID, s.state());
        assertTrue(s.problem().toString().startsWith(RU + ":4: translation-source 'v1.2' is neither a git blob id"), s.problem().toString());
    }

    @Test
    void withoutGitAContentHashIsRecordedAndCompared(@TempDir Path plain) throws Exception {
        Fixture.workspace(plain);
        Workspace ws = Workspace.at(plain);
        EnglishHistory none = EnglishHistory.without(ws, "no git command on this machine");
        assertEquals(TranslationSource.Scheme.SHA256, none.scheme());
        TranslationSource hash = none.current(Path.of(EN), none.scheme());
        assertTrue(hash.value().matches("sha256:[0-9a-f]{64}"), hash.value());
        Fixture.write(plain, RU, SourceMark.apply(Fixture.read(plain, RU), Page.Format.ASCIIDOC, hash));
        PagePair pair = Fixture.pair(plain);
        assertEquals(State.UP_TO_DATE, Staleness.of(pair, none).state());

        Files.writeString(plain.resolve(EN), Fixture.read(plain, EN) + "\nOne more line.\n", StandardCharsets.UTF_8);
        TranslationStatus s = Staleness.of(Fixture.pair(plain), none);
        assertEquals(State.OUTDATED, s.state());
        assertEquals(Since.UNKNOWN, s.since());
        assertNull(s.olderEnglish(), "no history to read the older English from");
    }

    @Test
    void aContentHashIsFoundInHistoryOnceThereIsGit() {
        Workspace ws = Workspace.at(root);
        TranslationSource hash = TranslationSource.contentHashOf(Fixture.read(root, EN).getBytes(StandardCharsets.UTF_8));
        Fixture.write(root, RU, SourceMark.apply(Fixture.read(root, RU), Page.Format.ASCIIDOC, hash));
        git.commit("translated where there was no git", "2025-02-01T00:00:00+00:00");
        Fixture.edit(root, EN, "== Check", "== Checking");
        git.commit("English changed", "2025-02-02T00:00:00+00:00");
        TranslationStatus s = Staleness.of(Fixture.pair(root), EnglishHistory.of(ws));
        assertEquals(State.OUTDATED, s.state());
        assertEquals("2025-02-02", s.since().describe());
        assertNotNull(s.olderEnglish());
    }
}
