package org.sparkk8s.docs.verifier.plan;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations as Helm and verify.yaml write them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 500ms}. */
public final class Durations {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private Durations() {
    }

    /** The duration, or null when {@code text} is not one (a bare number has no unit and is rejected). */
    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return null;
        }
        Matcher m = PART.matcher(text);
        double millis = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "ms" -> v;
                case "s" -> v * 1_000;
                case "m" -> v * 60_000;
                default -> v * 3_600_000;
            };
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
