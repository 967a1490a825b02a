package org.sparkk8s.docs.verifier.render;

/**
 * One argument of a parsed shell command after expansion and quote removal, as bash would pass it,
 * or an argument the verifier cannot know offline ({@code text} null, {@code unresolved} says why).
 *
 * @param line the snippet line the argument stands on
 */
public record Arg(String text, String unresolved, int line) {

    public static Arg of(String text, int line) {
        return new Arg(text, null, line);
    }

    public boolean isResolved() {
        return unresolved == null;
    }

    @Override
    public String toString() {
        return text != null ? text : "<" + unresolved + ">";
    }
}
