package org.sparkk8s.docs.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Word-level changes of prose: a changed word is that word, re-wrapping is no change. */
class TextDiffTest {

    /** The rows of every hunk, with git's plain word-diff markers. */
    private static String marked(List<String> older, List<String> newer, int context) {
        return TextDiff.hunks(older, newer, context).stream().map(h -> "@@ " + h.firstChange() + "\n"
                + h.rows().stream().map(r -> r.segments().stream().map(s -> switch (s.op()) {
                    case SAME -> s.text();
                    case REMOVED -> "[-" + s.text() + "-]";
                    case ADDED -> "{+" + s.text() + "+}";
                }).collect(Collectors.joining())).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
    }

    @Test
    void aChangedWordIsShownAsThatWord() {
        List<String> older = List.of("= Title", "", "The first install pulls images, which can take", "several minutes.", "", "End.");
        List<String> newer = List.of("= Title", "", "The first install pulls images, which can take", "a few minutes.", "", "End.");
        assertEquals("@@ 4\nThe first install pulls images, which can take\n[-several-]{+a few+} minutes.\n", marked(older, newer, 1));
        assertEquals(new TextDiff.Size(1, 1, 2, 1), TextDiff.size(older, newer));
        assertEquals("+1 \u22121 lines, 3 words", TextDiff.size(older, newer).toString());
    }

    @Test
    void rewrappingAParagraphIsNoChangeOfItsWords() {
        List<String> older = List.of("Both charts default to the database metastore and", "the log directory events.");
        List<String> newer = List.of("Both charts default to the database", "metastore and the log directory events.");
        String shown = marked(older, newer, 0);
        assertEquals("@@ 1\nBoth charts default to the database\nmetastore and the log directory events.", shown);
        assertEquals(0, TextDiff.size(older, newer).words());
    }

    @Test
    void addedAndRemovedLinesAndDistantChangesMakeSeparateHunks() {
        List<String> older = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        List<String> newer = List.of("a", "B", "c", "d", "e", "f", "g", "h", "i", "j");
        List<TextDiff.Hunk> hunks = TextDiff.hunks(older, newer, 1);
        assertEquals(2, hunks.size());
        assertEquals(2, hunks.get(0).firstChange());
        assertEquals(10, hunks.get(1).firstChange());
        assertTrue(marked(older, newer, 1).endsWith("i\n{+j+}"), marked(older, newer, 1));
    }

    @Test
    void identicalTextsHaveNoHunks() {
        assertEquals(List.of(), TextDiff.hunks(List.of("x", "y"), List.of("x", "y"), 3));
        assertTrue(TextDiff.size(List.of("x"), List.of("x")).isEmpty());
    }
}
