package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Our Markdown heading ids must be the ids Asciidoctor itself gives the same titles. */
class HeadingIdsTest {

    private static final List<String> TITLES = List.of(
            "Migration strategy",
            "Install the `spark-infra` chart",
            "Option 1: same namespace (recommended for dev/test)",
            "What's new in 4.1?",
            "Spark 3.5.7 -- the LTS line",
            "Быстрый старт",
            "Порядок развертывания: шаг 2",
            "  Leading and trailing  ",
            "A & B <and> C",
            "Hive Metastore — isolation",
            "Migration strategy",
            "Migration strategy",
            "k8s_native.mode v2",
            "100% ready");

    @Test
    void markdownIdsAreAsciidoctorIds() {
        StringBuilder doc = new StringBuilder("= Title\n\n");
        for (String t : TITLES) {
            doc.append("== ").append(t.strip()).append("\n\ntext\n\n");
        }
        String html = AsciidoctorRuntime.get().asciidoctor().convert(doc.toString(), Options.builder()
                .safe(SafeMode.SAFE)
                .attributes(Attributes.builder().attribute("idprefix", "").attribute("idseparator", "-").build())
                .build());
        List<String> expected = new ArrayList<>();
        List<String> titlesHtml = new ArrayList<>();
        for (Element h : Jsoup.parse(html).select("h2")) {
            expected.add(h.id());
            titlesHtml.add(h.html());
        }
        HeadingIds ids = new HeadingIds();
        List<String> ours = new ArrayList<>();
        for (String titleHtml : titlesHtml) {
            ours.add(ids.next(titleHtml));
        }
        assertEquals(expected, ours);
        assertEquals("migration-strategy-3", ours.get(11));
        assertEquals("быстрый-старт", ours.get(5));
    }
}
