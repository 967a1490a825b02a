package org.sparkk8s.docs.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.testing.TestGit;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.SourceMark;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.Workspaces;

/**
 * {@code docs serve} offers the review under {@code /review/}, links every page to it, and keeps
 * the Russian banner in step with the English page while the sources change.
 */
class ServeReviewTest {

    @TempDir
    Path dir;

    @Test
    void theReviewIsServedAndLinkedAndAnEnglishSaveFlagsTheRussianPage() throws Exception {
        Workspace ws = Workspaces.copy("translated", dir);
        TestGit git = TestGit.init(dir);
        Path ru = dir.resolve("guides-ru/guide.adoc");
        EnglishHistory history = EnglishHistory.of(ws);
        Files.writeString(ru, SourceMark.apply(Files.readString(ru), Page.Format.ASCIIDOC,
                history.current(Path.of("guides-en/guide.adoc"), history.scheme())), StandardCharsets.UTF_8);
        git.commit("translated", "2025-01-10T09:00:00+00:00");

        LinkedBlockingQueue<BuildResult> rebuilt = new LinkedBlockingQueue<>();
        try (SiteGenerator generator = new SiteGenerator(ws);
             ServeSession session = ServeSession.start(generator, ws.siteDir(), new InetSocketAddress("127.0.0.1", 0),
                     new PrintWriter(new StringWriter(), true))) {
            session.onRebuilt(rebuilt::add);
            int port = session.url().getPort();
            RawHttp.Answer index = RawHttp.send(port, "GET", "/review/");
            assertEquals(200, index.status());
            assertTrue(index.body().contains("Translation review"));
            assertEquals(200, RawHttp.send(port, "GET", "/review/guide.html").status());
            assertEquals(405, RawHttp.send(port, "POST", "/review/").status());
            assertEquals(404, RawHttp.send(port, "GET", "/review/nope.html").status());
            assertEquals(404, RawHttp.send(port, "GET", "/review/%2e%2e/en/guide.html").status());

            RawHttp.Answer en = RawHttp.send(port, "GET", "/en/guide.html");
            assertTrue(en.body().contains("href=\"/review/guide.html\""), "every served page links to its review");
            assertFalse(Files.readString(ws.siteDir().resolve("en/guide.html")).contains("/review/"), "the built file does not");
            assertFalse(RawHttp.send(port, "GET", "/ru/guide.html").body().contains("translation-outdated"));

            Path en1 = dir.resolve("guides-en/guide.adoc");
            Files.writeString(en1, Files.readString(en1).replace("Read the glossary.", "Read the glossary first."));
            BuildResult r = rebuilt.poll(30, TimeUnit.SECONDS);
            assertTrue(r.written().contains("ru/guide.html"), "the Russian page is rewritten for its banner: " + r.written());
            String page = RawHttp.send(port, "GET", "/ru/guide.html").body();
            assertTrue(page.contains("translation-outdated") && page.contains("ещё не закоммичены"), page);
        }
    }
}
