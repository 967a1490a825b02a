package org.sparkk8s.docs.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jbake.parser.AsciidoctorEngine;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.Workspaces;
import org.sparkk8s.docs.site.convert.ConvertedPage;
import org.sparkk8s.docs.site.stage.JBakeProject;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;
import org.sparkk8s.docs.site.stage.StagedPage;

class JBakeOvenTest {

    @TempDir
    Path dir;

    /** Staged pages of the small fixture, with simple bodies standing in for converted HTML. */
    private List<StagedPage> staged(SitePlan plan) {
        List<StagedPage> out = new ArrayList<>();
        int i = 0;
        for (SitePage p : plan.pages()) {
            ConvertedPage c = p.shown() == null ? null
                    : new ConvertedPage("<p>Body of " + p.path() + " = 1 &amp; 2</p>", "Title of <em>" + p.slug() + "</em>", "Title of " + p.slug());
            out.add(StagedPage.of(p, c, SiteConfig.defaults(), i++));
        }
        return out;
    }

    @Test
    void bakesStagedHtmlAsItIsAndTheWarmTemplatePathWritesTheSameBytes() throws Exception {
        SitePlan plan = SitePlan.of(Catalog.load(Workspaces.copy("small", dir.resolve("ws"))));
        List<StagedPage> pages = staged(plan);
        Path out = dir.resolve("out");
        try (JBakeProject project = JBakeProject.create(dir.resolve("target"), pages.size())) {
            new JBakeOven().bake(project, pages, out);
        }
        PageTemplate direct = PageTemplate.fromClasspath();
        for (StagedPage p : pages) {
            String baked = Files.readString(out.resolve(p.page().path()), StandardCharsets.UTF_8);
            assertEquals(direct.render(p), baked, p.page().path());
        }
        String guide = Files.readString(out.resolve("en/deploy.html"), StandardCharsets.UTF_8);
        assertTrue(guide.contains("<p>Body of en/deploy.html = 1 &amp; 2</p>"), guide);
        assertTrue(guide.contains("<h1 class=\"page-title\">Title of <em>deploy</em></h1>"), guide);
        assertTrue(guide.contains("<html lang=\"en\">"));
        assertTrue(Files.readString(out.resolve("ru/notes.html"), StandardCharsets.UTF_8).contains("ещё не переведена"));
        assertTrue(Files.notExists(out.resolve("feed.xml")) && Files.notExists(out.resolve("archive.html")), "feeds and archive are off");
    }

    @Test
    void jbakeNeverStartsAnAsciidoctorOfItsOwn() throws Exception {
        SitePlan plan = SitePlan.of(Catalog.load(Workspaces.copy("small", dir.resolve("ws"))));
        try (JBakeProject project = JBakeProject.create(dir.resolve("target"), 10)) {
            new JBakeOven().bake(project, staged(plan), dir.resolve("out"));
        }
        AsciidoctorEngine engine = (AsciidoctorEngine) Engines.get("adoc");
        Field f = AsciidoctorEngine.class.getDeclaredField("engine");
        f.setAccessible(true);
        assertNull(f.get(engine), "JBake's AsciidoctorEngine created an Asciidoctor (a second JRuby boot)");
    }

    @Test
    void pagesAreSpreadOverTypesOfAtMostSixteenDocuments() {
        assertEquals("page-0", JBakeProject.type("page", 15));
        assertEquals("page-1", JBakeProject.type("page", 16));
        assertEquals("page-31", JBakeProject.type("page", 511));
    }
}
