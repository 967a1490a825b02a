package org.sparkk8s.docs.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.ContentException;

class SourceTextTest {

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] cp1251 = "first line\nвторая строка\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        ContentException e = assertThrows(ContentException.class,
                () -> SourceText.decode(cp1251, Path.of("x"), Path.of("guides-ru/x.adoc")));
        assertEquals("guides-ru/x.adoc:2", e.location().toString());
    }

    @Test
    void validUtf8WithBomAndCrlfIsReadAsLines() {
        byte[] bytes = "\uFEFFодин\r\nдва\n\nчетыре".getBytes(StandardCharsets.UTF_8);
        SourceText t = SourceText.decode(bytes, Path.of("x"), Path.of("x"));
        assertEquals(List.of("один", "два", "", "четыре"), t.lines());
    }

    @Test
    void trailingNewlineDoesNotAddALine() {
        assertEquals(List.of("a", "b"), SourceText.splitLines("a\nb\n"));
        assertEquals(List.of("a", "", "b"), SourceText.splitLines("a\n\nb"));
        assertEquals(List.of(), SourceText.splitLines(""));
    }
}
