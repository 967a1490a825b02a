package org.sparkk8s.docs.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.Workspaces;

/** {@code docs serve} shows a new verification report at once, and ignores the other files the verifier writes. */
class ServeReportTest {

    @TempDir
    Path dir;

    @Test
    void aNewReportRewritesThePagesWithBadgesAndJUnitFilesDoNothing() throws Exception {
        Workspace ws = Workspaces.copy("small", dir);
        LinkedBlockingQueue<BuildResult> rebuilt = new LinkedBlockingQueue<>();
        try (SiteGenerator generator = new SiteGenerator(ws);
             ServeSession session = ServeSession.start(generator, ws.siteDir(), new InetSocketAddress("127.0.0.1", 0),
                     new PrintWriter(new StringWriter(), true))) {
            session.onRebuilt(rebuilt::add);
            int port = session.url().getPort();
            assertFalse(RawHttp.send(port, "GET", "/en/deploy.html").body().contains("verify-badge"));

            Path junit = ws.verificationDir().resolve("junit");
            Files.createDirectories(junit);
            Files.writeString(junit.resolve("TEST-static.xml"), "<testsuite/>");
            assertNull(rebuilt.poll(500, TimeUnit.MILLISECONDS), "the verifier's other files rebuild nothing");

            // as the verifier writes it: a temporary file renamed into place
            Path tmp = ws.verificationDir().resolve("report12345.json.tmp");
            try (InputStream in = ServeReportTest.class.getResourceAsStream("/verification/report.json")) {
                Files.copy(in, tmp);
            }
            Files.move(tmp, ws.verificationDir().resolve("report.json"), StandardCopyOption.ATOMIC_MOVE);
            BuildResult r = rebuilt.poll(30, TimeUnit.SECONDS);
            assertNotNull(r, "a new report is noticed");
            assertTrue(r.written().contains("en/deploy.html") && r.written().contains("ru/deploy.html"), r.written().toString());
            String page = RawHttp.send(port, "GET", "/en/deploy.html").body();
            assertEquals(3, page.split("class=\"verify-badge ", -1).length - 1, "one badge per code block");
        }
    }
}
