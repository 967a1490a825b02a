package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Proves that the section tree parity compares is the one Asciidoctor builds: the same sections,
 * levels and ids (explicit, and generated with the site's idprefix and idseparator) for every
 * AsciiDoc page of this repository and for titles without explicit ids.
 */
class SectionTreeAsciidoctorTest {

    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void boot() {
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void shutdown() {
        asciidoctor.shutdown();
    }

    /** Level and id of every section, in document order, as Asciidoctor parses the text. */
    private static List<String> asciidoctorSections(String text) {
        Document doc = asciidoctor.load(text, Options.builder().safe(SafeMode.SECURE)
                .attributes(Attributes.builder().attribute("idprefix", "").attribute("idseparator", "-")
                        .attribute("snippets", "snippets").attribute("presets", "presets").attribute("snippets-url", "x").build())
                .build());
        List<String> out = new ArrayList<>();
        walk(doc, out);
        return out;
    }

    private static void walk(StructuralNode node, List<String> out) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section s) {
                out.add(s.getLevel() + " " + s.getId());
                walk(s, out);
            }
        }
    }

    private static List<String> ours(Page page) {
        return PageStructure.of(page).sections().all().stream().filter(s -> !s.isRoot())
                .map(s -> s.level() + " " + s.id()).toList();
    }

    @Test
    void everyAsciiDocPageOfTheRepositoryHasAsciidoctorsSectionTree() {
        Catalog catalog = Catalog.load(Workspace.at(Path.of("..").toAbsolutePath().normalize()));
        List<Page> pages = catalog.pages().stream().filter(p -> p.format() == Page.Format.ASCIIDOC).toList();
        assertFalse(pages.isEmpty(), "the repository has AsciiDoc pages");
        for (Page p : pages) {
            assertEquals(asciidoctorSections(p.text().text()), ours(p), p.path().toString());
        }
    }

    @Test
    void generatedIdsAreAsciidoctorsOnes(@TempDir Path root) {
        String text = """
                = Ids

                == Before you start

                == Option 1: one namespace (development and test)

                == What's new in 4.1?

                === Spark `4.1` is *much* faster -- really...

                == C++ & Java <tools>

                [#explicit]
                == With an explicit id

                == Обзор и подготовка

                == Before you start

                == Kubernetes 1.25+ / OpenShift 4.x

                == The _values_ file and snake_case_names

                == xref:other.adoc#x[Linked] title
                """;
        Fixture.write(root, "guides-en/ids.adoc", text);
        Page page = Catalog.load(Workspace.at(root)).pages().get(0);
        List<String> expected = asciidoctorSections(text);
        assertEquals(11, expected.size());
        assertEquals(expected, ours(page));
    }
}
