package org.sparkk8s.docs.verifier.yaml;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.core.text.YamlErrors;

/**
 * Reads every document of a YAML text into {@link YamlDocument}s in one pass over Jackson's
 * tokens, recording where each key stands. Duplicate keys are errors, as they are for Helm and
 * kubectl (go-yaml rejects them).
 */
public final class YamlFile {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlFile() {
    }

    /** All non-empty documents; a syntax error is a {@link ContentException} at its line. */
    public static List<YamlDocument> parse(SourceText text) {
        try (JsonParser p = FACTORY.createParser(text.text())) {
            List<YamlDocument> docs = new ArrayList<>();
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Map<String, Integer> lines = new HashMap<>();
                int first = p.currentTokenLocation().getLineNr();
                JsonNode root = read(p, t, "", lines);
                // an empty document ("---" with nothing after it) comes back as null or an empty string
                if (root != null && !root.isNull() && !(root.isTextual() && root.asText().isEmpty())) {
                    lines.put("", first);
                    docs.add(new YamlDocument(root, index, first, lines));
                }
                index++;
            }
            return docs;
        } catch (JsonProcessingException e) {
            throw YamlErrors.locate(e, text, 0);
        } catch (IOException e) {
            throw new IllegalStateException("reading YAML from memory failed", e);
        }
    }

    /** Reads the value starting at the current token {@code t}; iterative so deep files cannot overflow. */
    private static JsonNode read(JsonParser p, JsonToken t, String pointer, Map<String, Integer> lines) throws IOException {
        if (!t.isStructStart()) {
            return scalar(p, t);
        }
        JsonNode root = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        Deque<Object[]> stack = new ArrayDeque<>(); // {container, pointer, nextIndex}
        stack.push(new Object[] {root, pointer, 0});
        String field = null;
        int fieldLine = 0;
        while (!stack.isEmpty()) {
            JsonToken n = p.nextToken();
            Object[] top = stack.peek();
            JsonNode container = (JsonNode) top[0];
            if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            if (n == JsonToken.FIELD_NAME) {
                field = p.currentName();
                fieldLine = p.currentTokenLocation().getLineNr();
                continue;
            }
            String childPointer;
            int line;
            if (container.isObject()) {
                childPointer = top[1] + "/" + YamlDocument.segment(field);
                line = fieldLine;
            } else {
                int i = (Integer) top[2];
                top[2] = i + 1;
                childPointer = top[1] + "/" + i;
                line = p.currentTokenLocation().getLineNr();
            }
            lines.put(childPointer, line);
            JsonNode child = n.isStructStart()
                    ? (n == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode())
                    : scalar(p, n);
            if (container instanceof ObjectNode o) {
                o.set(field, child);
            } else {
                ((ArrayNode) container).add(child);
            }
            if (n.isStructStart()) {
                stack.push(new Object[] {child, childPointer, 0});
            }
        }
        return root;
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_EMBEDDED_OBJECT -> NODES.textNode(String.valueOf(p.getEmbeddedObject()));
            default -> NODES.nullNode();
        };
    }
}
