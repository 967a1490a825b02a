package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sparkk8s.docs.core.translation.Fixture.RU;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.text.SourceText;

/** The glossary file, its errors with lines, and the warnings for Russian pages that depart from it. */
class GlossaryTest {

    private static final String GLOSSARY = """
            # how Russian pages write terms
            Helm: keep
            History Server:
              ru: keep
              avoid: [сервер* истори*]
            namespace:
              ru: пространство имён
              avoid: [неймспейс*]
            deployment (the process):
              ru: развертывание
              avoid: [деплой*]
            release: релиз
            """;

    @TempDir
    Path root;

    private static Glossary parse(String yaml) {
        return Glossary.parse(SourceText.of(yaml, Path.of("content/glossary.yaml")));
    }

    private List<String> warnings(String russianText) {
        Fixture.workspace(root);
        Fixture.write(root, "content/glossary.yaml", GLOSSARY);
        Fixture.write(root, RU, russianText);
        Catalog catalog = Fixture.catalog(root);
        Page ru = catalog.pages(Language.RU).get(0);
        return new GlossaryCheck(catalog.glossary()).check(ru).stream().map(Problem::toString).toList();
    }

    @Test
    void termsKeepTheirOrderRenderingsAndLines() {
        Glossary g = parse(GLOSSARY);
        assertEquals(List.of("Helm", "History Server", "namespace", "deployment (the process)", "release"),
                g.terms().stream().map(Glossary.Term::english).toList());
        Glossary.Term deployment = g.terms().get(3);
        assertEquals("развертывание", deployment.russian());
        assertEquals(List.of("деплой*"), deployment.avoid());
        assertEquals(9, deployment.line());
        assertEquals("deployment", deployment.bare());
        assertTrue(g.terms().get(0).keep());
    }

    @Test
    void aTermGivenTwiceIsAnErrorAtItsSecondLine() {
        ContentException e = assertThrows(ContentException.class, () -> parse(GLOSSARY + "helm: keep\n"));
        assertEquals("content/glossary.yaml:13: term 'helm' is already in the glossary (line 2)", e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() {
        ContentException e = assertThrows(ContentException.class, () -> parse("pod:\n  ru: под\n  avodi: [поды]\n"));
        assertEquals("content/glossary.yaml:3: term 'pod': unknown key 'avodi' (expected ru, avoid)", e.getMessage());
    }

    @Test
    void aDuplicateGlossaryFailsTheCatalogWithFileAndLine() {
        Fixture.workspace(root);
        Fixture.write(root, "content/glossary.yaml", "Helm: keep\nchart: чарт\nChart: чарт\n");
        assertEquals(List.of("content/glossary.yaml:3: term 'Chart' is already in the glossary (line 2)"),
                Fixture.catalog(root).errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aTranslatedKeepTermAndAnAvoidedRenderingAreWarnings() {
        List<String> w = warnings("""
                = Руководство
                :description: Как развернуть релиз через Хелм.

                [#install]
                == Установка

                Сервер истории показывает приложения, а деплой идёт в неймспейсе `spark`.
                В коде `деплой` и ссылки https://example.org/Хелм не проверяются:

                [source,bash]
                ----
                # Хелм, неймспейс
                ----
                """);
        assertEquals(List.of(
                RU + ":2: warning: 'Хелм' for 'Helm': the glossary keeps 'Helm' in Latin (content/glossary.yaml:2)",
                RU + ":7: warning: 'Сервер истории' for 'History Server': the glossary keeps 'History Server' in Latin (content/glossary.yaml:3)",
                RU + ":7: warning: 'неймспейсе' for 'namespace': the glossary says 'пространство имён' (content/glossary.yaml:6)",
                RU + ":7: warning: 'деплой' for 'deployment (the process)': the glossary says 'развертывание' (content/glossary.yaml:9)"),
                w);
    }

    @Test
    void aRussianPageThatFollowsTheGlossaryHasNoWarnings() {
        assertEquals(List.of(), warnings("""
                = Руководство

                History Server и Helm остаются латиницей; развертывание идёт в пространство имён `spark`.
                """));
    }
}
