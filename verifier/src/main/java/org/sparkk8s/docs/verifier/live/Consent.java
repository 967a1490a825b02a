package org.sparkk8s.docs.verifier.live;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * How a run against an existing cluster is confirmed: {@code --yes}, a question on the terminal,
 * or not at all — then the run is refused, since nobody agreed to what it would change.
 */
@FunctionalInterface
public interface Consent {

    /** True when the user agrees to {@code question}; throws {@link NoOneToAsk} when there is nobody to ask. */
    boolean confirm(String question);

    /** There is no one to ask; the message says why. */
    final class NoOneToAsk extends RuntimeException {
        public NoOneToAsk(String why) {
            super(why);
        }
    }

    /** {@code --yes}. */
    static Consent given() {
        return question -> true;
    }

    /** Nobody to ask (no terminal): every question is refused with {@code why}. */
    static Consent unavailable(String why) {
        return question -> {
            throw new NoOneToAsk(why);
        };
    }

    /** Asks on the terminal, reading y/yes; refuses when stdin is not a terminal. */
    static Consent terminal() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return unavailable("stdin is not a terminal, so there is no one to ask");
        }
        return question -> {
            String answer = console.readLine("%s [y/N] ", question);
            return answer != null && (answer.strip().toLowerCase(Locale.ROOT).equals("y")
                    || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
        };
    }

    /** Java 22 returns a Console even when redirected, and tells with {@code isTerminal()}. */
    private static boolean isTerminal(Console console) {
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
