package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.sparkk8s.docs.core.guide.Page;

/** The translation-source line is inserted or replaced; nothing else in the file changes. */
class SourceMarkTest {

    private static final TranslationSource ONE = new TranslationSource(TranslationSource.Scheme.GIT_BLOB, "1".repeat(40));
    private static final TranslationSource TWO = new TranslationSource(TranslationSource.Scheme.GIT_BLOB, "2".repeat(40));

    @Test
    void asciiDocGetsTheAttributeAfterTheLastHeaderLine() {
        String text = "// a comment\n= Заголовок\n:description: Описание\n:nav-order: 3\n\nТекст.\n:not-header: x\n";
        String marked = SourceMark.apply(text, Page.Format.ASCIIDOC, ONE);
        assertEquals("// a comment\n= Заголовок\n:description: Описание\n:nav-order: 3\n:translation-source: " + ONE
                + "\n\nТекст.\n:not-header: x\n", marked);
        assertEquals(marked.replace(ONE.value(), TWO.value()), SourceMark.apply(marked, Page.Format.ASCIIDOC, TWO), "replaced in place");
    }

    @Test
    void aTitleWithoutAttributesGetsItRightBelow() {
        assertEquals("= Title\n:translation-source: " + ONE + "\n\nText", SourceMark.apply("= Title\n\nText", Page.Format.ASCIIDOC, ONE));
    }

    @Test
    void lineEndingsAndTheByteOrderMarkAreKept() {
        String text = "\uFEFF= Title\r\n:nav-order: 1\r\n\r\nText.\r\n";
        assertEquals("\uFEFF= Title\r\n:nav-order: 1\r\n:translation-source: " + ONE + "\r\n\r\nText.\r\n",
                SourceMark.apply(text, Page.Format.ASCIIDOC, ONE));
    }

    @Test
    void markdownFrontMatterGetsTheKey() {
        String text = "---\ntitle: Заголовок\nnav-order: 90\n---\n\nТекст.\n";
        String marked = SourceMark.apply(text, Page.Format.MARKDOWN, ONE);
        assertEquals("---\ntitle: Заголовок\nnav-order: 90\ntranslation-source: " + ONE + "\n---\n\nТекст.\n", marked);
        assertEquals(marked.replace(ONE.value(), TWO.value()), SourceMark.apply(marked, Page.Format.MARKDOWN, TWO));
    }

    @Test
    void markdownWithoutFrontMatterGetsOne() {
        assertEquals("---\ntranslation-source: " + ONE + "\n---\n# Заголовок\n\nТекст.\n",
                SourceMark.apply("# Заголовок\n\nТекст.\n", Page.Format.MARKDOWN, ONE));
    }
}
