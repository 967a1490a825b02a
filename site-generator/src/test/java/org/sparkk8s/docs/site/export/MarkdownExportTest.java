package org.sparkk8s.docs.site.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.BuildFailure;
import org.sparkk8s.docs.site.Workspaces;
import org.sparkk8s.docs.site.convert.AsciidoctorRuntime;

/** The Markdown export of the {@code export} fixture: one AsciiDoc guide in two languages and one Markdown guide. */
class MarkdownExportTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^( *)(`{3,})[a-z]+\\n([\\s\\S]*?)\\n\\1\\2$");

    @TempDir
    static Path dir;

    static Workspace ws;
    static Catalog catalog;
    static Map<String, String> files;

    @BeforeAll
    static void export() {
        ws = Workspaces.copy("export", dir.resolve("ws"));
        catalog = Catalog.load(ws);
        files = new MarkdownExport(AsciidoctorRuntime.get(), catalog).files();
    }

    @Test
    void namesEachGuideBySlugWithRuForRussianAndListsThemInAReadme() {
        assertEquals(List.of("DEMO.md", "DEMO-RU.md", "OTHER.md", "README.md"), List.copyOf(files.keySet()));
        String readme = files.get("README.md");
        assertTrue(readme.contains("| [Demo: the \\`app\\` chart](DEMO.md) | [Демо: чарт \\`app\\`](DEMO-RU.md) |"), readme);
        assertTrue(readme.contains("| [Other guide](OTHER.md) | (не переведено) |"), readme);
    }

    @Test
    void everyFileSaysWhereItComesFromThenGivesTitleAndDescription() {
        String demo = files.get("DEMO.md");
        assertTrue(demo.startsWith("<!-- Generated from guides-en/demo.adoc by `docs export-markdown`. Do not edit by hand:"
                + " change the source and run ./docs export-markdown. -->\n\n# Demo: the `app` chart\n\n"
                + "Install the demo release, check it and read the \\*rules\\*.\n\n"), demo);
        assertTrue(files.get("DEMO-RU.md").startsWith("<!-- Generated from guides-ru/demo.adoc by"));
        assertTrue(files.get("OTHER.md").contains("\n\n# Other guide\n\nA guide in Markdown.\n\nSee "), files.get("OTHER.md"));
        assertTrue(demo.endsWith("Back to [Install it](#install).\n"));
    }

    @Test
    void codeBlocksHoldExactlyWhatCoreExtractsInTheirLanguage() {
        for (Page page : catalog.guides()) {
            String md = files.get(ExportLinks.fileName(page));
            List<String> shown = new ArrayList<>();
            Matcher m = FENCE.matcher(md);
            while (m.find()) {
                shown.add(m.group(3).replaceAll("(?m)^" + m.group(1), ""));
            }
            List<String> extracted = page.includes().stream().map(i -> catalog.extract(i).orElseThrow().text()).toList();
            assertEquals(extracted, shown, page.path().toString());
        }
        assertTrue(files.get("DEMO.md").contains("```bash\nhelm install infra"));
        assertTrue(files.get("DEMO.md").contains("```yaml\n# A small release"), "a preset is included as it is");
        assertTrue(files.get("OTHER.md").contains("```bash\nkubectl get pods -n demo\n```"));
    }

    @Test
    void headingsCarryTheSiteIdsAsAnchorsAndInPageReferencesUseThem() {
        String demo = files.get("DEMO.md");
        assertTrue(demo.contains("<a id=\"install\"></a>\n\n## Install it\n"));
        assertTrue(demo.contains("<a id=\"preset\"></a>\n\n### Preset\n"), "a generated id, as the site's");
        assertTrue(demo.contains("<a id=\"generated-id-here\"></a>\n\n## Generated id here\n"));
        assertTrue(demo.contains("Install the app with [Install it](#install) and mind [the rules](#rules);"));
        assertTrue(files.get("DEMO-RU.md").contains("<a id=\"install\"></a>\n\n## Установка\n"), "the same id in Russian");
        assertTrue(files.get("DEMO-RU.md").contains("<a id=\"сгенерированный-id\"></a>"));
        String other = files.get("OTHER.md");
        assertTrue(other.contains("<a id=\"details\"></a>\n\n## Details\n"), "{#id} becomes the anchor");
        assertTrue(other.contains("<a id=\"second-section\"></a>\n\n## Second section\n"));
    }

    @Test
    void linksLeadToSiblingExportsAndRepositoryFiles() {
        String demo = files.get("DEMO.md");
        assertTrue(demo.contains("[Other details](OTHER.md#details)"));
        assertTrue(demo.contains("[the presets page](../../presets/)"));
        assertTrue(demo.contains("[the glossary](../../content/en/glossary.adoc)"));
        assertTrue(demo.contains("[home](README.md)"));
        assertTrue(demo.contains("[install.sh](../../snippets/demo/install.sh)"));
        assertTrue(demo.contains("[the upstream docs](https://example.org/docs) or <http://localhost:8080> directly"));
        assertTrue(demo.contains("![Two releases](../../guides-en/images/demo.svg)"));
        assertTrue(files.get("DEMO-RU.md").contains("![Два релиза](../../guides-ru/images/demo.svg)"), "each language its own image");
        assertTrue(files.get("DEMO-RU.md").contains("[подробности](OTHER.md#details)"), "no Russian page: the English one");
        String other = files.get("OTHER.md");
        assertTrue(other.contains("See [the demo](DEMO.md#install), [the script](../../snippets/demo/check.sh) and\n"
                + "![a picture](../../guides-en/images/demo.svg)."), other);
        assertTrue(other.contains("| a | [b](DEMO.md) |"));
    }

    @Test
    void admonitionsBecomeGitHubAlerts() {
        String demo = files.get("DEMO.md");
        for (String type : List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION")) {
            assertTrue(demo.contains("\n> [!" + type + "]\n> "), type);
        }
        assertTrue(demo.contains("> [!NOTE]\n> The namespace is created by the first command.\n"));
        assertTrue(files.get("OTHER.md").contains("> [!WARNING]\n> **Mind this**\n>\n> Text of the warning with a [link](DEMO.md).\n>\n"
                + "> Second paragraph.\n"), files.get("OTHER.md"));
    }

    @Test
    void tablesAreGfmTablesWithPipesEscapedAndBlockCellsFlattened() {
        String demo = files.get("DEMO.md");
        assertTrue(demo.contains("| Name | Value | Note |\n| --- | --- | --- |\n| pipe | `a\\|b` and x \\| y | plain |\n"
                + "| Cell<br><br>with two paragraphs<br><br>• and<br>• a list | second | third |\n"), demo);
        assertTrue(files.get("OTHER.md").contains("| Column | Other |\n| --- | --- |\n"), "a Markdown table laid out as the others");
    }

    @Test
    void inlineTextIsEscapedForMarkdownAndListsKeepTheirBlocks() {
        String demo = files.get("DEMO.md");
        assertTrue(demo.contains("It’s 5 \\* 3 and a_b, *init*, \\[brackets\\], `a|b` and \\$HOME."), demo);
        assertTrue(demo.contains("1. First rule with **strong** and *emphasis*.\n2. Second rule\n   - nested one\n   - nested two\n"
                + "3. Third rule with a listing:\n\n   ```bash\n   kubectl get pods -n demo\n   ```\n"), demo);
    }

    @Test
    void whatGitHubMarkdownCannotShowFailsAtItsLine() throws Exception {
        Workspace broken = Workspaces.copy("export", dir.resolve("broken"));
        Path guide = broken.guidesDir(Language.EN).resolve("demo.adoc");
        Files.writeString(guide, Files.readString(guide) + "\nA footnote.footnote:[Not in Markdown.]\n", StandardCharsets.UTF_8);
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> new MarkdownExport(AsciidoctorRuntime.get(), Catalog.load(broken)).files());
        assertEquals("guides-en/demo.adoc:69: 'inline_footnote' has no GitHub Markdown form in the export: use another construct",
                f.problems().get(0).toString());
    }

    @Test
    void aStaleFileIsNamedWithItsFirstDifferingLineAndWriteBringsTheFolderUpToDate() throws Exception {
        Workspace copy = Workspaces.copy("export", dir.resolve("stale"));
        MarkdownExport export = new MarkdownExport(AsciidoctorRuntime.get(), Catalog.load(copy));
        Path out = copy.root().resolve(MarkdownExport.folder());
        assertEquals(List.of("DEMO.md", "DEMO-RU.md", "OTHER.md", "README.md"), export.write(out).changed());
        assertEquals(List.of(), export.staleIn(out));

        Path demo = out.resolve("DEMO.md");
        Files.writeString(demo, Files.readString(demo).replace("## Rules", "## Rules edited by hand"));
        Files.writeString(out.resolve("GONE.md"), MarkdownExport.GENERATED + "guides-en/gone.adoc -->\n");
        Files.writeString(out.resolve("NOTES.md"), "# Someone's own notes\n");
        Files.delete(out.resolve("OTHER.md"));
        List<String> stale = export.staleIn(out).stream().map(StaleExport::toString).toList();
        assertEquals(List.of(
                "markdown/guides/DEMO.md:27: differs from a fresh export: expected \"## Rules\", found \"## Rules edited by hand\"; run ./docs export-markdown",
                "markdown/guides/OTHER.md: missing; run ./docs export-markdown",
                "markdown/guides/GONE.md: no guide makes this export any more; run ./docs export-markdown"), stale);

        MarkdownExport.Written w = export.write(out);
        assertEquals(List.of("DEMO.md", "OTHER.md"), w.changed());
        assertEquals(List.of("GONE.md"), w.removed());
        assertTrue(Files.exists(out.resolve("NOTES.md")), "a file the export did not write is left alone");
        assertEquals(List.of(), export.staleIn(out));
    }

    @Test
    void theSiteIsNotAffectedByTheExportsIncludeProcessor() {
        Include first = catalog.guides().get(0).includes().get(0);
        assertFalse(new CatalogIncludes().handles(ws.snippetsDir() + "/" + first.snippetPath()),
                "the site's includes resolve to real paths, which the export's processor never claims");
    }
}
