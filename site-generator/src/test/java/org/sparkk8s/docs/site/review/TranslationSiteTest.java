package org.sparkk8s.docs.site.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.testing.TestGit;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.SourceMark;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.Workspaces;

/**
 * The site side of translations, on a real git history: the Russian banner of an outdated
 * translation, the bilingual glossary page, and the side-by-side review with the sections English
 * changed highlighted.
 */
class TranslationSiteTest {

    @TempDir
    Path dir;

    Workspace ws;
    TestGit git;

    @BeforeEach
    void translatedThenEnglishChanged() throws Exception {
        ws = Workspaces.copy("translated", dir);
        git = TestGit.init(dir);
        git.commit("guide in both languages", "2025-01-10T09:00:00+00:00");
        mark("guides-ru/guide.adoc", "guides-en/guide.adoc");
        mark("content/ru/glossary.adoc", "content/en/glossary.adoc");
        git.commit("translations marked", "2025-01-11T09:00:00+00:00");
        edit("guides-en/guide.adoc", "The pods start within a minute:", "The pods start within a minute or two:");
        git.commit("English: pods are slower", "2025-03-14T10:30:00+00:00");
    }

    private void mark(String russian, String english) throws Exception {
        EnglishHistory history = EnglishHistory.of(ws);
        Path file = dir.resolve(russian);
        Files.writeString(file, SourceMark.apply(Files.readString(file), Page.Format.ASCIIDOC,
                history.current(Path.of(english), history.scheme())), StandardCharsets.UTF_8);
    }

    private void edit(String rel, String from, String to) throws Exception {
        Path file = dir.resolve(rel);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Document built(Path site, String page) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(page)));
    }

    @Test
    void anOutdatedTranslationHasARussianBannerThatLinksToEnglishAndSaysSinceWhen() throws Exception {
        Path site = dir.resolve("out");
        try (SiteGenerator generator = new SiteGenerator(ws)) {
            generator.build(site);
        }
        Element banner = built(site, "ru/guide.html").selectFirst("main > aside.translation-outdated");
        assertNotNull(banner, "the outdated Russian guide has the banner");
        assertEquals("ru", banner.attr("lang"));
        assertEquals("2025-03-14", banner.attr("data-since"));
        assertTrue(banner.text().contains("Английская версия этой страницы изменилась 14 марта 2025 г."), banner.text());
        assertEquals("../en/guide.html", banner.selectFirst("a").attr("href"));
        assertNull(built(site, "en/guide.html").selectFirst(".translation-outdated"), "English has no banner");
        assertNull(built(site, "ru/glossary.html").selectFirst(".translation-outdated"), "an up-to-date translation has none");
        assertFalse(Files.exists(site.resolve("review")), "the review is never published");
    }

    @Test
    void theGlossaryPageShowsEveryTermInBothLanguages() throws Exception {
        Path site = dir.resolve("out");
        try (SiteGenerator generator = new SiteGenerator(ws)) {
            generator.build(site);
        }
        for (String page : List.of("en/glossary.html", "ru/glossary.html")) {
            Element table = built(site, page).selectFirst("main table.glossary");
            assertNotNull(table, page);
            List<String> rows = table.select("tbody tr").stream().map(Element::text).toList();
            assertEquals(3, rows.size(), page + ": " + rows);
            assertTrue(rows.get(0).startsWith("deployment (the process) развертывание деплой…"), rows.get(0));
            assertTrue(rows.get(1).startsWith("Helm Helm"), rows.get(1));
            assertTrue(rows.get(2).startsWith("namespace пространство имён неймспейс…"), rows.get(2));
        }
        assertTrue(built(site, "ru/glossary.html").selectFirst("table.glossary").text().contains("(латиницей)"));
        assertTrue(built(site, "en/glossary.html").selectFirst("table.glossary").text().contains("(kept in Latin)"));
    }

    @Test
    void theReviewAlignsSectionsByIdAndHighlightsWhatEnglishChanged() throws Exception {
        Path site = dir.resolve("out");
        try (SiteGenerator generator = new SiteGenerator(ws)) {
            generator.build(site);
        }
        ReviewSite review = new ReviewSite(ws, () -> site);
        Document page = Jsoup.parse(review.page("/review/guide.html").orElseThrow());
        assertTrue(page.select("script").isEmpty(), "works without JavaScript");
        List<String> rows = page.select("section.review-row").stream().map(e -> e.id() + " " + e.className()).toList();
        // the Russian-only section stands where Russian has it: after 'check'
        assertEquals(List.of("row-top review-row same", "row-install review-row same", "row-check review-row changed",
                "row-notes review-row extra", "row-next review-row missing"), rows);

        Element check = page.getElementById("row-check");
        assertTrue(check.selectFirst(".review-en").text().contains("The pods start within a minute or two:"));
        assertTrue(check.selectFirst(".review-ru").text().contains("Поды запускаются за минуту:"));
        assertEquals(List.of(" or two"), check.select(".review-diff ins").eachText().stream().map(t -> " " + t.strip()).toList());
        assertTrue(check.selectFirst(".review-en pre").text().contains("kubectl --namespace demo get pods"), "the built code is shown");
        assertTrue(page.getElementById("row-next").selectFirst(".review-ru").text().contains("Нет в русской версии."));
        assertTrue(page.getElementById("row-notes").selectFirst(".review-en").text().contains("Not in English."));
        assertTrue(page.selectFirst(".review-status").text().startsWith("Outdated: English changed since 2025-03-14"));

        Document index = Jsoup.parse(review.page("/review/").orElseThrow());
        Element guide = index.getElementById("pair-guide");
        assertTrue(guide.text().contains("outdated") && guide.text().contains("2025-03-14"), guide.text());
        assertTrue(guide.text().contains("2 differences"), "the missing and the extra section: " + guide.text());
        assertTrue(index.getElementById("pair-glossary").text().contains("up to date"));

        assertEquals(Optional.empty(), review.page("/review/nope.html"));
        assertEquals(Optional.empty(), review.page("/review/../en/guide.html"));
    }
}
