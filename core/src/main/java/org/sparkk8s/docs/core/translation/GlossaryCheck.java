package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Warns where a Russian page writes a term otherwise than the glossary says: one of the term's
 * {@code avoid} renderings, or — for a term kept in Latin — its Cyrillic transliteration
 * (Хелм, Кубернетес). Only prose is read: code, inline code, URLs and link targets are not.
 */
public final class GlossaryCheck {

    private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern ADOC_HEADER_ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*)!?:\\s*(.*)$");
    private static final Pattern ADOC_VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|```.*)$");
    private static final Pattern MD_FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern CODE_SPANS = Pattern.compile("`+[^`]*`+|(?<![\\w+])\\+[^+\\s](?:[^+]*[^+\\s])?\\+(?![\\w+])");
    private static final Pattern TARGETS = Pattern.compile("(?:https?|ftp)://[^\\s\\[\\]()<>]+|(?:xref|link|image|include)::?[^\\s\\[]*|\\]\\([^)]*\\)|\\{[\\w-]+\\}|<<[^>]*>>");

    private final List<Rule> rules = new ArrayList<>();
    private final Glossary glossary;

    private record Rule(Glossary.Term term, String variant, Pattern pattern, boolean transliteration) {
    }

    public GlossaryCheck(Glossary glossary) {
        this.glossary = glossary;
        for (Glossary.Term t : glossary.terms()) {
            for (String v : t.avoid()) {
                rules.add(new Rule(t, v, phrase(v), false));
            }
            if (t.keep()) {
                String cyrillic = Transliteration.toCyrillic(t.bare());
                if (cyrillic != null && t.avoid().stream().noneMatch(v -> v.equalsIgnoreCase(cyrillic))) {
                    rules.add(new Rule(t, cyrillic, transliterated(cyrillic), true));
                }
            }
        }
    }

    /** Warnings for a Russian page. */
    public List<Problem> check(Page page) {
        List<Problem> out = new ArrayList<>();
        Map<Integer, String> prose = prose(page);
        for (Map.Entry<Integer, String> line : prose.entrySet()) {
            String text = normalize(line.getValue());
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(text);
                while (m.find()) {
                    String found = line.getValue().substring(m.start(), m.end());
                    Glossary.Term t = r.term();
                    String advice = t.keep()
                            ? "the glossary keeps '" + t.bare() + "' in Latin"
                            : "the glossary says '" + t.russian() + "'";
                    out.add(Problem.warning(page.at(line.getKey()), "'" + found + "' for '" + t.english() + "': " + advice
                            + " (" + glossary.at(t) + ")"));
                }
            }
        }
        return out;
    }

    /** The page's prose by line: headings, paragraphs, lists, table cells, the title and description. */
    static Map<Integer, String> prose(Page page) {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String> lines = page.text().lines();
        boolean markdown = page.format() == Page.Format.MARKDOWN;
        String verbatim = null;
        boolean comment = false;
        boolean frontMatter = markdown && !lines.isEmpty() && lines.get(0).equals("---");
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (frontMatter) {
                if (k > 0 && (l.equals("---") || l.equals("..."))) {
                    frontMatter = false;
                } else if (l.startsWith("title:") || l.startsWith("description:")) {
                    out.put(k + 1, l.substring(l.indexOf(':') + 1));
                }
                continue;
            }
            if (verbatim != null) {
                if (markdown ? l.strip().startsWith(verbatim) && l.strip().chars().allMatch(c -> c == l.strip().charAt(0))
                        : l.equals(verbatim) || verbatim.startsWith("```") && l.equals("```")) {
                    verbatim = null;
                }
                continue;
            }
            if (markdown) {
                Matcher f = MD_FENCE.matcher(l);
                if (f.matches()) {
                    verbatim = f.group(1);
                    continue;
                }
            } else {
                if (comment) {
                    comment = !l.equals("////");
                    continue;
                }
                if (l.equals("////")) {
                    comment = true;
                    continue;
                }
                if (l.startsWith("//") || l.startsWith("include::") || l.matches("^\\[.*\\]$")) {
                    continue;
                }
                if (ADOC_VERBATIM.matcher(l).matches()) {
                    verbatim = l;
                    continue;
                }
                Matcher a = ADOC_HEADER_ATTRIBUTE.matcher(l);
                if (a.matches()) {
                    if (a.group(1).equals("description")) {
                        out.put(k + 1, blank(l, 0, l.indexOf(a.group(2))));
                    }
                    continue;
                }
            }
            out.put(k + 1, mask(l));
        }
        return out;
    }

    /** Blanks out code spans, URLs and link targets, keeping every other character where it was. */
    private static String mask(String line) {
        String masked = line;
        for (Pattern p : List.of(CODE_SPANS, TARGETS)) {
            Matcher m = p.matcher(masked);
            StringBuilder b = new StringBuilder(masked);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
            masked = b.toString();
        }
        return masked;
    }

    private static String blank(String line, int from, int to) {
        return " ".repeat(Math.max(0, to - from)) + line.substring(Math.max(0, to));
    }

    /** ё and е are one letter for matching: Russian texts write both. */
    private static String normalize(String s) {
        return s.replace('ё', 'е').replace('Ё', 'Е');
    }

    /** A rendering to avoid: its words in order, whole words, a trailing * allowing any ending. */
    static Pattern phrase(String variant) {
        StringBuilder re = new StringBuilder("(?<!" + LETTER + ")");
        String[] words = normalize(variant).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean open = w.endsWith("*");
            if (open) {
                w = w.substring(0, w.length() - 1);
            }
            if (i > 0) {
                re.append("[\\s\\u00A0-]+");
            }
            re.append(Pattern.quote(w));
            if (open) {
                re.append(LETTER).append('*');
            }
        }
        re.append("(?!").append(LETTER).append(")");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A transliteration with up to three letters of Russian ending on each word: Хелма, Кубернетесом. */
    private static Pattern transliterated(String cyrillic) {
        StringBuilder re = new StringBuilder("(?<!" + LETTER + ")");
        String[] words = cyrillic.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("[\\s\\u00A0-]+");
            }
            re.append(Pattern.quote(words[i])).append("\\p{L}{0,3}");
        }
        re.append("(?!").append(LETTER).append(")");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
