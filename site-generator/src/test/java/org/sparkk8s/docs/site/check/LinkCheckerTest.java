package org.sparkk8s.docs.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @TempDir
    Path site;

    @Test
    void findsMissingFilesAndMissingAnchorsAndNothingElse() throws Exception {
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/a.html"), """
                <html><body>
                <h2 id="here">Here</h2>
                <a href="b.html#part">ok</a>
                <a href="b.html#nope">missing anchor</a>
                <a href="c.html">missing file</a>
                <a href="#here">ok</a>
                <a href="#gone">missing anchor here</a>
                <a href="https://spark.apache.org/">other site, not followed</a>
                <img src="../assets/pic.svg">
                <a href="/en/b.html">root-relative ok</a>
                <a href="../../outside.html">outside</a>
                </body></html>
                """);
        Files.writeString(site.resolve("en/b.html"), "<html><body><p id=\"part\">x</p></body></html>");
        List<BrokenLink> broken = new LinkChecker(site, "/").check();
        assertEquals(List.of(
                "en/a.html:4 b.html#nope",
                "en/a.html:5 c.html",
                "en/a.html:7 #gone",
                "en/a.html:9 ../assets/pic.svg",
                "en/a.html:11 ../../outside.html"),
                broken.stream().map(b -> b.page() + ":" + b.line() + " " + b.link()).toList());
    }
}
