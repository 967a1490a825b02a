package org.sparkk8s.docs.core.translation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Latin to Cyrillic, letter by letter, the way a term is spelled when someone writes it in Russian
 * letters rather than keeping it (Helm → Хелм, Kubernetes → Кубернетес, Jupyter → Джупитер).
 */
final class Transliteration {

    /** Longest spellings first, so "sh" wins over "s". */
    private static final Map<String, String> LETTERS = new LinkedHashMap<>();

    static {
        String[][] pairs = {
                {"sch", "ш"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"th", "т"}, {"ph", "ф"}, {"ck", "к"}, {"qu", "кв"},
                {"ee", "и"}, {"oo", "у"}, {"x", "кс"}, {"j", "дж"}, {"w", "в"}, {"y", "и"}, {"c", "к"}, {"q", "к"},
                {"h", "х"}, {"a", "а"}, {"b", "б"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"i", "и"},
                {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"},
                {"t", "т"}, {"u", "у"}, {"v", "в"}, {"z", "з"},
        };
        for (String[] p : pairs) {
            LETTERS.put(p[0], p[1]);
        }
    }

    private Transliteration() {
    }

    /**
     * The Cyrillic spelling of a term's words, or null when the term has nothing worth checking:
     * a word with a digit or other sign, or only short words and acronyms, which nobody transliterates.
     */
    static String toCyrillic(String term) {
        String[] words = term.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean worth = false;
        for (String w : words) {
            if (!w.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                return null;
            }
            boolean acronym = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
            worth |= w.length() >= 4 && !acronym;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word(w.toLowerCase(Locale.ROOT)));
        }
        return worth ? out.toString() : null;
    }

    private static String word(String w) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < w.length()) {
            for (Map.Entry<String, String> e : LETTERS.entrySet()) {
                if (w.startsWith(e.getKey(), i)) {
                    out.append(e.getValue());
                    i += e.getKey().length();
                    continue outer;
                }
            }
            i++;
        }
        return out.toString();
    }
}
