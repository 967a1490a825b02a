package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.PageStructure;
import org.sparkk8s.docs.core.translation.Section;

/**
 * The parity check reads section ids from the Markdown source (core's SectionIds); the site takes
 * them from the converted headings (HeadingIds). Both must give every heading the same id.
 */
class SectionIdsAgreementTest {

    @TempDir
    Path dir;

    @Test
    void theIdsParityComparesAreTheIdsTheSiteGivesMarkdownHeadings() {
        List<String> titles = List.of("Migration strategy", "Install the `spark-infra` chart",
                "Option 1: same namespace (recommended for dev/test)", "What's new in 4.1?", "Быстрый старт",
                "Порядок развертывания: шаг 2", "A & B and C", "Migration strategy", "k8s_native.mode v2", "100% ready",
                "See [the guide](other.md) first", "The _values_ file", "Kept {#kept-id}");
        StringBuilder md = new StringBuilder("---\ntitle: Ids\n---\n\n");
        for (String t : titles) {
            md.append("## ").append(t).append("\n\ntext\n\n");
        }
        ConverterFixture fixture = new ConverterFixture(dir);
        Page page = fixture.guide(Language.EN, "ids.md", md.toString());
        List<String> site = Jsoup.parseBodyFragment(new MarkdownConverter(AsciidoctorRuntime.get()).convert(page, fixture.catalog()).body())
                .select("h2").stream().map(Element::id).toList();
        List<String> parity = PageStructure.of(page).sections().all().stream().filter(s -> !s.isRoot()).map(Section::id).toList();
        assertEquals(titles.size(), site.size());
        assertEquals(site, parity);
        assertEquals("kept-id", parity.get(parity.size() - 1));
    }
}
