package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;

class MarkdownConverterTest {

    @TempDir
    Path dir;

    ConverterFixture fixture;
    MarkdownConverter markdown;
    AsciiDocConverter asciidoc;

    @BeforeEach
    void setUp() {
        fixture = new ConverterFixture(dir);
        markdown = new MarkdownConverter(AsciidoctorRuntime.get());
        asciidoc = new AsciiDocConverter(AsciidoctorRuntime.get(), fixture.workspace);
    }

    @Test
    void anIncludeFenceShowsExactlyWhatTheAsciiDocIncludeShows() {
        fixture.write("guides-en/a.adoc", "= A\n\n[source,bash]\n----\ninclude::{snippets}/demo/install.sh[tag=install]\n----\n");
        fixture.write("guides-en/m.md", "---\ntitle: M\n---\n\n```bash include::{snippets}/demo/install.sh[tag=install]\n```\n");
        Catalog catalog = fixture.catalog();
        Page a = catalog.page(Path.of("guides-en/a.adoc")).orElseThrow();
        Page m = catalog.page(Path.of("guides-en/m.md")).orElseThrow();
        Element fromAsciiDoc = Jsoup.parseBodyFragment(asciidoc.convert(a).body()).selectFirst("div.listingblock");
        Element fromMarkdown = Jsoup.parseBodyFragment(markdown.convert(m, catalog).body()).selectFirst("div.listingblock");
        assertNotNull(fromMarkdown);
        assertEquals(fromAsciiDoc.outerHtml(), fromMarkdown.outerHtml());
        assertEquals(catalog.extract(m.includes().get(0)).orElseThrow().text(), fromMarkdown.selectFirst("code").wholeText());
    }

    @Test
    void admonitionsAndTablesLookLikeAsciidoctors() {
        fixture.write("guides-ru/m.md", """
                # Заметки

                !!! warning "Осторожно с базами"
                    Не делите одну базу метаданных между версиями.

                | Компонент | Общий |
                |-----------|-------|
                | PostgreSQL | да |
                """);
        Catalog catalog = fixture.catalog();
        ConvertedPage c = markdown.convert(catalog.page(Path.of("guides-ru/m.md")).orElseThrow(), catalog);
        Document d = Jsoup.parseBodyFragment(c.body());
        Element adm = d.selectFirst("div.admonitionblock.warning > table td.icon > div.title");
        assertEquals("Предупреждение", adm.text());
        assertEquals("Осторожно с базами", d.selectFirst("td.content > div.title").text());
        assertEquals("Не делите одну базу метаданных между версиями.", d.selectFirst("td.content > p").text());
        Element table = d.select("table").last();
        assertEquals(List.of("Компонент", "Общий"), table.select("thead th").eachText());
        assertEquals(List.of("PostgreSQL", "да"), table.select("tbody td").eachText());
        assertEquals("Заметки", c.titleText());
        assertTrue(d.select("h1").isEmpty(), "the title heading is drawn by the template, not twice");
        assertTrue(d.select("svg").isEmpty(), "no icon set from flexmark's admonition extension");
    }

    @Test
    void headingsGetAsciidoctorIdsOrTheirExplicitIds() {
        fixture.write("guides-en/m.md", "---\ntitle: M\n---\n\n## Migration strategy\n\n## Install `spark-infra`\n\n## Проверка {#check}\n\n## Migration strategy\n");
        Catalog catalog = fixture.catalog();
        Document d = Jsoup.parseBodyFragment(markdown.convert(catalog.page(Path.of("guides-en/m.md")).orElseThrow(), catalog).body());
        assertEquals(List.of("migration-strategy", "install-spark-infra", "check", "migration-strategy-2"), d.select("h2").eachAttr("id"));
        assertEquals("Проверка", d.select("h2").get(2).text());
        assertEquals("#check", d.select("h2").get(2).selectFirst("a.anchor").attr("href"));
    }

    @Test
    void plainFencesAreHighlightedAndKeepTheirIndentation() {
        fixture.write("guides-en/m.md", "# M\n\n```yaml\nconnect:\n  enabled: true\n```\n\n```\nno language\n```\n");
        Catalog catalog = fixture.catalog();
        Document d = Jsoup.parseBodyFragment(markdown.convert(catalog.page(Path.of("guides-en/m.md")).orElseThrow(), catalog).body());
        assertEquals("connect:\n  enabled: true", d.selectFirst("pre.rouge code[data-lang=yaml]").wholeText());
        assertNotNull(d.selectFirst("pre.rouge code span.na"), "YAML keys highlighted");
        Element plain = d.select("div.listingblock pre").get(1);
        assertFalse(plain.hasClass("rouge"));
        assertEquals("no language", plain.wholeText());
    }
}
