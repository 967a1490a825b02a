package org.sparkk8s.docs.verifier.plan;

import java.util.regex.Pattern;

/** What a step's output must contain: a plain substring, or a regular expression found anywhere. */
public record TextMatch(String substring, Pattern regex) {

    public static TextMatch containing(String s) {
        return new TextMatch(s, null);
    }

    public static TextMatch matching(Pattern p) {
        return new TextMatch(null, p);
    }

    public boolean test(String output) {
        return substring != null ? output.contains(substring) : regex.matcher(output).find();
    }

    @Override
    public String toString() {
        return substring != null ? "contains \"" + substring + "\"" : "matches /" + regex.pattern() + "/";
    }
}
