package org.sparkk8s.docs.core.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.text.SourceText;

class PageParserTest {

    private static Page parse(String file, String text) {
        Path p = Path.of(file);
        return PageParser.parse(Page.Kind.GUIDE, Language.EN, p, SourceText.of(text, p));
    }

    @Test
    void asciidocHeaderIncludesAndCodeBlocks() {
        Page g = parse("guides-en/multi.adoc", """
                = Multi-version deployment
                :description: Spark 3.5.7 and 4.1.0 side by side
                :nav-order: 2
                :translation-source: 0123abcd

                Intro.

                [source,bash]
                ----
                include::{snippets}/multi-version/deploy.sh[tag=deploy-35]
                ----

                .Values
                [source,yaml]
                ----
                include::{snippets}/multi-version/values.yaml[tags="a;!b"]
                ----

                ----
                inline command
                ----
                """);
        assertEquals("Multi-version deployment", g.title());
        assertEquals("multi", g.slug());
        assertEquals(2, g.navOrder());
        assertEquals("Spark 3.5.7 and 4.1.0 side by side", g.description());
        assertEquals("0123abcd", g.translationSource());
        assertEquals(2, g.includes().size());
        Include first = g.includes().get(0);
        assertEquals("multi-version/deploy.sh", first.snippetPath());
        assertEquals("multi-version/deploy.sh#deploy-35", first.snippetId());
        assertEquals("bash", first.language());
        assertEquals(10, first.location().line());
        assertEquals("yaml", g.includes().get(1).language());
        assertEquals("multi-version/values.yaml[tags=a;!b]", g.includes().get(1).snippetId());
        assertEquals(3, g.codeBlocks().size());
        assertNull(g.codeBlocks().get(2).include(), "the third block is inline");
    }

    @Test
    void markdownFrontMatterAndIncludeFence() {
        Page g = parse("guides-en/about.md", """
                ---
                title: About
                nav-order: 5
                ---
                Text.

                ```bash include::{snippets}/quick/install.sh[tag=infra]
                ```
                """);
        assertEquals("About", g.title());
        assertEquals(5, g.navOrder());
        assertEquals(List.of("quick/install.sh#infra"), g.includes().stream().map(Include::snippetId).toList());
        assertEquals("bash", g.includes().get(0).language());
        assertEquals(7, g.includes().get(0).location().line());
    }

    @Test
    void malformedFrontMatterNamesItsLine() {
        ContentException e = assertThrows(ContentException.class, () -> parse("guides-en/bad.md", """
                ---
                title: Bad
                nav-order: [1
                ---
                # Bad
                """));
        assertEquals("guides-en/bad.md", e.location().file().toString());
        assertEquals(true, e.location().line() >= 3 && e.location().line() <= 4, "line " + e.location().line());
    }

    @Test
    void includeFenceWithBodyIsRejected() {
        ContentException e = assertThrows(ContentException.class, () -> parse("guides-en/x.md", """
                # X
                ```bash include::{snippets}/a.sh[tag=x]
                echo not allowed
                ```
                """));
        assertEquals(3, e.location().line());
    }

    @Test
    void nonNumericNavOrderIsAnError() {
        ContentException e = assertThrows(ContentException.class,
                () -> parse("guides-en/x.adoc", "= X\n:nav-order: first\n"));
        assertEquals("guides-en/x.adoc:2: nav-order must be a whole number, got 'first'", e.getMessage());
    }

    @Test
    void missingTitleIsAnError() {
        assertThrows(ContentException.class, () -> parse("guides-en/x.adoc", "no title here\n"));
    }

    @Test
    void includeAttributesParseQuotedAndPositional() {
        assertEquals(java.util.Map.of("tags", "a,b", "1", "pos", "indent", "0"),
                IncludeAttributes.parse("tags=\"a,b\",pos,indent=0"));
    }
}
