package org.sparkk8s.docs.core.snippet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's include-by-tag algorithm (reader.rb, Asciidoctor 2.0.23), line for line, so
 * that Markdown includes, the verifier and the Markdown export see exactly the text an
 * AsciiDoc include shows. Asciidoctor only warns about bad tags; the warnings are returned
 * here with their line numbers and {@link SnippetFile} turns them into errors.
 */
public final class TagExtractor {

    /** Asciidoctor's TagDirectiveRx; group 1 is set for an end tag, group 2 is the name. */
    static final Pattern TAG_DIRECTIVE = Pattern.compile("\\b(?:tag|(e)nd)::(\\S+?)\\[\\](?=$|[ \\r])");

    private static final Set<String> ASCIIDOC_EXTENSIONS = Set.of(".adoc", ".asciidoc", ".asc", ".ad", ".txt");

    private TagExtractor() {
    }

    /** What Asciidoctor would have warned about. */
    public record Warning(Kind kind, int line, String tag, String expected) {
        public enum Kind { MISMATCHED_END, UNEXPECTED_END, UNCLOSED, NOT_FOUND }

        public String message() {
            return switch (kind) {
                case MISMATCHED_END -> "mismatched end tag (expected '" + expected + "' but found '" + tag + "')";
                case UNEXPECTED_END -> "unexpected end tag '" + tag + "'";
                case UNCLOSED -> "unclosed tag '" + tag + "'";
                case NOT_FOUND -> "tag '" + tag + "' not found";
            };
        }
    }

    /** The selected lines, the 1-based line the selection starts at (0 if empty), and warnings. */
    public record Result(List<String> lines, int firstLine, List<Warning> warnings) {
    }

    /**
     * Selects lines of {@code source} (lines without terminators) as Asciidoctor does for an
     * include of a file named {@code fileName} with the given selection.
     */
    public static Result extract(List<String> source, TagSelection selection, String fileName) {
        boolean trimEnd = isAsciiDoc(fileName);
        if (selection.isWholeFile()) {
            List<String> all = new ArrayList<>(source.size());
            for (String l : source) {
                all.add(trimEnd ? rstrip(l) : l);
            }
            return new Result(all, all.isEmpty() ? 0 : 1, List.of());
        }
        Map<String, Boolean> incTags = new LinkedHashMap<>(selection.tags());
        boolean select;
        boolean baseSelect;
        Boolean wildcard = null;
        if (incTags.containsKey("**")) {
            select = baseSelect = incTags.remove("**");
            if (incTags.containsKey("*")) {
                wildcard = incTags.remove("*");
            } else if (!select && !incTags.isEmpty() && !incTags.values().iterator().next()) {
                wildcard = true;
            }
        } else if (incTags.containsKey("*")) {
            if (incTags.keySet().iterator().next().equals("*")) {
                wildcard = incTags.remove("*");
                select = baseSelect = !wildcard;
            } else {
                select = baseSelect = false;
                wildcard = incTags.remove("*");
            }
        } else {
            select = baseSelect = !incTags.containsValue(true);
        }

        List<String> out = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Deque<Object[]> stack = new ArrayDeque<>(); // [name, select, line]; head = top
        Set<String> selected = new LinkedHashSet<>();
        String activeTag = null;
        int first = 0;
        int lineNo = 0;
        for (String l : source) {
            lineNo++;
            Matcher m;
            if (l.contains("::") && l.contains("[]") && (m = TAG_DIRECTIVE.matcher(l)).find()) {
                String thisTag = m.group(2);
                if (m.group(1) != null) {
                    if (thisTag.equals(activeTag)) {
                        stack.pop();
                        if (stack.isEmpty()) {
                            activeTag = null;
                            select = baseSelect;
                        } else {
                            activeTag = (String) stack.peek()[0];
                            select = (Boolean) stack.peek()[1];
                        }
                    } else if (incTags.containsKey(thisTag)) {
                        if (removeLast(stack, thisTag)) {
                            warnings.add(new Warning(Warning.Kind.MISMATCHED_END, lineNo, thisTag, activeTag));
                        } else {
                            warnings.add(new Warning(Warning.Kind.UNEXPECTED_END, lineNo, thisTag, null));
                        }
                    }
                } else if (incTags.containsKey(thisTag)) {
                    select = incTags.get(thisTag);
                    if (select) {
                        selected.add(thisTag);
                    }
                    activeTag = thisTag;
                    stack.push(new Object[] {thisTag, select, lineNo});
                } else if (wildcard != null) {
                    select = activeTag != null && !select ? false : wildcard;
                    activeTag = thisTag;
                    stack.push(new Object[] {thisTag, select, lineNo});
                }
            } else if (select) {
                if (first == 0) {
                    first = lineNo;
                }
                out.add(trimEnd ? rstrip(l) : l);
            }
        }
        // Asciidoctor reports unclosed tags from the bottom of the stack up
        Iterator<Object[]> it = stack.descendingIterator();
        while (it.hasNext()) {
            Object[] e = it.next();
            warnings.add(new Warning(Warning.Kind.UNCLOSED, (Integer) e[2], (String) e[0], null));
        }
        for (Map.Entry<String, Boolean> e : incTags.entrySet()) {
            if (e.getValue() && !selected.contains(e.getKey())) {
                warnings.add(new Warning(Warning.Kind.NOT_FOUND, 0, e.getKey(), null));
            }
        }
        return new Result(out, first, warnings);
    }

    /** Removes the entry nearest the top of the stack named {@code tag}; Ruby's rindex + delete_at. */
    private static boolean removeLast(Deque<Object[]> stack, String tag) {
        Iterator<Object[]> it = stack.iterator(); // from the top, i.e. the end of Ruby's array
        while (it.hasNext()) {
            if (tag.equals(it.next()[0])) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    static boolean isAsciiDoc(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && ASCIIDOC_EXTENSIONS.contains(fileName.substring(dot));
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isRubySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isRubySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\0';
    }
}
