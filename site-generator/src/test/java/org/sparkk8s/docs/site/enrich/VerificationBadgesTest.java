package org.sparkk8s.docs.site.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.Workspaces;
import org.sparkk8s.docs.site.check.LinkChecker;

/**
 * Badges and the status page from the fixture report ({@code src/test/resources/verification/}) on
 * the small workspace with three more includes: a region that passed, one exempt with its reason,
 * one skipped, a whole file that failed, an include of two regions (passed and exempt), and a file
 * the report does not know.
 */
class VerificationBadgesTest {

    @TempDir
    static Path dir;

    static Workspace ws;
    static SiteGenerator generator;

    @BeforeAll
    static void build() throws IOException {
        ws = verifiedWorkspace(dir.resolve("with-report"), true);
        generator = new SiteGenerator(ws);
        generator.build(ws.siteDir());
    }

    @AfterAll
    static void close() {
        generator.close();
    }

    /** The small workspace with the status pages and more includes; with the fixture report when {@code report}. */
    static Workspace verifiedWorkspace(Path into, boolean report) throws IOException {
        Workspace w = Workspaces.copy("small", into);
        Files.writeString(w.contentDir(Language.EN).resolve("verification.adoc"), resource("verification-en.adoc"));
        Files.writeString(w.contentDir(Language.RU).resolve("verification.adoc"), resource("verification-ru.adoc"));
        for (Language l : Language.values()) {
            Files.writeString(w.guidesDir(l).resolve("deploy.adoc"), resource("more-includes.adoc"), StandardOpenOption.APPEND);
        }
        if (report) {
            writeReport(w);
        }
        return w;
    }

    static void writeReport(Workspace w) throws IOException {
        Files.createDirectories(w.verificationDir());
        Path tmp = w.verificationDir().resolve("report.json.tmp");
        Files.writeString(tmp, resource("report.json"));
        Files.move(tmp, VerificationReport.file(w), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = VerificationBadgesTest.class.getResourceAsStream("/verification/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> ownTexts(List<Element> elements) {
        return elements.stream().map(Element::ownText).toList();
    }

    static Document page(Workspace w, String path) throws IOException {
        return Jsoup.parse(Files.readString(w.siteDir().resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyBlockThatShowsASnippetCarriesTheWeakestStatusOfWhatItShows() throws Exception {
        Document en = page(ws, "en/deploy.html");
        assertEquals(List.of("verified · render · 2026-11-21", "exempt", "not run", "exempt", "failed", "not run"),
                ownTexts(en.select(".listingblock .verify-badge")));
        assertEquals(List.of("verify-passed", "verify-exempt", "verify-not-run", "verify-exempt", "verify-failed", "verify-not-run"),
                en.select(".listingblock .verify-badge").stream().map(b -> b.className().replace("verify-badge ", "")).toList());
        List<String> titles = en.select(".listingblock .verify-badge").eachAttr("title");
        assertEquals("Verified at level render (helm-java v3.21.0 (offline)) on 2026-11-21 20:59 UTC: rendered by scenario demo:"
                + " helm install spark-infra charts/spark-infra → 8 objects in namespace spark", titles.get(0));
        assertEquals("Exempt from verification: needs a running cluster with the infrastructure installed", titles.get(1));
        assertEquals("Not run by the last verification (2026-11-21 20:58 UTC): runs at level api; this run goes up to render (scenario demo)",
                titles.get(2));
        assertEquals(titles.get(1), titles.get(3), "tags=infra;spark: passed and exempt regions make an exempt block");
        assertEquals("Verification failed on 2026-11-21 20:59 UTC: snippets/demo/values.yaml:4: key 'historyServer.enabld' is not"
                + " allowed by the chart's schema", titles.get(4));
        assertEquals("Not in the verification report of 2026-11-21 20:58 UTC: run ./docs verify", titles.get(5));
        assertEquals(". Exempt from verification: needs a running cluster with the infrastructure installed",
                en.select(".listingblock .verify-badge").get(1).selectFirst(".visually-hidden").text(), "the reason for screen readers too");
        assertEquals("verification.html#guide-deploy", en.selectFirst(".verify-badge").attr("href"));
        assertEquals(List.of("exempt"), ownTexts(page(ws, "en/notes.html").select(".verify-badge")), "Markdown pages too");
    }

    @Test
    void russianPagesSayItInRussian() throws Exception {
        Document ru = page(ws, "ru/deploy.html");
        assertEquals(List.of("проверено · render · 2026-11-21", "без проверки", "не запускалось", "без проверки", "ошибка проверки",
                "не запускалось"), ownTexts(ru.select(".listingblock .verify-badge")));
        assertTrue(ru.selectFirst(".verify-exempt").attr("title").startsWith("Не проверяется намеренно: needs a running cluster"));
    }

    @Test
    void theBadgeSitsOutsideTheCodeSoTheCopyButtonStillFindsExactlyTheSnippet() throws Exception {
        Page source = Catalog.load(ws).page(Path.of("guides-en/deploy.adoc")).orElseThrow();
        Catalog catalog = Catalog.load(ws);
        Document en = page(ws, "en/deploy.html");
        List<Element> blocks = en.select(".listingblock");
        assertEquals(source.includes().size(), blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Element content = blocks.get(i).selectFirst("> .content");
            assertNotNull(content.selectFirst("> button.copy-button"));
            assertNull(content.selectFirst(".verify-badge"), "nothing but the code and the button in .content");
            assertNotNull(blocks.get(i).selectFirst("> .verify-line > .verify-badge"));
            assertEquals(catalog.extract(source.includes().get(i)).orElseThrow().text(), content.selectFirst("pre").wholeText());
        }
    }

    @Test
    void theStatusPageGivesTheRunCoverageAndEverySnippetFailuresFirst() throws Exception {
        Document en = page(ws, "en/verification.html");
        Element status = en.selectFirst("main .verification-status");
        assertEquals(List.of("Written by ./docs verify on 2026-11-21 20:58 UTC.", "Levels: static, render",
                "Where: helm-java v3.21.0 (offline); static checks on this machine", "Live cluster: not run (./docs verify --cluster k3s)"),
                status.select(".verify-summary li").eachText());
        assertTrue(status.text().contains("Code blocks of the guides: 1 verified, 3 exempt, 2 not run, 1 failed."), status.text());
        assertEquals(List.of("snippets/demo/values.yaml:4: key 'historyServer.enabld' is not allowed by the chart's schema"
                + " (charts/spark-4.1/values.schema.json)"), status.select(".verify-failures li").eachText());
        assertEquals(List.of("Deploying the cluster", "100.0 % of 6 included: 4 run, 2 exempt", "100.0 % of 6 included: 4 run, 2 exempt"),
                status.select("tr:has(td:contains(Deploying the cluster))").first().select("td").eachText());
        assertEquals(List.of("Operating notes", "100.0 % of 1 included: 0 run, 1 exempt", "—"),
                status.select("tr:has(td:contains(Operating notes))").first().select("td").eachText());

        Element deploy = status.getElementById("guide-deploy");
        assertEquals("deploy.html", deploy.selectFirst("a").attr("href"));
        List<Element> rows = deploy.nextElementSibling().select("tbody tr");
        assertEquals(List.of("demo/values.yaml", "demo/install.sh", "demo/values.yaml#values", "demo/install.sh#spark",
                        "demo/install.sh[tags=infra;spark]", "demo/install.sh#infra"),
                rows.stream().map(r -> r.selectFirst("td code").text()).toList(),
                "failed, not in the report, skipped, exempt, verified; page order within");
        assertEquals(List.of("demo/values.yaml", "failed", "static", "2026-11-21",
                        "snippets/demo/values.yaml:4: key 'historyServer.enabld' is not allowed by the chart's schema"),
                rows.get(0).select("td").eachText());
        assertEquals(List.of("demo/install.sh", "not run", "—", "—", "not in the report"), rows.get(1).select("td").eachText());
        assertEquals("2026-11-21 20:59 UTC", rows.get(5).selectFirst("time").attr("title"));

        assertEquals(List.of("#coverage", "#failures", "#guide-deploy", "#guide-notes", "#guide-only-ru"),
                en.select("aside.toc a").eachAttr("href").stream().sorted().toList(), "the status page's parts are in its contents");
        Document ru = page(ws, "ru/verification.html");
        assertTrue(ru.selectFirst(".verify-summary li").text().startsWith("Отчёт записан командой ./docs verify 2026-11-21 20:58 UTC"));
        assertEquals(List.of(), new LinkChecker(ws.siteDir(), "/").check(), "badges and the status page link only to what exists");
    }

    @Test
    void theSearchIndexKeepsNeitherBadgesNorTheStatusTables() throws Exception {
        String index = Files.readString(ws.siteDir().resolve("search-index.json"));
        assertFalse(index.contains("verified ·") || index.contains("Exempt from verification") || index.contains("historyServer.enabld"), index);
        assertTrue(index.contains("What the verifier proved."), "the status page's own text is searchable");
    }

    @Test
    void withoutAReportThereAreNoBadgesAndTheStatusPageSaysHowToMakeOneUntilServeSeesIt() throws Exception {
        Workspace bare = verifiedWorkspace(dir.resolve("without-report"), false);
        try (SiteGenerator g = new SiteGenerator(bare)) {
            g.build(bare.siteDir());
            assertEquals(0, page(bare, "en/deploy.html").select(".verify-badge").size());
            assertTrue(page(bare, "en/verification.html").selectFirst(".verify-missing").text()
                    .startsWith("There is no verification report yet. Run ./docs verify: it checks every snippet"));
            assertTrue(page(bare, "ru/verification.html").selectFirst(".verify-missing").text().startsWith("Отчёта о проверке пока нет."));

            writeReport(bare);
            BuildResult r = g.update(Set.of(VerificationReport.file(bare)));
            assertTrue(r.written().containsAll(List.of("en/deploy.html", "ru/deploy.html", "en/notes.html", "en/verification.html")), r.written().toString());
            assertEquals(6, page(bare, "en/deploy.html").select(".verify-badge").size());
            assertNull(page(bare, "en/verification.html").selectFirst(".verify-missing"));

            Files.writeString(VerificationReport.file(bare), "{\"generatedAt\": ");
            g.update(Set.of(VerificationReport.file(bare)));
            assertEquals(0, page(bare, "en/deploy.html").select(".verify-badge").size());
            assertTrue(page(bare, "en/verification.html").selectFirst(".verify-missing").text()
                    .startsWith("The verification report target/verification/report.json cannot be read ("));
        }
    }
}
