package org.sparkk8s.docs.verifier.yaml;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One document of a YAML file as a Jackson tree, with the line every key and list item stands on,
 * so that a check working on the tree can still point at the source.
 *
 * @param lines JSON pointer ({@code /spec/template/0/name}) to 1-based line
 */
public record YamlDocument(JsonNode root, int index, int firstLine, Map<String, Integer> lines) {

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return firstLine;
            }
            int cut = p.lastIndexOf('/');
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    /** True when the document has a node exactly at {@code pointer}. */
    public boolean has(String pointer) {
        return lines.containsKey(pointer);
    }

    /** A JSON pointer segment with {@code ~} and {@code /} escaped. */
    public static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
