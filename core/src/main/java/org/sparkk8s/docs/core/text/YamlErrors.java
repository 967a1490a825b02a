package org.sparkk8s.docs.core.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;

/** Turns Jackson's YAML exceptions into one-line {@code path:line: message} errors. */
public final class YamlErrors {

    private YamlErrors() {
    }

    /**
     * The error for {@code e}, raised while reading {@code text} (whose line 1 is line
     * {@code 1 + lineOffset} of the file, e.g. for front matter).
     */
    public static ContentException locate(JsonProcessingException e, SourceText text, int lineOffset) {
        JsonLocation loc = e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
        String msg;
        if (e instanceof UnrecognizedPropertyException u) {
            // Jackson reports where it stopped reading, which can be past the key; find the key itself
            line = keyLine(text, u.getPropertyName(), line);
            msg = "unknown key '" + u.getPropertyName() + "'"
                    + (u.getKnownPropertyIds() == null ? "" : " (expected one of: " + known(u) + ")");
        } else {
            msg = firstLine(e.getOriginalMessage());
        }
        return new ContentException(SourceLocation.of(text.shownAs(), line + lineOffset), msg, e);
    }

    private static int keyLine(SourceText text, String key, int near) {
        java.util.List<String> lines = text.lines();
        for (int i = Math.min(near, lines.size()) - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.startsWith("- ")) {
                l = l.substring(2).strip();
            }
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return near;
    }

    private static String known(UnrecognizedPropertyException u) {
        return String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
