package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.BuildFailure;

class PageConverterTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedPageIsConvertedOnlyOnceAndASnippetChangeConvertsItAgain() {
        ConverterFixture f = new ConverterFixture(dir);
        f.write("guides-en/a.adoc", "= A\n\n[source,bash]\n----\ninclude::{snippets}/demo/install.sh[tag=install]\n----\n");
        f.write("guides-en/b.md", "# B\n\ntext\n");
        try (PageConverter converter = new PageConverter(AsciidoctorRuntime.get(), f.workspace)) {
            Catalog catalog = f.catalog();
            var first = converter.convertAll(catalog.pages(), catalog);
            assertEquals(2, converter.conversions());

            Catalog again = f.catalog();
            var second = converter.convertAll(again.pages(), again);
            assertEquals(2, converter.conversions(), "nothing changed, nothing converted");
            assertSame(first.values().iterator().next(), second.values().iterator().next());

            f.write("snippets/demo/install.sh", ConverterFixture.SNIPPET.replace("spark-41", "spark-42")
                    .replace("# tag::open[]\necho \"never closed\"\n", ""));
            Catalog changed = f.catalog();
            Page a = changed.page(Path.of("guides-en/a.adoc")).orElseThrow();
            assertTrue(converter.convert(a, changed).body().contains("spark-42"));
            assertEquals(3, converter.conversions(), "only the page that includes the snippet");
            converter.convertAll(changed.pages(), changed);
            assertEquals(3, converter.conversions());
        }
    }

    @Test
    void everyFailingPageIsReportedNotJustTheFirst() {
        ConverterFixture f = new ConverterFixture(dir);
        f.write("guides-en/a.adoc", "= A\n\nUses {undefined-one}.\n");
        f.write("guides-en/b.adoc", "= B\n\nfine\n");
        f.write("guides-en/c.adoc", "= C\n\nline\n\nUses {undefined-two}.\n");
        try (PageConverter converter = new PageConverter(AsciidoctorRuntime.get(), f.workspace)) {
            Catalog catalog = f.catalog();
            BuildFailure failure = assertThrows(BuildFailure.class, () -> converter.convertAll(catalog.pages(), catalog));
            List<String> where = failure.problems().stream().map(Problem::location).map(Object::toString).toList();
            assertEquals(List.of("guides-en/a.adoc:3", "guides-en/c.adoc:5"), where);
        }
    }
}
