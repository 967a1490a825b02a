package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.translation.SequenceDiff.Op;

/**
 * What changed between two versions of a text, for a translator: lines are matched first, then
 * the words of each changed run of lines, so a changed word shows as that word, not as a whole
 * paragraph. Re-wrapping is not a change: where only white space differs, the new text is shown.
 */
public final class TextDiff {

    /** A piece of a row: unchanged, removed or added text. */
    public record Segment(Op op, String text) {
    }

    /**
     * One line of output, laid out as the new text's lines (a removed line break shows as a space).
     *
     * @param newLine the 1-based line of the new text, 0 for a row that only has removed text
     * @param oldLine the 1-based line of the old text it corresponds to, 0 for added text
     */
    public record Row(int oldLine, int newLine, List<Segment> segments) {

        public boolean changed() {
            return segments.stream().anyMatch(s -> s.op() != Op.SAME);
        }
    }

    /** A changed region with its context, as in a unified diff; {@code firstChange} is a line of the new text. */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, int firstChange, List<Row> rows) {
    }

    /** How much changed: lines (as a line diff counts them) and words. */
    public record Size(int linesAdded, int linesRemoved, int wordsAdded, int wordsRemoved) {

        public boolean isEmpty() {
            return linesAdded == 0 && linesRemoved == 0;
        }

        public int words() {
            return wordsAdded + wordsRemoved;
        }

        /** {@code +3 −1 lines, 24 words}. */
        @Override
        public String toString() {
            return "+" + linesAdded + " \u2212" + linesRemoved + " lines, " + words() + (words() == 1 ? " word" : " words");
        }
    }

    /** Words (letters, digits, underscores), runs of white space, and every other character alone. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\n|[ \\t\\x0B\\f\\r]+|.", Pattern.DOTALL);

    private TextDiff() {
    }

    /** The hunks that turn {@code older} into {@code newer}, each with {@code context} unchanged lines around. */
    public static List<Hunk> hunks(List<String> older, List<String> newer, int context) {
        List<SequenceDiff.Step> steps = SequenceDiff.of(older, newer);
        List<Hunk> out = new ArrayList<>();
        int k = 0;
        while (k < steps.size()) {
            if (steps.get(k).op() == Op.SAME) {
                k++;
                continue;
            }
            int start = Math.max(0, k - context);
            // extend over changes closer than twice the context, so hunks do not overlap
            int end = k;
            int lastChange = k;
            while (end < steps.size()) {
                if (steps.get(end).op() != Op.SAME) {
                    lastChange = end;
                } else if (end - lastChange > 2L * context) {
                    break;
                }
                end++;
            }
            end = (int) Math.min(steps.size(), (long) lastChange + context + 1);
            out.add(hunk(older, newer, steps.subList(start, end)));
            k = end;
        }
        return out;
    }

    /** The whole of {@code newer} as rows, with what changed since {@code older} marked. */
    public static List<Row> rows(List<String> older, List<String> newer) {
        List<SequenceDiff.Step> steps = SequenceDiff.of(older, newer);
        return steps.isEmpty() ? List.of() : hunk(older, newer, steps).rows();
    }

    public static Size size(List<String> older, List<String> newer) {
        int la = 0;
        int lr = 0;
        int wa = 0;
        int wr = 0;
        List<SequenceDiff.Step> steps = SequenceDiff.of(older, newer);
        int k = 0;
        while (k < steps.size()) {
            if (steps.get(k).op() == Op.SAME) {
                k++;
                continue;
            }
            List<String> gone = new ArrayList<>();
            List<String> come = new ArrayList<>();
            while (k < steps.size() && steps.get(k).op() != Op.SAME) {
                SequenceDiff.Step s = steps.get(k++);
                if (s.op() == Op.REMOVED) {
                    gone.add(older.get(s.oldIndex()));
                } else {
                    come.add(newer.get(s.newIndex()));
                }
            }
            lr += gone.size();
            la += come.size();
            List<String> a = tokens(String.join("\n", gone));
            List<String> b = tokens(String.join("\n", come));
            for (SequenceDiff.Step s : SequenceDiff.of(a, b)) {
                if (s.op() == Op.REMOVED && isWord(a.get(s.oldIndex()))) {
                    wr++;
                } else if (s.op() == Op.ADDED && isWord(b.get(s.newIndex()))) {
                    wa++;
                }
            }
        }
        return new Size(la, lr, wa, wr);
    }

    private static Hunk hunk(List<String> older, List<String> newer, List<SequenceDiff.Step> steps) {
        List<Row> rows = new ArrayList<>();
        int firstChange = 0;
        int k = 0;
        while (k < steps.size()) {
            SequenceDiff.Step s = steps.get(k);
            if (s.op() == Op.SAME) {
                rows.add(new Row(s.oldIndex() + 1, s.newIndex() + 1, List.of(new Segment(Op.SAME, newer.get(s.newIndex())))));
                k++;
                continue;
            }
            List<SequenceDiff.Step> run = new ArrayList<>();
            while (k < steps.size() && steps.get(k).op() != Op.SAME) {
                run.add(steps.get(k++));
            }
            List<Row> changed = words(older, newer, run);
            if (firstChange == 0) {
                firstChange = changed.stream().mapToInt(Row::newLine).filter(n -> n > 0).findFirst()
                        .orElse(run.get(0).newIndex() + 1);
            }
            rows.addAll(changed);
        }
        SequenceDiff.Step first = steps.get(0);
        int oldCount = (int) steps.stream().filter(s -> s.op() != Op.ADDED).count();
        int newCount = (int) steps.stream().filter(s -> s.op() != Op.REMOVED).count();
        return new Hunk(first.oldIndex() + 1, oldCount, first.newIndex() + 1, newCount, firstChange, rows);
    }

    /** A run of removed and added lines, diffed by words and laid out as the added lines. */
    private static List<Row> words(List<String> older, List<String> newer, List<SequenceDiff.Step> run) {
        List<String> gone = new ArrayList<>();
        List<String> come = new ArrayList<>();
        int oldFirst = 0;
        int newFirst = 0;
        for (SequenceDiff.Step s : run) {
            if (s.op() == Op.REMOVED) {
                if (gone.isEmpty()) {
                    oldFirst = s.oldIndex() + 1;
                }
                gone.add(older.get(s.oldIndex()));
            } else {
                if (come.isEmpty()) {
                    newFirst = s.newIndex() + 1;
                }
                come.add(newer.get(s.newIndex()));
            }
        }
        List<String> a = gone.isEmpty() ? List.of() : tokens(String.join("\n", gone));
        List<String> b = come.isEmpty() ? List.of() : tokens(String.join("\n", come));
        List<Segment> flat = new ArrayList<>();
        List<SequenceDiff.Step> steps = SequenceDiff.of(a, b);
        int i = 0;
        while (i < steps.size()) {
            SequenceDiff.Step s = steps.get(i);
            if (s.op() == Op.SAME) {
                flat.add(new Segment(Op.SAME, b.get(s.newIndex())));
                i++;
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            while (i < steps.size() && steps.get(i).op() != Op.SAME) {
                SequenceDiff.Step t = steps.get(i++);
                if (t.op() == Op.REMOVED) {
                    removed.append(a.get(t.oldIndex()));
                } else {
                    added.append(b.get(t.newIndex()));
                }
            }
            if (removed.toString().isBlank() && added.toString().isBlank()) {
                // re-wrapped or re-indented: show the new white space as it is
                if (added.length() > 0) {
                    flat.add(new Segment(Op.SAME, added.toString()));
                }
                continue;
            }
            if (removed.length() > 0) {
                flat.add(new Segment(Op.REMOVED, removed.toString().replace('\n', ' ')));
            }
            if (added.length() > 0) {
                flat.add(new Segment(Op.ADDED, added.toString()));
            }
        }
        // lay the segments out as the new text's lines
        List<Row> rows = new ArrayList<>();
        List<Segment> row = new ArrayList<>();
        int newLine = come.isEmpty() ? 0 : newFirst;
        int oldLine = gone.isEmpty() ? 0 : oldFirst;
        for (Segment seg : flat) {
            String text = seg.text();
            int nl;
            while ((nl = text.indexOf('\n')) >= 0) {
                if (nl > 0) {
                    row.add(new Segment(seg.op(), text.substring(0, nl)));
                }
                rows.add(new Row(oldLine, newLine, List.copyOf(row)));
                row.clear();
                newLine = newLine == 0 ? 0 : newLine + 1;
                oldLine = oldLine == 0 || oldLine >= oldFirst + gone.size() - 1 ? oldLine : oldLine + 1;
                text = text.substring(nl + 1);
            }
            if (!text.isEmpty()) {
                row.add(new Segment(seg.op(), text));
            }
        }
        if (!row.isEmpty() || rows.isEmpty()) {
            rows.add(new Row(oldLine, newLine, List.copyOf(row)));
        }
        return rows;
    }

    /** The text split into words, white space runs, line breaks and single other characters. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean isWord(String token) {
        return !token.isBlank() && !(token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0)));
    }
}
