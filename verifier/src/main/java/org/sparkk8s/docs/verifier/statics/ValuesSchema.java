package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.yaml.YamlDocument;
import org.sparkk8s.docs.verifier.yaml.YamlFile;

/**
 * A values overlay checked against its chart's {@code values.schema.json}, the way Helm checks it:
 * the overlay is coalesced over the chart's own {@code values.yaml} (maps merge key by key, a
 * {@code null} removes a default) and the result is validated. Each violation is reported at the
 * overlay's line for that key; violations the chart's defaults have on their own are the chart's,
 * reported once against its {@code values.yaml}. A schema without {@code $schema} is read as
 * draft 2020-12, as Helm 3.18+ does.
 */
public final class ValuesSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Chart> CHARTS = new ConcurrentHashMap<>();

    /** A chart's schema and defaults, read once per run. */
    private record Chart(JsonSchema schema, ObjectNode defaults, Set<String> defaultViolations, List<Finding> ownProblems) {
    }

    private ValuesSchema() {
    }

    public static String name(String chartShown) {
        return "values schema: " + chartShown;
    }

    /**
     * @param chartDir the chart folder on disk
     * @param chartShown the chart as the command names it, for messages (e.g. {@code charts/spark-3.5})
     */
    public static CheckResult check(SourceText overlay, Path chartDir, String chartShown) {
        long start = System.nanoTime();
        String shown = overlay.shownAs().toString().replace('\\', '/');
        Chart chart;
        try {
            chart = chart(chartDir, chartShown);
        } catch (ContentException e) {
            return CheckResult.of(name(chartShown), shown, Level.STATIC, List.of(Finding.at(e.location(), e.problem())), null, start);
        }
        if (chart == null) {
            return CheckResult.skipped(name(chartShown), shown, Level.STATIC, chartShown + " has no values.schema.json");
        }
        List<Finding> findings = new ArrayList<>();
        List<YamlDocument> docs;
        try {
            docs = YamlFile.parse(overlay);
        } catch (ContentException e) {
            findings.add(Finding.at(e.location(), "YAML: " + e.problem()));
            return CheckResult.of(name(chartShown), shown, Level.STATIC, findings, null, start);
        }
        YamlDocument doc = docs.isEmpty() ? null : docs.get(0);
        if (docs.size() > 1) {
            findings.add(Finding.at(SourceLocation.of(overlay.shownAs(), docs.get(1).firstLine()),
                    "a values file has one document; Helm ignores this one and the ones after it"));
        }
        if (doc != null && !doc.root().isObject()) {
            findings.add(Finding.at(SourceLocation.of(overlay.shownAs(), doc.firstLine()), "a values file must be a mapping"));
            return CheckResult.of(name(chartShown), shown, Level.STATIC, findings, null, start);
        }
        ObjectNode merged = chart.defaults().deepCopy();
        if (doc != null) {
            coalesce(merged, (ObjectNode) doc.root());
        }
        for (ValidationMessage m : chart.schema().validate(merged)) {
            String pointer = pointer(m);
            if (chart.defaultViolations().contains(key(m))) {
                continue;
            }
            int line = doc == null ? 1 : doc.lineOf(pointer);
            findings.add(Finding.at(SourceLocation.of(overlay.shownAs(), line), describe(m, pointer)
                    + " (" + chartShown + "/values.schema.json)"));
        }
        return CheckResult.of(name(chartShown), shown, Level.STATIC, findings, "against " + chartShown, start);
    }

    /** Problems of the chart's own defaults against its schema (empty when it has no schema). */
    public static List<Finding> chartDefaults(Path chartDir, String chartShown) {
        try {
            Chart c = chart(chartDir, chartShown);
            return c == null ? List.of() : c.ownProblems();
        } catch (ContentException e) {
            return List.of(Finding.at(e.location(), e.problem()));
        }
    }

    private static Chart chart(Path chartDir, String chartShown) {
        Path dir = chartDir.toAbsolutePath().normalize();
        Path schemaFile = dir.resolve("values.schema.json");
        // keyed by content stamps too, so a long-lived process (docs serve) sees edits
        String key = dir + "|" + stamp(schemaFile) + "|" + stamp(dir.resolve("values.yaml"));
        Chart cached = CHARTS.get(key);
        if (cached != null) {
            return cached;
        }
        if (!Files.isRegularFile(schemaFile)) {
            return null;
        }
        Path schemaShown = Path.of(chartShown, "values.schema.json");
        JsonNode schemaNode;
        try {
            schemaNode = JSON.readTree(SourceText.read(schemaFile, schemaShown).text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ContentException(SourceLocation.of(schemaShown, line), "invalid JSON: " + e.getOriginalMessage());
        }
        SpecVersion.VersionFlag version = schemaNode.has("$schema")
                ? SpecVersionDetector.detect(schemaNode) : SpecVersion.VersionFlag.V202012;
        JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode);
        Path valuesFile = dir.resolve("values.yaml");
        Path valuesShown = Path.of(chartShown, "values.yaml");
        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        YamlDocument valuesDoc = null;
        if (Files.isRegularFile(valuesFile)) {
            List<YamlDocument> docs = YamlFile.parse(SourceText.read(valuesFile, valuesShown));
            if (!docs.isEmpty() && docs.get(0).root() instanceof ObjectNode o) {
                defaults = o;
                valuesDoc = docs.get(0);
            }
        }
        Set<String> own = new HashSet<>();
        List<Finding> ownProblems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(defaults)) {
            own.add(key(m));
            String pointer = pointer(m);
            ownProblems.add(Finding.at(SourceLocation.of(valuesShown, valuesDoc == null ? 1 : valuesDoc.lineOf(pointer)),
                    describe(m, pointer) + " (" + schemaShown + ")"));
        }
        Chart c = new Chart(schema, defaults, own, List.copyOf(ownProblems));
        CHARTS.put(key, c);
        return c;
    }

    private static String stamp(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis() + ":" + Files.size(f);
        } catch (java.io.IOException e) {
            return "absent";
        }
    }

    /** Helm's coalescing of user values over chart defaults. */
    static void coalesce(ObjectNode base, ObjectNode overlay) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode have = base.get(e.getKey());
            JsonNode put = e.getValue();
            if (put.isNull()) {
                base.remove(e.getKey());
            } else if (put.isObject() && have != null && have.isObject()) {
                coalesce((ObjectNode) have, (ObjectNode) put);
            } else {
                base.set(e.getKey(), put.deepCopy());
            }
        }
    }

    /** The JSON pointer of the key a message is about (the extra or missing property itself, where named). */
    private static String pointer(ValidationMessage m) {
        StringBuilder p = new StringBuilder();
        var path = m.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            p.append('/').append(el instanceof Integer n ? n.toString() : YamlDocument.segment(String.valueOf(el)));
        }
        if (m.getProperty() != null && ("additionalProperties".equals(m.getType()) || "unevaluatedProperties".equals(m.getType()))) {
            p.append('/').append(YamlDocument.segment(m.getProperty()));
        }
        return p.toString();
    }

    private static String key(ValidationMessage m) {
        return m.getType() + " " + pointer(m) + " " + m.getError();
    }

    private static String describe(ValidationMessage m, String pointer) {
        String dotted = pointer.isEmpty() ? "(top level)" : pointer.substring(1).replace("/", ".").replace("~1", "/").replace("~0", "~");
        if ("additionalProperties".equals(m.getType()) || "unevaluatedProperties".equals(m.getType())) {
            return "key '" + dotted + "' is not allowed by the chart's schema (misspelled, or not a value of this chart)";
        }
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            return "'" + dotted + "' is missing required key '" + m.getProperty() + "'";
        }
        return "'" + dotted + "': " + (m.getError() == null ? m.getMessage() : m.getError());
    }
}
