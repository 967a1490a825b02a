package org.sparkk8s.docs.site.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sparkk8s.docs.core.Workspace;

/**
 * What the site needs of the verifier's {@code target/verification/report.json} (its shape is
 * documented in {@code verifier/README-verifier.md}): when and how the run went, the result of
 * every snippet id, coverage per guide and language, and the failures. Read leniently: a field the
 * site does not use may change without breaking the site.
 */
public final class VerificationReport {

    /** The report's file name in the verification folder. */
    public static final String FILE = "report.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One snippet id's result. */
    public record Result(String status, String level, String where, Instant at, String message) {
    }

    /** One guide's coverage in one language. */
    public record Coverage(double percent, int includes, int run, int exempt, int presets, int uncovered) {
    }

    private final Instant generatedAt;
    private final List<String> levels;
    private final List<String> where;
    private final String live;
    private final Map<String, Result> snippets;
    private final Map<String, Map<String, Coverage>> coverage;
    private final List<String> failures;

    private VerificationReport(Instant generatedAt, List<String> levels, List<String> where, String live,
                               Map<String, Result> snippets, Map<String, Map<String, Coverage>> coverage, List<String> failures) {
        this.generatedAt = generatedAt;
        this.levels = levels;
        this.where = where;
        this.live = live;
        this.snippets = snippets;
        this.coverage = coverage;
        this.failures = failures;
    }

    /** Where the site looks for the latest report. */
    public static Path file(Workspace workspace) {
        return workspace.verificationDir().resolve(FILE);
    }

    /** Reads a report; throws {@link IOException} when the file is missing or is not a report. */
    public static VerificationReport read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file));
        if (root == null || !root.isObject() || !root.path("snippets").isObject()) {
            throw new IOException("no \"snippets\" object: not a verification report");
        }
        Map<String, Result> snippets = new LinkedHashMap<>();
        Set<String> where = new LinkedHashSet<>();
        for (var it = root.get("snippets").fields(); it.hasNext();) {
            var e = it.next();
            JsonNode n = e.getValue();
            Result r = new Result(text(n, "status"), text(n, "level"), text(n, "where"), instant(text(n, "at")), text(n, "message"));
            snippets.put(e.getKey(), r);
            if (r.where() != null && r.level() != null && !"local".equals(r.where())) {
                where.add(r.where());
            }
        }
        List<String> levels = new ArrayList<>();
        root.path("levels").forEach(l -> levels.add(l.asText()));
        JsonNode liveNode = root.path("live");
        String live = null;
        if (liveNode.isObject()) {
            live = text(liveNode, "skipped") != null ? null : text(liveNode, "where");
            if (live != null) {
                where.add(live);
            }
        }
        Map<String, Map<String, Coverage>> coverage = new LinkedHashMap<>();
        for (var it = root.path("coverage").path("guides").fields(); it.hasNext();) {
            var g = it.next();
            Map<String, Coverage> byLanguage = new LinkedHashMap<>();
            for (var langs = g.getValue().path("languages").fields(); langs.hasNext();) {
                var l = langs.next();
                JsonNode c = l.getValue();
                byLanguage.put(l.getKey(), new Coverage(c.path("percent").asDouble(), c.path("includes").asInt(), c.path("run").asInt(),
                        c.path("exempt").asInt(), c.path("presets").asInt(), c.path("uncovered").asInt()));
            }
            coverage.put(g.getKey(), byLanguage);
        }
        List<String> failures = new ArrayList<>();
        root.path("failures").forEach(f -> failures.add(f.has("text") ? f.get("text").asText() : f.toString()));
        String liveSkipped = liveNode.isObject() ? text(liveNode, "skipped") : null;
        return new VerificationReport(instant(text(root, "generatedAt")), List.copyOf(levels), List.copyOf(where),
                live != null ? live : liveSkipped == null ? null : "skipped: " + liveSkipped,
                Collections.unmodifiableMap(snippets), Collections.unmodifiableMap(coverage), List.copyOf(failures));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** When the run wrote the report. */
    public Instant generatedAt() {
        return generatedAt;
    }

    /** The levels the run covered, e.g. {@code static, render}. */
    public List<String> levels() {
        return levels;
    }

    /** Where the snippets were proven: {@code helm-java v3.21.0 (offline)}, a k3s version or a kube context. */
    public List<String> where() {
        return where;
    }

    /** The live tier's cluster, {@code skipped: <why>}, or null when no live tier was asked for. */
    public String live() {
        return live;
    }

    /** The result of a snippet id exactly as the verifier writes it ({@code topic/file.sh#tag}, {@code presets/values-x.yaml}), or null. */
    public Result result(String snippetId) {
        return snippets.get(snippetId);
    }

    /** Coverage of a guide by language code; empty when the report has none for it. */
    public Map<String, Coverage> coverage(String guide) {
        return coverage.getOrDefault(guide, Map.of());
    }

    /** Every failure, as the verifier prints it ({@code path:line (guide …): what}). */
    public List<String> failures() {
        return failures;
    }
}
