package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;

/**
 * Part of {@code mvn verify}: this repository's translations have the structure of their English
 * pages, every required translation exists and every recorded source can be read. Outdated
 * translations and glossary findings are warnings and do not fail the build.
 */
class RepositoryTranslationsTest {

    @Test
    void everyPairOfThisRepositoryPassesTheTranslationCheck() {
        Workspace ws = Workspace.at(Path.of("..").toAbsolutePath().normalize());
        Catalog catalog = Catalog.load(ws);
        assertFalse(catalog.pairs().isEmpty(), "found the repository's pages at " + ws);
        List<String> errors = TranslationCheck.run(catalog, EnglishHistory.of(ws)).stream()
                .filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(List.of(), errors, "translation errors:\n" + String.join("\n", errors));
    }
}
