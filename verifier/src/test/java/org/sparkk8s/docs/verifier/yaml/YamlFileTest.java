package org.sparkk8s.docs.verifier.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.text.SourceText;

class YamlFileTest {

    private static List<YamlDocument> parse(String text) {
        return YamlFile.parse(SourceText.of(text, Path.of("x.yaml")));
    }

    @Test
    void everyKeyAndItemHasItsLineInEveryDocument() {
        List<YamlDocument> docs = parse("# c\na: 1\nb:\n  - x\n  - {c: 2,\n     d: 3}\n---\n---\nkey~/odd: v\n");
        assertEquals(2, docs.size(), "the empty document is skipped");
        YamlDocument d = docs.get(0);
        assertEquals(2, d.lineOf("/a"));
        assertEquals(4, d.lineOf("/b/0"));
        assertEquals(5, d.lineOf("/b/1/c"));
        assertEquals(6, d.lineOf("/b/1/d"));
        assertEquals(6, d.lineOf("/b/1/d/missing"), "falls back to the nearest ancestor");
        assertEquals(9, docs.get(1).lineOf("/key~0~1odd"));
    }

    @Test
    void syntaxErrorsAndDuplicateKeysNameTheLine() {
        ContentException e = assertThrows(ContentException.class, () -> parse("a: 1\nb: [1, 2\n"));
        assertEquals("x.yaml:2", e.location().toString(), "the unclosed sequence");
        ContentException dup = assertThrows(ContentException.class, () -> parse("a: 1\nb: 2\na: 3\n"));
        assertEquals("x.yaml:3: Duplicate field 'a'", dup.getMessage());
    }
}
