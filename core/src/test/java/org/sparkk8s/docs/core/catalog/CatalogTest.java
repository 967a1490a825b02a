package org.sparkk8s.docs.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.guide.Page;

class CatalogTest {

    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @BeforeEach
    void goodWorkspace() throws IOException {
        write("snippets/demo/run.sh", "#!/usr/bin/env bash\nset -euo pipefail\n# tag::hello[]\necho hello\n# end::hello[]\n");
        write("snippets/demo/verify.yaml", "scenarios: []\n");
        write("guides-en/demo.adoc", "= Demo\n:nav-order: 1\n\n[source,bash]\n----\ninclude::{snippets}/demo/run.sh[tag=hello]\n----\n");
        write("guides-ru/demo.adoc", "= Демо\n:nav-order: 1\n\n[source,bash]\n----\ninclude::{snippets}/demo/run.sh[tag=hello]\n----\n");
        write("content/en/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    }

    private Catalog load() {
        return Catalog.load(Workspace.at(root));
    }

    private static String onlyError(Catalog c) {
        List<Problem> errors = c.errors();
        assertEquals(1, errors.size(), "errors: " + errors);
        return errors.get(0).toString();
    }

    @Test
    void goodWorkspaceLoadsPairsSnippetsAndExtracts() {
        Catalog c = load();
        assertEquals(List.of(), c.problems());
        assertEquals(Set.of("demo/run.sh"), c.snippets().keySet(), "verify.yaml is not a snippet");
        PagePair pair = c.pairs().stream().filter(p -> p.kind() == Page.Kind.GUIDE).findFirst().orElseThrow();
        assertTrue(pair.isComplete());
        Page en = pair.en();
        assertEquals("echo hello", c.extract(en.includes().get(0)).orElseThrow().text());
        assertEquals("Демо", c.translation(en, Language.RU).orElseThrow().title());
        assertEquals(1, c.pages(Language.EN).stream().filter(p -> p.kind() == Page.Kind.PAGE).count());
    }

    @Test
    void includeOfMissingFile() throws IOException {
        write("guides-en/demo.adoc", "= Demo\n\n----\ninclude::{snippets}/demo/nope.sh[tag=hello]\n----\n");
        assertEquals("guides-en/demo.adoc:4: snippet not found: snippets/demo/nope.sh", onlyError(load()));
    }

    @Test
    void missingTag() throws IOException {
        write("guides-en/demo.adoc", "= Demo\n\n----\ninclude::{snippets}/demo/run.sh[tag=bye]\n----\n");
        assertEquals("guides-en/demo.adoc:4: tag 'bye' not found in snippets/demo/run.sh (tags there: hello)", onlyError(load()));
    }

    @Test
    void unclosedTagIsReportedAtTheSnippetAndTheInclude() throws IOException {
        write("snippets/demo/run.sh", "# tag::hello[]\necho hello\n");
        Catalog c = load();
        assertEquals(3, c.errors().size(), c.errors().toString());
        assertEquals("snippets/demo/run.sh:1: unclosed tag 'hello': no end::hello[] before the end of the file",
                c.errors().get(0).toString());
        assertTrue(c.errors().get(1).toString().equals("guides-en/demo.adoc:6: cannot include snippets/demo/run.sh: it has an error at snippets/demo/run.sh:1"));
    }

    @Test
    void includePathLeavingTheRepository() throws IOException {
        write("guides-en/demo.adoc", "= Demo\n\n----\ninclude::{snippets}/../../etc/passwd[]\n----\n");
        assertEquals("guides-en/demo.adoc:4: include path '{snippets}/../../etc/passwd' leaves the repository", onlyError(load()));
        write("guides-en/demo.adoc", "= Demo\n\ninclude::../../../etc/passwd[]\n");
        assertEquals("guides-en/demo.adoc:3: include path '../../../etc/passwd' leaves the repository", onlyError(load()));
    }

    @Test
    void pagesIncludeOnlySnippetsAndPresets() throws IOException {
        write("guides-en/part.adoc", "= Part\n");
        write("guides-en/demo.adoc", "= Demo\n\ninclude::part.adoc[]\n");
        assertTrue(onlyError(load()).startsWith("guides-en/demo.adoc:3: pages include only snippets and presets"));
    }

    @Test
    void malformedFrontMatter() throws IOException {
        write("content/en/index.md", "---\ntitle: Home\n  bad: [\n---\nWelcome.\n");
        String e = onlyError(load());
        assertTrue(e.startsWith("content/en/index.md:"), e);
        assertTrue(e.contains("malformed YAML front matter"), e);
    }

    @Test
    void twoGuidesWithTheSameSlug() throws IOException {
        write("guides-en/demo.md", "# Demo in Markdown\n");
        assertEquals("guides-en/demo.md:1: two pages with the same slug 'demo' in en: guides-en/demo.adoc and guides-en/demo.md"
                + " would both publish en/demo.html", onlyError(load()));
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Files.write(root.resolve("guides-ru/demo.adoc"), "= Демо\n\nтекст\n".getBytes(Charset.forName("KOI8-R")));
        String e = onlyError(load());
        assertTrue(e.startsWith("guides-ru/demo.adoc:1: not valid UTF-8"), e);
    }

    @Test
    void russianGuideWithoutEnglishIsAWarningOnly() throws IOException {
        write("guides-ru/only-ru.adoc", "= Только по-русски\n");
        Catalog c = load();
        assertEquals(List.of(), c.errors());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).toString().startsWith("guides-ru/only-ru.adoc: warning: no English counterpart"));
    }

    @Test
    void reloadReadsOnlyWhatChangedAndRecomputesIncludeErrors() throws IOException {
        Catalog before = load();
        write("snippets/demo/run.sh", "# tag::bye[]\necho bye\n# end::bye[]\n");
        Catalog after = before.reload(Set.of(root.resolve("snippets/demo/run.sh")));
        assertEquals(2, after.errors().size(), "both guides include the vanished tag: " + after.errors());
        write("snippets/demo/run.sh", "# tag::hello[]\necho hi again\n# end::hello[]\n");
        Catalog fixed = after.reload(Set.of(root.resolve("snippets/demo/run.sh")));
        assertEquals(List.of(), fixed.problems());
        Page en = fixed.page(Language.EN, "demo").orElseThrow();
        assertEquals("echo hi again", fixed.extract(en.includes().get(0)).orElseThrow().text());
        Files.delete(root.resolve("guides-ru/demo.adoc"));
        Catalog fewer = fixed.reload(Set.of(root.resolve("guides-ru/demo.adoc")));
        assertTrue(fewer.page(Language.RU, "demo").isEmpty());
    }

    @Test
    void presetFilesAreIncludedWhole() throws IOException {
        write("presets/values-a.yaml", "# header comment\nconnect:\n  enabled: true\n");
        write("guides-en/demo.adoc", "= Demo\n\n[source,yaml]\n----\ninclude::{presets}/values-a.yaml[]\n----\n");
        Catalog c = load();
        assertEquals(List.of(), c.errors());
        Page en = c.page(Language.EN, "demo").orElseThrow();
        assertEquals("presets/values-a.yaml", en.includes().get(0).snippetId());
        assertEquals("# header comment\nconnect:\n  enabled: true", c.extract(en.includes().get(0)).orElseThrow().text());
        write("guides-en/demo.adoc", "= Demo\n\ninclude::{presets}/values-b.yaml[]\n");
        assertEquals("guides-en/demo.adoc:3: preset file not found: presets/values-b.yaml", onlyError(load()));
    }

    @Test
    void presetIndexErrorsNameTheLine() throws IOException {
        write("charts/spark-4.1/Chart.yaml", "apiVersion: v2\nname: spark-4.1\nversion: 0.1.0\n");
        write("presets/values-a.yaml", "connect: {}\n");
        write("presets/presets.yaml", """
                presets:
                  - name: a
                    file: values-a.yaml
                    chart: charts/spark-4.1
                    title: { en: A, ru: А }
                    description: { en: A, ru: А }
                    colour: red
                """);
        String e = onlyError(load());
        assertTrue(e.startsWith("presets/presets.yaml:7: unknown key 'colour'"), e);
        write("presets/presets.yaml", """
                presets:
                  - name: a
                    file: values-missing.yaml
                    chart: charts/spark-4.1
                    title: { en: A, ru: А }
                    description: { en: A, ru: А }
                """);
        assertEquals("presets/presets.yaml:2: preset 'a': file presets/values-missing.yaml not found", onlyError(load()));
    }
}
