package org.sparkk8s.docs.core.snippet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tagged regions an include asks for, parsed exactly as Asciidoctor parses the
 * {@code tag} and {@code tags} attributes: {@code tag} wins over {@code tags}; {@code tags}
 * splits on {@code ,} when it contains one, otherwise on {@code ;}; a leading {@code !}
 * excludes; {@code *} and {@code **} are wildcards; empty entries and a lone {@code !} are
 * ignored. Order is kept, because Asciidoctor's wildcard rules look at the first entry.
 */
public final class TagSelection {

    private static final TagSelection ALL = new TagSelection(Collections.emptyMap(), "");

    private final Map<String, Boolean> tags;
    private final String spec;

    private TagSelection(Map<String, Boolean> tags, String spec) {
        this.tags = Collections.unmodifiableMap(tags);
        this.spec = spec;
    }

    /** The whole file, tag lines dropped is NOT implied: Asciidoctor keeps them when no tag is asked for. */
    public static TagSelection wholeFile() {
        return ALL;
    }

    /** From an include's attributes; {@code tag} and {@code tags} may each be null. */
    public static TagSelection fromAttributes(String tag, String tags) {
        if (tag != null) {
            if (tag.isEmpty() || tag.equals("!")) {
                return ALL;
            }
            Map<String, Boolean> m = new LinkedHashMap<>();
            if (tag.startsWith("!")) {
                m.put(tag.substring(1), false);
            } else {
                m.put(tag, true);
            }
            return new TagSelection(m, "tag=" + tag);
        }
        if (tags != null) {
            Map<String, Boolean> m = new LinkedHashMap<>();
            String[] parts = tags.contains(",") ? rubySplit(tags, ',') : rubySplit(tags, ';');
            for (String def : parts) {
                if (def.isEmpty() || def.equals("!")) {
                    continue;
                }
                if (def.startsWith("!")) {
                    m.put(def.substring(1), false);
                } else {
                    m.put(def, true);
                }
            }
            return m.isEmpty() ? ALL : new TagSelection(m, "tags=" + tags);
        }
        return ALL;
    }

    /** One tag by name: {@code tag=name}. */
    public static TagSelection tag(String name) {
        return fromAttributes(name, null);
    }

    /** Ruby's String#split: trailing empty fields are dropped, leading ones kept. */
    private static String[] rubySplit(String s, char sep) {
        return s.split(java.util.regex.Pattern.quote(String.valueOf(sep)));
    }

    /** True when no tag filtering applies (the include takes the file as it is). */
    public boolean isWholeFile() {
        return tags.isEmpty();
    }

    /** Tag name to selected (true) or excluded (false), in the order written. */
    public Map<String, Boolean> tags() {
        return tags;
    }

    /** The attribute as written, e.g. {@code tag=deploy-35}; empty for the whole file. */
    public String spec() {
        return spec;
    }

    /** The single tag named by a plain {@code tag=name}, or null. */
    public String singleTag() {
        if (tags.size() == 1) {
            Map.Entry<String, Boolean> e = tags.entrySet().iterator().next();
            if (e.getValue() && !e.getKey().equals("*") && !e.getKey().equals("**")) {
                return e.getKey();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return spec.isEmpty() ? "(whole file)" : spec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagSelection t && t.tags.equals(tags)
                && new java.util.ArrayList<>(t.tags.keySet()).equals(new java.util.ArrayList<>(tags.keySet()));
    }

    @Override
    public int hashCode() {
        return tags.hashCode();
    }
}
