package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.guide.Page;

class AsciiDocConverterTest {

    @TempDir
    Path dir;

    ConverterFixture fixture;
    AsciiDocConverter converter;

    @BeforeEach
    void setUp() {
        fixture = new ConverterFixture(dir);
        converter = new AsciiDocConverter(AsciidoctorRuntime.get(), fixture.workspace);
    }

    @Test
    void convertsIncludesWithRougeAndStableSectionIds() {
        Page page = fixture.guide(Language.EN, "g.adoc", """
                = Deploying *Spark*
                :nav-order: 3

                [#migration-strategy]
                == Migration strategy

                [source,bash]
                ----
                include::{snippets}/demo/install.sh[tag=install]
                ----

                == Rolling back

                WARNING: Check twice.
                """);
        ConvertedPage c = converter.convert(page);
        Document d = Jsoup.parseBodyFragment(c.body());
        assertEquals("Deploying <strong>Spark</strong>", c.titleHtml());
        assertEquals("Deploying Spark", c.titleText());
        assertEquals("migration-strategy", d.selectFirst("h2").id());
        assertEquals("rolling-back", d.select("h2").get(1).id());
        assertEquals("#rolling-back", d.select("h2").get(1).selectFirst("a.anchor").attr("href"));
        assertEquals("helm install spark-41 charts/spark-4.1 \\\n  --namespace spark",
                d.selectFirst("pre.rouge.highlight > code[data-lang=bash]").wholeText());
        assertTrue(d.selectFirst("pre.rouge code span.nb") != null, "Rouge classes: " + c.body());
        assertEquals("Warning", d.selectFirst(".admonitionblock.warning td.icon .title").text());
        assertTrue(d.select("h1").isEmpty(), "the title is drawn by the template");
    }

    @Test
    void russianCaptionsAreRussian() {
        Page page = fixture.guide(Language.RU, "g.adoc", "= Руководство\n\nNOTE: Примечание к тексту.\n\nTIP: Совет.\n");
        Document d = Jsoup.parseBodyFragment(converter.convert(page).body());
        assertEquals("Примечание", d.selectFirst(".admonitionblock.note .title").text());
        assertEquals("Совет", d.selectFirst(".admonitionblock.tip .title").text());
    }

    @Test
    void anIncludeOfAMissingFileFailsAtItsLine() {
        Page page = fixture.guide(Language.EN, "g.adoc", "= G\n\n[source,bash]\n----\ninclude::{snippets}/demo/nope.sh[tag=x]\n----\n");
        ContentException e = assertThrows(ContentException.class, () -> converter.convert(page));
        assertEquals("guides-en/g.adoc:5", e.location().toString());
        assertTrue(e.problem().contains("include file not found: snippets/demo/nope.sh"), e.problem());
    }

    @Test
    void aMissingTagFailsAtTheIncludeLine() {
        Page page = fixture.guide(Language.EN, "g.adoc", "= G\n\ntext\n\n[source,bash]\n----\ninclude::{snippets}/demo/install.sh[tag=upgrade]\n----\n");
        ContentException e = assertThrows(ContentException.class, () -> converter.convert(page));
        assertEquals("guides-en/g.adoc:7", e.location().toString());
        assertTrue(e.problem().contains("tag 'upgrade' not found"), e.problem());
    }

    @Test
    void anUnclosedTagFails() {
        Page page = fixture.guide(Language.EN, "g.adoc", "= G\n\n[source,bash]\n----\ninclude::{snippets}/demo/broken.sh[tag=open]\n----\n");
        ContentException e = assertThrows(ContentException.class, () -> converter.convert(page));
        assertTrue(e.problem().contains("unclosed tag 'open'"), e.problem());
    }

    @Test
    void aMissingAttributeFails() {
        Page page = fixture.guide(Language.EN, "g.adoc", "= G\n\nThe {release-name} release.\n");
        ContentException e = assertThrows(ContentException.class, () -> converter.convert(page));
        assertEquals("guides-en/g.adoc:3", e.location().toString());
        assertTrue(e.problem().contains("release-name"), e.problem());
    }
}
