package org.sparkk8s.docs.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {

    @TempDir
    Path dir;

    Path site;
    SiteServer server;
    LiveReload liveReload;

    @BeforeEach
    void start() throws Exception {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("index.html"), "<html><body>root</body></html>");
        Files.writeString(site.resolve("en/page.html"), "<html><body><p>Страница</p></body></html>");
        Files.writeString(site.resolve("404.html"), "<html><body>not here</body></html>");
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(site.resolve("escape"), dir);
        Files.createSymbolicLink(site.resolve("secret-link.txt"), dir.resolve("secret.txt"));
        liveReload = new LiveReload();
        server = SiteServer.start(new InetSocketAddress("127.0.0.1", 0), () -> site, liveReload);
    }

    @AfterEach
    void stop() {
        server.close();
        liveReload.close();
    }

    @Test
    void servesFilesOfTheSiteWithTheReloadScriptInHtml() throws Exception {
        RawHttp.Answer page = RawHttp.send(server.port(), "GET", "/en/page.html");
        assertEquals(200, page.status());
        assertTrue(page.head().toLowerCase().contains("content-type: text/html; charset=utf-8"), page.head());
        assertTrue(page.body().contains("Страница"));
        assertTrue(page.body().contains(LiveReload.SCRIPT_TAG + "</body>"), page.body());
        assertFalse(Files.readString(site.resolve("en/page.html")).contains(LiveReload.SCRIPT_TAG), "the file is not changed");
        assertEquals("root", org.jsoup.Jsoup.parse(RawHttp.send(server.port(), "GET", "/").body()).body().ownText());
        assertEquals(200, RawHttp.send(server.port(), "GET", "/en/page%2Ehtml").status());
    }

    @Test
    void headAnswersWithoutABody() throws Exception {
        RawHttp.Answer head = RawHttp.send(server.port(), "HEAD", "/en/page.html");
        assertEquals(200, head.status());
        assertEquals("", head.body());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "PATCH")) {
            RawHttp.Answer a = RawHttp.send(server.port(), method, "/en/page.html");
            assertEquals(405, a.status(), method);
            assertTrue(a.head().contains("Allow: GET, HEAD"), a.head());
        }
    }

    @Test
    void nothingOutsideTheSiteIsReachable() throws Exception {
        for (String path : List.of("/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/en/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/escape/secret.txt", "/secret-link.txt",
                "/en/page.html%00.txt", "/%c0%ae%c0%ae/secret.txt")) {
            RawHttp.Answer a = RawHttp.send(server.port(), "GET", path);
            assertEquals(404, a.status(), path);
            assertFalse(a.body().contains("outside the site"), path);
        }
    }

    @Test
    void aMissingPageGetsTheSites404Page() throws Exception {
        RawHttp.Answer a = RawHttp.send(server.port(), "GET", "/en/nope/deeper.html");
        assertEquals(404, a.status());
        assertTrue(a.body().contains("not here"));
    }

    @Test
    void openPagesHearAboutRebuilds() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /__live/events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (!(line = in.readLine()).startsWith("retry:")) {
                // headers and chunk sizes
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (liveReload.listeners() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            liveReload.reload(List.of("/en/page.html"));
            while (!(line = in.readLine()).startsWith("data:")) {
                // event name, chunk sizes
            }
            assertEquals("data: [\"/en/page.html\"]", line);
        }
        assertEquals(200, RawHttp.send(server.port(), "GET", LiveReload.SCRIPT).status());
    }

    @Test
    void withoutLiveReloadPagesAreSentAsTheyAre() throws Exception {
        try (SiteServer plain = SiteServer.start(new InetSocketAddress("127.0.0.1", 0), () -> site, null)) {
            RawHttp.Answer page = RawHttp.send(plain.port(), "GET", "/en/page.html");
            assertEquals(Files.readString(site.resolve("en/page.html")), page.body());
            assertEquals(404, RawHttp.send(plain.port(), "GET", LiveReload.SCRIPT).status());
        }
    }
}
