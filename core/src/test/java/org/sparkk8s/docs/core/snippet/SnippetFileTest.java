package org.sparkk8s.docs.core.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.text.SourceText;

class SnippetFileTest {

    private static SnippetFile parse(String text) {
        return SnippetFile.parse("topic/demo.sh", SourceText.of(text, Path.of("snippets/topic/demo.sh")));
    }

    @Test
    void regionsAreFoundWithTheirLinesAndNesting() {
        SnippetFile f = parse("# tag::outer[]\necho a\n  # tag::inner[]\n  echo b\n  # end::inner[]\n# end::outer[]\n");
        assertEquals(List.of(new TagRegion("outer", 1, 6, 0), new TagRegion("inner", 3, 5, 1)), f.regions());
        assertEquals("echo a\n  echo b", f.extract("outer").text());
        assertEquals("  echo b", f.extract("inner").text());
        assertEquals(4, f.extract("inner").firstLine());
    }

    @Test
    void unclosedTagIsAnErrorAtTheLineItOpens() {
        ContentException e = assertThrows(ContentException.class, () -> parse("echo\n# tag::deploy[]\necho x\n"));
        assertEquals("snippets/topic/demo.sh:2", e.location().toString());
        assertEquals("snippets/topic/demo.sh:2: unclosed tag 'deploy': no end::deploy[] before the end of the file", e.getMessage());
    }

    @Test
    void mismatchedEndTagIsAnErrorAtTheEndTag() {
        ContentException e = assertThrows(ContentException.class,
                () -> parse("# tag::a[]\n# tag::b[]\n# end::a[]\n# end::b[]\n"));
        assertEquals(3, e.location().line());
        assertEquals("mismatched end tag: expected end::b[] (opened at line 2) but found end::a[]", e.problem());
    }

    @Test
    void endTagWithoutRegionIsAnError() {
        ContentException e = assertThrows(ContentException.class, () -> parse("echo\n# end::ghost[]\n"));
        assertEquals(2, e.location().line());
    }

    @Test
    void missingTagIsAnErrorAtTheIncludingLine() {
        SnippetFile f = parse("# tag::a[]\necho\n# end::a[]\n");
        SourceLocation guide = SourceLocation.of(Path.of("guides-en/x.adoc"), 12);
        ContentException e = assertThrows(ContentException.class, () -> f.extract(TagSelection.tag("b"), guide));
        assertEquals("guides-en/x.adoc:12: tag 'b' not found in snippets/topic/demo.sh (tags there: a)", e.getMessage());
    }

    @Test
    void kindFollowsTheExtension() {
        assertEquals(SnippetFile.Kind.SHELL, parse("echo").kind());
        assertEquals(SnippetFile.Kind.YAML,
                SnippetFile.parse("a/b.yaml", SourceText.of("a: 1", Path.of("snippets/a/b.yaml"))).kind());
    }
}
