package org.sparkk8s.docs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.check.LinkChecker;

/** The presets page: a table and one card per preset, drawn from presets.yaml, each with its file to copy or download. */
class PresetPageTest {

    @TempDir
    static Path dir;

    static Workspace ws;
    static SiteGenerator generator;

    @BeforeAll
    static void build() {
        ws = Workspaces.copy("presets", dir.resolve("ws"));
        generator = new SiteGenerator(ws);
        generator.build(ws.siteDir());
    }

    @AfterAll
    static void close() {
        generator.close();
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(ws.siteDir().resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theTableListsEveryPresetInThePageLanguageAndLinksToItsCard() throws Exception {
        Document en = page("en/presets.html");
        assertEquals(List.of("Small Spark Connect", "Both lines"), en.select("table.presets tbody tr td:first-child strong").eachText());
        assertEquals(List.of("#preset-small", "#preset-both"), en.select("table.presets tbody a").eachAttr("href"));
        assertNotNull(en.getElementById("preset-small"));
        assertNotNull(en.getElementById("preset-both"));
        assertEquals("charts/spark-3.5 charts/spark-4.1", en.select("table.presets tbody tr").get(1).child(1).text());
        Document ru = page("ru/presets.html");
        assertEquals(List.of("Маленький Spark Connect", "Обе линейки"), ru.select("table.presets tbody tr td:first-child strong").eachText());
        assertEquals(List.of(), new LinkChecker(ws.siteDir(), "/").check());
    }

    @Test
    void eachCardShowsDescriptionChartsAndTheCopyCommand() throws Exception {
        Document en = page("en/presets.html");
        assertNull(en.selectFirst("div.paragraph.preset"), "every placeholder was replaced");
        Element small = en.selectFirst(".preset-card[data-preset=small]");
        assertEquals("Small Spark Connect. One executor, small requests. Chart: charts/spark-4.1. Copy it into the current folder: ./docs presets copy small",
                small.text());
        Element ru = page("ru/presets.html").selectFirst(".preset-card[data-preset=both]");
        assertEquals("Обе линейки. Отдельные базы метастора. Чарты: charts/spark-3.5, charts/spark-4.1. Скопировать в текущую папку: ./docs presets copy both",
                ru.text());
    }

    @Test
    void theFileFollowsItsCardHighlightedWithCopyAndDownloadButtons() throws Exception {
        for (String lang : List.of("en", "ru")) {
            Document d = page(lang + "/presets.html");
            for (String name : List.of("small", "both")) {
                String file = "values-" + name + ".yaml";
                Element listing = d.selectFirst(".preset-card[data-preset=" + name + "]").nextElementSibling();
                assertTrue(listing.hasClass("listingblock"), lang + " " + name);
                Element pre = listing.selectFirst("pre.rouge");
                assertEquals(Files.readString(ws.presetsDir().resolve(file)).stripTrailing(), pre.wholeText().stripTrailing(),
                        "the listing is the whole file, as published");
                assertFalse(pre.select("span[class]").isEmpty(), "highlighted on the server");
                assertNotNull(listing.selectFirst("button.copy-button"));
                Element download = listing.selectFirst("a.download-button");
                assertEquals("../presets/" + file, download.attr("href"));
                assertEquals(file, download.attr("download"));
                assertEquals((lang.equals("ru") ? "Скачать " : "Download ") + file, download.text());
                assertEquals(Files.readString(ws.presetsDir().resolve(file)),
                        Files.readString(ws.siteDir().resolve("en").resolve(download.attr("href")).normalize()),
                        "the download is the file itself");
            }
        }
    }

    @Test
    void aPresetWithoutACardFailsTheBuildAndKeepsThePreviousSite() throws Exception {
        Workspace w = Workspaces.copy("presets", dir.resolve("no-card"));
        Path en = w.root().resolve("content/en/presets.adoc");
        try (SiteGenerator g = new SiteGenerator(w)) {
            g.build(w.siteDir());
            String before = Files.readString(w.siteDir().resolve("en/presets.html"));
            Files.writeString(en, Files.readString(en).replace("[.preset]\nboth\n\n", ""));
            BuildFailure f = assertThrows(BuildFailure.class, () -> g.build(w.siteDir()));
            assertEquals("content/en/presets.adoc:7: preset 'both' of presets/presets.yaml has no [.preset] card on this page",
                    f.problems().get(0).toString());
            assertEquals(before, Files.readString(w.siteDir().resolve("en/presets.html")));

            BuildFailure inServe = assertThrows(BuildFailure.class, () -> g.update(Set.of(en)));
            assertEquals(f.problems().get(0).toString(), inServe.problems().get(0).toString());
            assertEquals(before, Files.readString(w.siteDir().resolve("en/presets.html")));
        }
    }

    @Test
    void aCardMustNameAKnownPresetAndEveryFileMustBeShown() throws Exception {
        Workspace w = Workspaces.copy("presets", dir.resolve("bad-card"));
        Path ru = w.root().resolve("content/ru/presets.adoc");
        String good = Files.readString(ru);
        try (SiteGenerator g = new SiteGenerator(w)) {
            Files.writeString(ru, good.replace("[.preset]\nboth\n", "[.preset]\nboht\n"));
            BuildFailure f = assertThrows(BuildFailure.class, () -> g.build(w.siteDir()));
            assertEquals("content/ru/presets.adoc:28: a [.preset] card names 'boht', which is not in presets/presets.yaml",
                    f.problems().get(0).toString());

            Files.writeString(ru, good.replace("include::{presets}/values-both.yaml[]", "include::{presets}/values-small.yaml[]"));
            f = assertThrows(BuildFailure.class, () -> g.build(w.siteDir()));
            assertEquals("content/ru/presets.adoc:7: preset 'both' is shown without its file: add include::{presets}/values-both.yaml[] after its card",
                    f.problems().get(0).toString());

            Files.writeString(ru, good.replace("[.preset]\nsmall\n\n[source,yaml]", "[.preset]\nsmall\n\nSome words.\n\n[source,yaml]"));
            f = assertThrows(BuildFailure.class, () -> g.build(w.siteDir()));
            assertEquals("content/ru/presets.adoc:17: the [.preset] card of 'small' must be followed by a listing that includes its file",
                    f.problems().get(0).toString());
        }
    }

    @Test
    void anUntranslatedPresetsPageStillBuilds() throws Exception {
        Workspace w = Workspaces.copy("presets", dir.resolve("untranslated"));
        Files.delete(w.root().resolve("content/ru/presets.adoc"));
        try (SiteGenerator g = new SiteGenerator(w)) {
            g.build(w.siteDir());
        }
        Document stub = Jsoup.parse(Files.readString(w.siteDir().resolve("ru/presets.html"), StandardCharsets.UTF_8));
        assertTrue(stub.text().contains("Эта страница ещё не переведена на русский язык."));
        assertNull(stub.selectFirst("div.paragraph.preset"));
    }
}
