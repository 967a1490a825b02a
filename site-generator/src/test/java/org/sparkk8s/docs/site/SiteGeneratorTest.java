package org.sparkk8s.docs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.check.LinkChecker;

/** The whole pipeline on the small fixture: what every page gets, and what serve's updates rewrite. */
class SiteGeneratorTest {

    @TempDir
    static Path dir;

    static Workspace ws;
    static SiteGenerator generator;
    static BuildResult built;

    @BeforeAll
    static void build() {
        ws = Workspaces.copy("small", dir);
        generator = new SiteGenerator(ws);
        built = generator.build(ws.siteDir());
    }

    @AfterAll
    static void close() {
        generator.close();
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(ws.siteDir().resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void publishesEveryPageInBothLanguagesWithStandInsForMissingTranslations() {
        assertEquals(Set.of("index.html", "404.html", "en/index.html", "ru/index.html", "en/deploy.html", "ru/deploy.html",
                "en/notes.html", "ru/notes.html", "en/only-ru.html", "ru/only-ru.html"), Set.copyOf(built.written()));
        for (String f : List.of("sitemap.xml", "search-index.json", "assets/site.css", "assets/rouge.css", "assets/site.js",
                "assets/search.js", "assets/ru-stemmer.js", "assets/lunr.min.js", "snippets/demo/install.sh", "en/images/releases.svg")) {
            assertTrue(Files.isRegularFile(ws.siteDir().resolve(f)), f);
        }
        assertEquals(List.of("guides-ru/only-ru.adoc: warning: no English counterpart (guides-en/only-ru.adoc); built without a page to switch to"),
                built.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void everyPageKnowsItsLanguageItsTranslationAndItsCanonicalUrl() throws Exception {
        Document en = page("en/deploy.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("http://127.0.0.1:8080/en/deploy.html", en.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(Map.of("en", "http://127.0.0.1:8080/en/deploy.html", "ru", "http://127.0.0.1:8080/ru/deploy.html",
                        "x-default", "http://127.0.0.1:8080/en/deploy.html"),
                Map.of("en", en.selectFirst("link[hreflang=en]").attr("href"), "ru", en.selectFirst("link[hreflang=ru]").attr("href"),
                        "x-default", en.selectFirst("link[hreflang=x-default]").attr("href")));
        assertEquals("../ru/deploy.html", en.selectFirst("nav.lang-switch a").attr("href"));
        assertEquals("ru", page("ru/deploy.html").selectFirst("html").attr("lang"));
        assertEquals("../en/deploy.html", page("ru/deploy.html").selectFirst("nav.lang-switch a").attr("href"));
    }

    @Test
    void anUntranslatedPageLeadsToAStandInWrittenInTheReadersLanguage() throws Exception {
        Document stub = page("ru/notes.html");
        assertEquals("ru", stub.selectFirst("html").attr("lang"));
        assertTrue(stub.text().contains("Эта страница ещё не переведена на русский язык."));
        assertEquals("../en/notes.html", stub.selectFirst("a.original-link").attr("href"));
        assertEquals("../en/notes.html", stub.selectFirst("a.back-link").attr("href"));
        assertEquals("noindex", stub.selectFirst("meta[name=robots]").attr("content"));
        assertNotNull(stub.getElementById("checks"), "links to the original's sections still land");
        Document enStub = page("en/only-ru.html");
        assertTrue(enStub.text().contains("This page has not been translated into English yet."));
        assertEquals("../ru/only-ru.html", enStub.selectFirst("a.original-link").attr("href"));
    }

    @Test
    void theSidebarIsOrderedByNavOrderThenTitle() throws Exception {
        Document en = page("en/notes.html");
        assertEquals(List.of("Spark on Kubernetes", "Deploying the cluster", "Operating notes", "Только по-русски RU"),
                en.select("#sidebar a").eachText());
        assertEquals("page", en.selectFirst("#sidebar li.current a").attr("aria-current"));
        assertEquals(List.of("Spark в Kubernetes", "Развертывание кластера", "Operating notes EN", "Только по-русски"),
                page("ru/deploy.html").select("#sidebar a").eachText());
    }

    @Test
    void contentPagesGetATableOfContentsCopyButtonsAndWorkingLinks() throws Exception {
        Document en = page("en/deploy.html");
        assertEquals(List.of("#install-the-infrastructure", "#install-spark", "#values"), en.select("aside.toc a").eachAttr("href"));
        assertEquals(3, en.select("main .listingblock button.copy-button").size());
        assertEquals("notes.html#checks", en.selectFirst("main a[href^=notes]").attr("href"));
        assertEquals("deploy.html", page("en/notes.html").selectFirst("main a[href^=deploy]").attr("href"), ".md link rewritten");
        assertTrue(page("en/index.html").body().hasClass("no-toc"));
        assertEquals(List.of(), new LinkChecker(ws.siteDir(), "/").check());
    }

    @Test
    void theRootPicksALanguageAndThe404PageWorksAtAnyDepth() throws Exception {
        Document root = page("index.html");
        assertEquals(List.of("en/index.html", "ru/index.html"), root.select("a.language-choice").eachAttr("href"));
        Document notFound = page("404.html");
        assertEquals("/assets/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of("/en/index.html", "/ru/index.html"), notFound.select("a.language-choice").eachAttr("href"));
    }

    @Test
    void theSitemapListsPagesWithTheirTranslations() throws Exception {
        String xml = Files.readString(ws.siteDir().resolve("sitemap.xml"), StandardCharsets.UTF_8);
        Document d = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(Set.of("http://127.0.0.1:8080/en/deploy.html", "http://127.0.0.1:8080/ru/deploy.html",
                "http://127.0.0.1:8080/en/index.html", "http://127.0.0.1:8080/ru/index.html",
                "http://127.0.0.1:8080/en/notes.html", "http://127.0.0.1:8080/ru/only-ru.html"), Set.copyOf(d.select("url > loc").eachText()));
        assertEquals(3, d.select("url:has(loc:contains(en/deploy.html)) > xhtml|link").size());
        assertEquals(0, d.select("url:has(loc:contains(en/notes.html)) > xhtml|link").size());
    }

    @Test
    void theSearchIndexHoldsBothLanguagesBySection() throws Exception {
        JsonNode index = new ObjectMapper().readTree(ws.siteDir().resolve("search-index.json").toFile());
        JsonNode ru = null;
        for (JsonNode n : index) {
            if (n.get("url").asText().equals("ru/deploy.html")) {
                ru = n;
            }
            assertFalse(n.get("url").asText().equals("ru/notes.html"), "stand-ins are not indexed");
        }
        assertNotNull(ru);
        assertEquals("ru", ru.get("lang").asText());
        assertEquals("Развертывание кластера", ru.get("title").asText());
        assertTrue(ru.get("text").asText().contains("Развертывание занимает несколько минут"));
        assertEquals("установка-инфраструктуры", ru.get("sections").get(0).get("anchor").asText());
        assertTrue(ru.get("sections").get(0).get("text").asText().contains("helm install spark-infra charts/spark-infra"));
    }

    @Test
    void nothingInTheSiteMakesABrowserContactAnotherHost() {
        assertEquals(List.of(), ExternalReferences.in(ws.siteDir(), SiteConfig.DEFAULT_BASE_URL));
    }

    @Test
    void aFailedUpdateChangesNothing() throws Exception {
        Path guide = ws.guidesDir(Language.EN).resolve("deploy.adoc");
        String good = Files.readString(guide);
        String before = Files.readString(ws.siteDir().resolve("en/deploy.html"));
        try {
            Files.writeString(guide, good.replace("tag=infra", "tag=nope"));
            BuildFailure f = assertThrows(BuildFailure.class, () -> generator.update(Set.of(guide)));
            assertTrue(f.problems().get(0).toString().startsWith("guides-en/deploy.adoc:13: tag 'nope' not found"), f.problems().toString());
            assertEquals(before, Files.readString(ws.siteDir().resolve("en/deploy.html")));
        } finally {
            Files.writeString(guide, good);
            generator.update(Set.of(guide));
        }
    }

    @Test
    void anEditRewritesOnlyThatPageUnlessTheNavigationChanges() throws Exception {
        Path guide = ws.guidesDir(Language.EN).resolve("deploy.adoc");
        String good = Files.readString(guide);
        String otherBefore = Files.readString(ws.siteDir().resolve("en/notes.html"));
        try {
            Files.writeString(guide, good.replace("then the Spark release.", "then the Spark release. Edited."));
            BuildResult r = generator.update(Set.of(guide));
            assertEquals(List.of("en/deploy.html"), r.written());
            assertTrue(Files.readString(ws.siteDir().resolve("en/deploy.html")).contains("Edited."));
            assertEquals(otherBefore, Files.readString(ws.siteDir().resolve("en/notes.html")));
            assertTrue(Files.readString(ws.siteDir().resolve("search-index.json")).contains("Edited."));

            Files.writeString(guide, good.replace("= Deploying the cluster", "= Deploying the whole cluster"));
            r = generator.update(Set.of(guide));
            assertEquals(10, r.written().size(), "a new title changes every sidebar");
            assertTrue(Files.readString(ws.siteDir().resolve("en/notes.html")).contains("Deploying the whole cluster"));
        } finally {
            Files.writeString(guide, good);
            generator.update(Set.of(guide));
        }
    }

    @Test
    void aSnippetChangeRewritesThePagesThatShowIt() throws Exception {
        Path snippet = ws.snippetsDir().resolve("demo/values.yaml");
        String good = Files.readString(snippet);
        try {
            Files.writeString(snippet, good.replace("enabled: false", "enabled: true # changed"));
            BuildResult r = generator.update(Set.of(snippet));
            assertEquals(Set.of("en/deploy.html", "ru/deploy.html"), Set.copyOf(r.written()));
            assertTrue(Files.readString(ws.siteDir().resolve("ru/deploy.html")).contains("# changed"));
            assertTrue(Files.readString(ws.siteDir().resolve("snippets/demo/values.yaml")).contains("# changed"), "published copy too");
        } finally {
            Files.writeString(snippet, good);
            generator.update(Set.of(snippet));
        }
    }
}
