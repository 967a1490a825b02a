package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shortest edit between two sequences (a longest common subsequence): what stays, what was
 * removed from the old one and what was added in the new one, in order. Common prefix and suffix
 * are taken off first, so a small change in a long page costs little.
 */
public final class SequenceDiff {

    /** One step of the edit. */
    public enum Op { SAME, REMOVED, ADDED }

    /**
     * A step: {@code oldIndex} is set for SAME and REMOVED, {@code newIndex} for SAME and ADDED;
     * the other is the position the step stands at in that sequence.
     */
    public record Step(Op op, int oldIndex, int newIndex) {
    }

    /** Beyond this many cells the middle is treated as replaced whole, which is still a correct edit. */
    private static final long MAX_CELLS = 16_000_000L;

    private SequenceDiff() {
    }

    public static <T> List<Step> of(List<T> older, List<T> newer) {
        int n = older.size();
        int m = newer.size();
        int pre = 0;
        while (pre < n && pre < m && Objects.equals(older.get(pre), newer.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < n - pre && suf < m - pre && Objects.equals(older.get(n - 1 - suf), newer.get(m - 1 - suf))) {
            suf++;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < pre; i++) {
            steps.add(new Step(Op.SAME, i, i));
        }
        int a = n - pre - suf;
        int b = m - pre - suf;
        if ((long) (a + 1) * (b + 1) > MAX_CELLS) {
            for (int i = 0; i < a; i++) {
                steps.add(new Step(Op.REMOVED, pre + i, pre));
            }
            for (int j = 0; j < b; j++) {
                steps.add(new Step(Op.ADDED, pre + a, pre + j));
            }
        } else {
            middle(older, newer, pre, a, b, steps);
        }
        for (int k = 0; k < suf; k++) {
            steps.add(new Step(Op.SAME, n - suf + k, m - suf + k));
        }
        return steps;
    }

    private static <T> void middle(List<T> older, List<T> newer, int off, int a, int b, List<Step> steps) {
        // lcs[i][j]: length of the common subsequence of older[i..] and newer[j..]
        int[][] lcs = new int[a + 1][b + 1];
        for (int i = a - 1; i >= 0; i--) {
            for (int j = b - 1; j >= 0; j--) {
                lcs[i][j] = Objects.equals(older.get(off + i), newer.get(off + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a || j < b) {
            if (i < a && j < b && Objects.equals(older.get(off + i), newer.get(off + j))) {
                steps.add(new Step(Op.SAME, off + i, off + j));
                i++;
                j++;
            } else if (j < b && (i == a || lcs[i][j + 1] > lcs[i + 1][j])) {
                steps.add(new Step(Op.ADDED, off + i, off + j));
                j++;
            } else {
                steps.add(new Step(Op.REMOVED, off + i, off + j));
                i++;
            }
        }
    }
}
