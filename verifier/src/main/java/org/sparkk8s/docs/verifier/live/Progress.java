package org.sparkk8s.docs.verifier.live;

import java.util.Locale;
import java.util.function.Consumer;

/** The console of a live run: cluster start-up, each step with its elapsed time and result, one line each. */
public final class Progress {

    private final Consumer<String> sink;

    private Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    public static Progress to(Consumer<String> sink) {
        return new Progress(sink);
    }

    public static Progress silent() {
        return new Progress(line -> { });
    }

    /** One line; lines of scenarios running in parallel never mix. */
    public synchronized void line(String text) {
        sink.accept(text);
    }

    /** {@code 40 ms}, {@code 12.3 s}, {@code 2m 05s}, {@code 1h 02m}. */
    public static String seconds(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
