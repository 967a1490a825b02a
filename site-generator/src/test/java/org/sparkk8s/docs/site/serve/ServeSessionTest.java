package org.sparkk8s.docs.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.Workspaces;

class ServeSessionTest {

    @TempDir
    Path dir;

    @Test
    void aSavedGuideIsRebuiltAndServedAndABrokenOneLeavesTheSiteAsItWas() throws Exception {
        Workspace ws = Workspaces.copy("small", dir);
        StringWriter log = new StringWriter();
        LinkedBlockingQueue<BuildResult> rebuilt = new LinkedBlockingQueue<>();
        try (SiteGenerator generator = new SiteGenerator(ws);
             ServeSession session = ServeSession.start(generator, ws.siteDir(), new InetSocketAddress("127.0.0.1", 0), new PrintWriter(log, true))) {
            session.onRebuilt(rebuilt::add);
            int port = session.url().getPort();
            assertTrue(RawHttp.send(port, "GET", "/ru/deploy.html").body().contains("Развертывание кластера"));

            Path guide = ws.guidesDir(Language.RU).resolve("deploy.adoc");
            String text = Files.readString(guide);
            Files.writeString(guide, text.replace("затем релиз Spark.", "затем релиз Spark. Новая строка."));
            BuildResult r = rebuilt.poll(30, TimeUnit.SECONDS);
            assertEquals(java.util.List.of("ru/deploy.html"), r.written());
            assertTrue(RawHttp.send(port, "GET", "/ru/deploy.html").body().contains("Новая строка."));

            Files.writeString(guide, text.replace("tag=infra", "tag=missing"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!log.toString().contains("guides-ru/deploy.adoc:11: tag 'missing' not found") && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(log.toString().contains("guides-ru/deploy.adoc:11: tag 'missing' not found"), log.toString());
            assertTrue(log.toString().contains("the site was not changed"), log.toString());
            assertTrue(RawHttp.send(port, "GET", "/ru/deploy.html").body().contains("Новая строка."));
        }
    }
}
