package org.sparkk8s.docs.verifier.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.snippet.TagSelection;
import org.sparkk8s.docs.core.text.SourceText;

class SnippetTextTest {

    private static final SnippetFile FILE = SnippetFile.parse("t/a.sh", SourceText.of("""
            #!/usr/bin/env bash
            # tag::all[]
            echo one
            # tag::inner[]
            echo two

            # end::inner[]
            echo three
            # end::all[]
            echo four
            """, Path.of("snippets/t/a.sh")));

    @Test
    void linesKeepTheirNumbersAcrossNestedTags() {
        assertEquals(List.of(new ScriptLine(3, "echo one"), new ScriptLine(5, "echo two"), new ScriptLine(6, ""),
                new ScriptLine(8, "echo three")), SnippetText.of(FILE, "all").lines());
        assertEquals(List.of(new ScriptLine(5, "echo two"), new ScriptLine(6, "")), SnippetText.of(FILE, "inner").lines());
    }

    @Test
    void selectionsWithNegationAndWildcards() {
        assertEquals(Set.of(3, 8), SnippetText.of(FILE, TagSelection.fromAttributes(null, "all;!inner")).contentLines());
        assertEquals(Set.of(3, 5, 8, 10), SnippetText.of(FILE, TagSelection.wholeFile()).contentLines(),
                "comments and tag lines are not content");
    }
}
