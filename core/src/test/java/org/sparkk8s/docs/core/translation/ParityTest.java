package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sparkk8s.docs.core.translation.Fixture.EN;
import static org.sparkk8s.docs.core.translation.Fixture.RU;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.PagePair;

/** Each kind of structural difference between a guide and its translation, reported at both files' lines. */
class ParityTest {

    @TempDir
    Path root;

    @BeforeEach
    void pair() {
        Fixture.workspace(root);
    }

    private List<String> problems() {
        PagePair pair = Fixture.pair(root);
        return Parity.compare(PageStructure.of(pair.en()), PageStructure.of(pair.ru())).stream().map(Problem::toString).toList();
    }

    @Test
    void aFaithfulTranslationHasTheSameStructure() {
        assertEquals(List.of(), problems());
        assertEquals(List.of(), Fixture.catalog(root).problems(), "the fixture itself is sound");
    }

    @Test
    void aSectionRemoved() {
        Fixture.edit(root, RU, """
                [#install-values]
                === Значения

                [cols="1,2",options="header"]
                |===
                | Значение | Смысл
                | `replicas` | Сколько подов
                |===

                Пресет `presets/values-demo.yaml` задаёт оба значения, см. xref:other.adoc#setup[другое руководство].

                """, "");
        assertEquals(List.of(RU + ":8: section 'install' has 1 subsection, English has 2 (" + EN
                + ":9): 'install-values' (English line 29) is missing"), problems());
    }

    @Test
    void sectionsReordered() {
        String check = """
                [#check]
                == Проверка

                [source,bash]
                ----
                include::{snippets}/demo/run.sh[tag=check]
                ----

                WARNING: Не пропускайте проверку.

                """;
        Fixture.edit(root, RU, check, "");
        Fixture.edit(root, RU, "[#install]\n", check + "[#install]\n");
        assertEquals(List.of(RU + ":1: the subsections of the page are in another order than in English (" + EN
                + ":1): check, install, cleanup; English: install, check, cleanup"), problems());
    }

    @Test
    void aSnippetIncludeChangedInOneLanguage() {
        Fixture.edit(root, RU, "[tags=install;wait]", "[tag=install]");
        assertEquals(List.of(RU + ":22: include of demo/run.sh#install differs from English, which includes "
                + "demo/run.sh[tags=install;wait] here (" + EN + ":23)"), problems());
    }

    @Test
    void aMissingInclude() {
        Fixture.edit(root, RU, """
                [source,bash]
                ----
                include::{snippets}/demo/run.sh[tag=namespace]
                ----
                """, "");
        assertEquals(List.of(RU + ":8: missing the include of demo/run.sh#namespace in section 'install' that English has ("
                + EN + ":15)"), problems());
    }

    @Test
    void aTableMissing() {
        Fixture.edit(root, RU, """
                [cols="1,2",options="header"]
                |===
                | Значение | Смысл
                | `replicas` | Сколько подов
                |===
                """, "Значение `replicas` — сколько подов.\n");
        assertEquals(List.of(RU + ":28: section 'install-values' has 0 tables, English has 1 (" + EN + ":32)"), problems());
    }

    @Test
    void anAdmonitionOfAnotherType() {
        Fixture.edit(root, RU, "WARNING: Не пропускайте", "NOTE: Не пропускайте");
        assertEquals(List.of(RU + ":46: admonition is NOTE, English has WARNING here (" + EN + ":47)"), problems());
    }

    @Test
    void aCrossReferenceAndAPresetMentionDropped() {
        Fixture.edit(root, RU, "Пресет `presets/values-demo.yaml` задаёт оба значения, см. xref:other.adoc#setup[другое руководство].",
                "Пресет задаёт оба значения.");
        assertEquals(List.of(
                RU + ":28: section 'install-values' lacks the cross-reference to other#setup that English has (" + EN + ":37)",
                RU + ":28: section 'install-values' lacks the mention of presets/values-demo.yaml that English has (" + EN + ":37)"),
                problems());
    }

    @Test
    void aSectionWhoseIdComesFromItsTitle() {
        Fixture.edit(root, RU, "[#cleanup]\n== Удаление", "== Удаление");
        assertEquals(List.of(RU + ":1: the subsections of the page differ from English (" + EN + ":1): 'cleanup' (English line 50) is missing",
                RU + ":48: section 'удаление' is not in English (its id comes from its title: give it the English section's id with [#id])"),
                problems());
    }

    @Test
    void aSectionIdPresentTwiceIsAnError() {
        Fixture.edit(root, RU, "[#cleanup]\n== Удаление", "[#check]\n== Удаление");
        PagePair pair = Fixture.pair(root);
        assertEquals(List.of(RU + ":49: section id 'check' is used twice on this page (first at line 39)"),
                PageStructure.of(pair.ru()).problems().stream().map(Problem::toString).toList());
    }
}
