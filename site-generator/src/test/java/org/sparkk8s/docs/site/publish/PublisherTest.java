package org.sparkk8s.docs.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheWholeSiteAndLeavesNothingBeside() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/old.html"), "old");
        Publisher publisher = new Publisher(site);
        Path staged = publisher.begin();
        Files.writeString(staged.resolve("index.html"), "new");
        publisher.commit(staged);
        assertEquals("new", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("en/old.html")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary folders left beside the site");
        }
    }

    @Test
    void abortLeavesThePreviousSiteUntouched() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old");
        Publisher publisher = new Publisher(site);
        Path staged = publisher.begin();
        Files.writeString(staged.resolve("index.html"), "half-built");
        publisher.abort(staged);
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(staged));
    }

    @Test
    void aSingleFileIsReplacedInPlaceAndNeverOutsideTheSite() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Publisher publisher = new Publisher(site);
        publisher.replaceFile("en/page.html", "v1".getBytes());
        publisher.replaceFile("en/page.html", "v2".getBytes());
        assertEquals("v2", Files.readString(site.resolve("en/page.html")));
        try (Stream<Path> s = Files.list(site.resolve("en"))) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        try {
            publisher.replaceFile("../escape.html", "x".getBytes());
        } catch (IllegalArgumentException expected) {
            // refused
        }
        assertTrue(Files.notExists(dir.resolve("escape.html")));
    }
}
