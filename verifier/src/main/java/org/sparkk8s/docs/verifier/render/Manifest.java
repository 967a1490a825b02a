package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.verifier.yaml.YamlDocument;
import org.sparkk8s.docs.verifier.yaml.YamlFile;

/** The objects of a multi-document manifest, each with the template it came from ({@code # Source:}). */
final class Manifest {

    /** One object and its template path (null when the manifest does not say). */
    record Item(JsonNode json, String source) {
    }

    private Manifest() {
    }

    /** Splits Helm's output on its {@code ---} separators; a document that does not parse is an error. */
    static List<Item> parse(String text, Path shownAs) {
        List<Item> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String line : (text + "\n---").split("\n", -1)) {
            if (line.equals("---") || line.startsWith("--- ")) {
                addDocument(doc.toString(), shownAs, out);
                doc.setLength(0);
            } else {
                doc.append(line).append('\n');
            }
        }
        return out;
    }

    private static void addDocument(String doc, Path shownAs, List<Item> out) {
        String source = null;
        for (String l : doc.split("\n")) {
            if (l.startsWith("# Source: ")) {
                source = l.substring("# Source: ".length()).strip();
                break;
            }
        }
        if (doc.isBlank()) {
            return;
        }
        List<YamlDocument> docs;
        try {
            docs = YamlFile.parse(SourceText.of(doc, shownAs));
        } catch (ContentException e) {
            throw new ContentException(e.location(), (source == null ? "" : source + ": ") + e.problem());
        }
        String from = source;
        for (YamlDocument d : docs) {
            JsonNode j = d.root();
            if (j.isObject() && j.path("kind").asText().endsWith("List") && j.path("items").isArray()) {
                j.path("items").forEach(item -> out.add(new Item(item, from)));
            } else if (j.isObject()) {
                out.add(new Item(j, from));
            }
        }
    }
}
