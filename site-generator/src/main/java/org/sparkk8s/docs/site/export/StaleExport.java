package org.sparkk8s.docs.site.export;

import java.nio.file.Path;

/**
 * A committed export that differs from what {@code docs export-markdown} would write now: where
 * (line 0 for the file as a whole), what, and the two versions of the first differing line.
 */
public record StaleExport(Path file, int line, String problem, String expected, String found) {

    /** The first line where {@code found} differs from {@code expected}, or null when they are equal. */
    static StaleExport firstDifference(Path file, String expected, String found) {
        if (expected.equals(found)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] f = found.split("\n", -1);
        int n = Math.min(e.length, f.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(f[i])) {
                return new StaleExport(file, i + 1, "differs from a fresh export", e[i], f[i]);
            }
        }
        return e.length > f.length
                ? new StaleExport(file, f.length + 1, "ends early", e[f.length], null)
                : new StaleExport(file, e.length + 1, "has lines a fresh export does not", null, f[e.length]);
    }

    /** {@code markdown/guides/X.md:12: differs from a fresh export: expected "…", found "…"; run ./docs export-markdown}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString().replace('\\', '/'));
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ").append(problem);
        if (expected != null || found != null) {
            s.append(": expected ").append(quote(expected)).append(", found ").append(quote(found));
        }
        return s.append("; run ./docs export-markdown").toString();
    }

    private static String quote(String line) {
        if (line == null) {
            return "nothing";
        }
        String shown = line.length() > 120 ? line.substring(0, 117) + "…" : line;
        return "\"" + shown + "\"";
    }
}
