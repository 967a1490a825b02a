package org.sparkk8s.docs.verifier.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.run.InvariantOutcome;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.run.StepResult;

/** Writes {@code report.json}; the shape is documented in {@code verifier/README-verifier.md}. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** Writes the report atomically (a reader never sees half a file). */
    public static Path write(Report r, Path dir) {
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve("report.json");
            Path tmp = Files.createTempFile(dir, "report", ".json.tmp");
            JSON.writeValue(tmp.toFile(), tree(r));
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the verification report", e);
        }
    }

    static ObjectNode tree(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("generatedAt", r.generatedAt().toString());
        ArrayNode levels = root.putArray("levels");
        r.levels().forEach(l -> levels.add(l.id()));
        ObjectNode tools = root.putObject("tools");
        r.tools().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tools.put(e.getKey(), e.getValue()));
        if (r.live() == null) {
            root.putNull("live");
        } else {
            ObjectNode live = root.putObject("live");
            putLevel(live, "level", r.live().level());
            live.put("cluster", r.live().cluster());
            live.put("where", r.live().where());
            live.put("runId", r.live().runId());
            ObjectNode liveTools = live.putObject("tools");
            r.live().tools().forEach(liveTools::put);
            live.put("skipped", r.live().skipped());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("ok", r.ok());
        summary.put("duration", r.millis());
        ObjectNode phases = summary.putObject("phases");
        r.phases().forEach(phases::put);
        summary.put("failures", r.failures().size());
        ObjectNode counts = summary.putObject("checks");
        counts.put("passed", r.count(Status.PASSED));
        counts.put("failed", r.count(Status.FAILED));
        counts.put("skipped", r.count(Status.SKIPPED));
        counts.put("not-run", r.count(Status.NOT_RUN));
        ObjectNode snippetCounts = summary.putObject("snippets");
        for (Status s : Status.values()) {
            snippetCounts.put(s.id(), r.snippets().values().stream().filter(x -> x.status() == s).count());
        }
        summary.put("coverage", round(r.coverage().total().percent()));
        ArrayNode skipped = summary.putArray("skipped");
        r.skipReasons().forEach(skipped::add);

        ObjectNode snippets = root.putObject("snippets");
        r.snippets().forEach((id, s) -> {
            ObjectNode n = snippets.putObject(id);
            n.put("status", s.status().id());
            putLevel(n, "level", s.level());
            n.put("where", s.where());
            putTime(n, "at", s.at());
            n.put("duration", s.millis());
            n.put("message", s.message());
            putLocation(n, "location", s.location());
            strings(n.putArray("guides"), s.guides());
            strings(n.putArray("scenarios"), s.scenarios());
        });

        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult s : r.scenarios()) {
            ObjectNode n = scenarios.addObject();
            n.put("id", s.scenario().id());
            n.put("guide", s.scenario().guide());
            n.put("description", s.scenario().description());
            putLocation(n, "location", s.scenario().location());
            strings(n.putArray("namespaces"), s.scenario().namespaces());
            n.put("status", s.status().id());
            putLevel(n, "level", s.level());
            n.put("where", s.where());
            putTime(n, "at", s.at());
            n.put("duration", s.millis());
            ArrayNode steps = n.putArray("steps");
            for (StepResult st : s.steps()) {
                ObjectNode x = steps.addObject();
                x.put("name", st.step().displayName());
                x.put("run", st.step().run().id());
                x.put("phase", st.step().phase() == org.sparkk8s.docs.verifier.plan.Step.Phase.STEPS ? "steps" : "cleanup");
                x.put("level", st.step().level().id());
                x.put("status", st.status().id());
                putLevel(x, "proved", st.proved());
                putTime(x, "at", st.at());
                x.put("duration", st.millis());
                x.put("message", st.message());
                putLocation(x, "location", st.step().location());
                findings(x.putArray("findings"), st.findings());
                strings(x.putArray("notes"), st.notes());
                strings(x.putArray("artifacts"), st.artifacts());
            }
            ArrayNode invariants = n.putArray("invariants");
            for (InvariantOutcome i : s.invariants()) {
                ObjectNode x = invariants.addObject();
                x.put("name", i.invariant().name());
                x.put("path", i.invariant().path());
                x.put("status", i.status().id());
                x.put("message", i.message());
                findings(x.putArray("findings"), i.findings());
            }
        }

        Coverage c = r.coverage();
        ObjectNode cov = root.putObject("coverage");
        counts(cov, c.total());
        boolean identical = c.guides().values().stream().allMatch(Coverage.GuideCoverage::identical);
        cov.put("identicalAcrossLanguages", identical);
        ObjectNode guides = cov.putObject("guides");
        c.guides().forEach((slug, g) -> {
            ObjectNode n = guides.putObject(slug);
            n.put("kind", g.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("identical", g.identical());
            n.put("difference", g.difference());
            ObjectNode langs = n.putObject("languages");
            for (Map.Entry<Language, Coverage.Counts> e : g.languages().entrySet()) {
                counts(langs.putObject(e.getKey().code()), e.getValue());
            }
        });
        ArrayNode includes = cov.putArray("includes");
        for (Coverage.Entry e : c.entries()) {
            ObjectNode n = includes.addObject();
            putLocation(n, "location", e.include().location());
            n.put("page", e.page().slug());
            n.put("language", e.page().language().code());
            n.put("snippet", e.id());
            n.put("state", e.state().name().toLowerCase(java.util.Locale.ROOT));
            strings(n.putArray("scenarios"), e.scenarios());
            n.put("reason", e.exemptReason());
        }
        findings(cov.putArray("uncovered"), c.uncovered());

        ArrayNode checks = root.putArray("checks");
        for (CheckResult ch : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("name", ch.name());
            n.put("subject", ch.subject());
            putLevel(n, "level", ch.level());
            n.put("status", ch.status().id());
            putTime(n, "at", ch.at());
            n.put("duration", ch.millis());
            n.put("note", ch.note());
            findings(n.putArray("findings"), ch.findings());
        }
        findings(root.putArray("failures"), r.failures());
        return root;
    }

    private static void counts(ObjectNode n, Coverage.Counts c) {
        n.put("percent", round(c.percent()));
        n.put("includes", c.includes());
        n.put("run", c.run());
        n.put("exempt", c.exempt());
        n.put("presets", c.presets());
        n.put("uncovered", c.uncovered());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void findings(ArrayNode a, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode n = a.addObject();
            putLocation(n, "location", f.location());
            n.put("context", f.context());
            n.put("message", f.message());
            n.put("text", f.toString());
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void putLevel(ObjectNode n, String key, Level l) {
        if (l == null) {
            n.putNull(key);
        } else {
            n.put(key, l.id());
        }
    }

    private static void putTime(ObjectNode n, String key, Instant t) {
        if (t == null) {
            n.putNull(key);
        } else {
            n.put(key, t.toString());
        }
    }

    private static void putLocation(ObjectNode n, String key, SourceLocation l) {
        if (l == null) {
            n.putNull(key);
        } else {
            n.put(key, l.toString());
        }
    }
}
