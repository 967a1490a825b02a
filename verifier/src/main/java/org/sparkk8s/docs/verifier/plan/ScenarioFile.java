package org.sparkk8s.docs.verifier.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.yaml.YamlDocument;
import org.sparkk8s.docs.verifier.yaml.YamlFile;

/**
 * Reads one {@code verify.yaml}. Every problem is collected with the line of the key it concerns
 * (unknown keys, wrong types, missing snippets and tags, bad durations, exemptions without a
 * reason), so an author sees all of them at once.
 */
final class ScenarioFile {

    private static final Set<String> ROOT_KEYS = Set.of("scenarios", "exempt");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "guide", "description", "namespaces",
            "namespace-suffix", "steps", "cleanup", "invariants");
    /** A live run appends {@code -<run id>} (7 characters) to a suffixed namespace; the result must stay a DNS label. */
    static final int SUFFIXED_NAMESPACE_MAX = 63 - 7;
    private static final Set<String> STEP_KEYS = Set.of("run", "name", "args", "env", "expect", "level");
    private static final Set<String> EXPECT_KEYS = Set.of("exit", "stdout", "stdout-matches", "stderr",
            "stderr-matches", "timeout");
    private static final Set<String> INVARIANT_KEYS = Set.of("name", "select", "path", "distinct-across", "equals",
            "matches");
    private static final Set<String> SELECT_KEYS = Set.of("kind", "api-version", "namespace", "labels");
    private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Catalog catalog;
    private final Path shown;
    private YamlDocument doc;
    private final List<Finding> problems = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Exemption> exemptions = new ArrayList<>();

    private ScenarioFile(Catalog catalog, Path shown) {
        this.catalog = catalog;
        this.shown = shown;
    }

    static ScenarioFile read(Catalog catalog, Path file) {
        ScenarioFile f = new ScenarioFile(catalog, catalog.workspace().relative(file));
        try {
            List<YamlDocument> docs = YamlFile.parse(SourceText.read(file, f.shown));
            if (docs.size() != 1) {
                f.problems.add(Finding.at(SourceLocation.of(f.shown, docs.isEmpty() ? 1 : docs.get(1).firstLine()),
                        docs.isEmpty() ? "empty scenario file: expected 'scenarios:'" : "expected one YAML document, found " + docs.size()));
                return f;
            }
            f.doc = docs.get(0);
            f.readRoot();
        } catch (ContentException e) {
            f.problems.add(Finding.at(e.location(), e.problem()));
        }
        return f;
    }

    List<Finding> problems() {
        return problems;
    }

    List<Scenario> scenarios() {
        return scenarios;
    }

    List<Exemption> exemptions() {
        return exemptions;
    }

    private void readRoot() {
        JsonNode root = doc.root();
        if (!object(root, "")) {
            return;
        }
        keys(root, "", ROOT_KEYS);
        JsonNode list = root.get("scenarios");
        if (list == null) {
            problem("", "expected a top-level 'scenarios:' list");
        } else if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                Scenario s = scenario(list.get(i), "/scenarios/" + i);
                if (s != null) {
                    scenarios.add(s);
                }
            }
        } else {
            problem("/scenarios", "'scenarios' must be a list");
        }
        JsonNode exempt = root.get("exempt");
        if (exempt != null && object(exempt, "/exempt")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = exempt.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "/exempt/" + YamlDocument.segment(e.getKey());
                String reason = e.getValue().isValueNode() && !e.getValue().isNull() ? e.getValue().asText().strip() : "";
                if (reason.isEmpty()) {
                    problem(at, "exemption of " + e.getKey() + " has no reason: write why no scenario runs it");
                    continue;
                }
                SnippetRef ref = SnippetRef.parse(e.getKey());
                SnippetText text = resolve(ref, at, "exempt");
                if (text != null) {
                    exemptions.add(new Exemption(ref, text, reason, loc(at)));
                }
            }
        }
    }

    private Scenario scenario(JsonNode n, String at) {
        if (!object(n, at)) {
            return null;
        }
        int before = problems.size();
        keys(n, at, SCENARIO_KEYS);
        String id = text(n, at, "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(at + "/id", "scenario id '" + id + "' must be lower-case letters, digits and '-' (it names report files)");
        }
        String guide = text(n, at, "guide", true);
        if (guide != null && catalog.guides().stream().map(Page::slug).noneMatch(guide::equals)) {
            problem(at + "/guide", "guide '" + guide + "' not found (guides: "
                    + String.join(", ", new TreeSet<>(catalog.guides().stream().map(Page::slug).toList())) + ")");
        }
        String description = text(n, at, "description", false);
        List<String> namespaces = new ArrayList<>();
        JsonNode ns = n.get("namespaces");
        if (ns != null) {
            if (!ns.isArray()) {
                problem(at + "/namespaces", "'namespaces' must be a list of namespace names");
            } else {
                for (int i = 0; i < ns.size(); i++) {
                    String name = ns.get(i).asText();
                    if (!ns.get(i).isTextual() || !DNS_LABEL.matcher(name).matches()) {
                        problem(at + "/namespaces/" + i, "'" + name + "' is not a valid namespace name (RFC 1123 label)");
                    } else {
                        namespaces.add(name);
                    }
                }
            }
        }
        boolean suffix = false;
        JsonNode sfx = n.get("namespace-suffix");
        if (sfx != null) {
            if (!sfx.isBoolean()) {
                problem(at + "/namespace-suffix", "'namespace-suffix' must be true or false");
            } else {
                suffix = sfx.asBoolean();
            }
        }
        if (suffix) {
            for (int i = 0; i < namespaces.size(); i++) {
                if (namespaces.get(i).length() > SUFFIXED_NAMESPACE_MAX) {
                    problem(at + "/namespaces/" + i, "'" + namespaces.get(i) + "' is too long for namespace-suffix: at most "
                            + SUFFIXED_NAMESPACE_MAX + " characters, so that '-' and a 6-character run id still fit in 63");
                }
            }
        }
        List<Step> steps = steps(n, at, "steps", Step.Phase.STEPS, true);
        List<Step> cleanup = steps(n, at, "cleanup", Step.Phase.CLEANUP, false);
        List<Invariant> invariants = new ArrayList<>();
        JsonNode inv = n.get("invariants");
        if (inv != null) {
            if (!inv.isArray()) {
                problem(at + "/invariants", "'invariants' must be a list");
            } else {
                Set<String> names = new HashSet<>();
                for (int i = 0; i < inv.size(); i++) {
                    Invariant invariant = invariant(inv.get(i), at + "/invariants/" + i);
                    if (invariant != null && !names.add(invariant.name())) {
                        problem(at + "/invariants/" + i + "/name", "duplicate invariant name '" + invariant.name() + "'");
                    } else if (invariant != null) {
                        invariants.add(invariant);
                    }
                }
            }
        }
        if (problems.size() > before || id == null) {
            return null;
        }
        return new Scenario(id, guide, description, List.copyOf(namespaces), suffix, steps, cleanup, List.copyOf(invariants),
                loc(at));
    }

    private List<Step> steps(JsonNode scenario, String at, String key, Step.Phase phase, boolean required) {
        JsonNode list = scenario.get(key);
        String here = at + "/" + key;
        List<Step> out = new ArrayList<>();
        if (list == null) {
            if (required) {
                problem(at, "scenario has no '" + key + ":'");
            }
            return out;
        }
        if (!list.isArray() || (required && list.isEmpty())) {
            problem(here, "'" + key + "' must be a " + (required ? "non-empty " : "") + "list of steps");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            Step s = step(list.get(i), here + "/" + i, phase, i);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private Step step(JsonNode n, String at, Step.Phase phase, int index) {
        if (!object(n, at)) {
            return null;
        }
        int before = problems.size();
        keys(n, at, STEP_KEYS);
        String run = text(n, at, "run", true);
        SnippetRef ref = run == null ? null : SnippetRef.parse(run);
        SnippetText script = ref == null ? null : resolve(ref, at + "/run", "run");
        String name = text(n, at, "name", false);
        List<String> args = new ArrayList<>();
        JsonNode a = n.get("args");
        if (a != null) {
            if (!a.isArray()) {
                problem(at + "/args", "'args' must be a list of positional arguments");
            } else {
                for (int i = 0; i < a.size(); i++) {
                    if (!a.get(i).isValueNode() || a.get(i).isNull()) {
                        problem(at + "/args/" + i, "an argument must be a string, number or boolean");
                    } else {
                        args.add(a.get(i).asText());
                    }
                }
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode e = n.get("env");
        if (e != null && object(e, at + "/env")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> v = it.next();
                String vAt = at + "/env/" + YamlDocument.segment(v.getKey());
                if (!ENV_NAME.matcher(v.getKey()).matches()) {
                    problem(vAt, "'" + v.getKey() + "' is not a valid environment variable name");
                } else if (!v.getValue().isValueNode() || v.getValue().isNull()) {
                    problem(vAt, "env " + v.getKey() + " must be a string, number or boolean");
                } else {
                    env.put(v.getKey(), v.getValue().asText());
                }
            }
        }
        Expectation expect = expectation(n.get("expect"), at + "/expect");
        Level level = Level.RENDER;
        String l = text(n, at, "level", false);
        if (l != null) {
            try {
                level = Level.fromId(l);
            } catch (IllegalArgumentException ex) {
                problem(at + "/level", ex.getMessage());
            }
        }
        if (problems.size() > before || script == null) {
            return null;
        }
        return new Step(name, ref, script, List.copyOf(args), Map.copyOf(env), expect, level, phase, index, loc(at));
    }

    private Expectation expectation(JsonNode n, String at) {
        if (n == null || !object(n, at)) {
            return Expectation.DEFAULT;
        }
        keys(n, at, EXPECT_KEYS);
        int exit = 0;
        JsonNode x = n.get("exit");
        if (x != null) {
            if (!x.canConvertToInt() || !x.isIntegralNumber() || x.asInt() < 0 || x.asInt() > 255) {
                problem(at + "/exit", "'exit' must be an exit code from 0 to 255");
            } else {
                exit = x.asInt();
            }
        }
        TextMatch stdout = match(n, at, "stdout");
        TextMatch stderr = match(n, at, "stderr");
        Duration timeout = null;
        String t = text(n, at, "timeout", false);
        if (t != null) {
            timeout = Durations.parse(t);
            if (timeout == null || timeout.isZero()) {
                problem(at + "/timeout", "malformed duration '" + t + "': write e.g. 90s, 5m or 1h30m");
            }
        } else if (n.has("timeout")) {
            problem(at + "/timeout", "malformed duration '" + n.get("timeout").asText() + "': write e.g. 90s, 5m or 1h30m");
        }
        return new Expectation(exit, stdout, stderr, timeout);
    }

    private TextMatch match(JsonNode n, String at, String stream) {
        String plain = text(n, at, stream, false);
        String regex = text(n, at, stream + "-matches", false);
        if (plain != null && regex != null) {
            problem(at + "/" + stream + "-matches", "give either '" + stream + "' or '" + stream + "-matches', not both");
            return null;
        }
        if (regex != null) {
            try {
                return TextMatch.matching(Pattern.compile(regex, Pattern.MULTILINE));
            } catch (PatternSyntaxException e) {
                problem(at + "/" + stream + "-matches", "invalid regular expression: " + e.getDescription());
                return null;
            }
        }
        return plain == null ? null : TextMatch.containing(plain);
    }

    private Invariant invariant(JsonNode n, String at) {
        if (!object(n, at)) {
            return null;
        }
        int before = problems.size();
        keys(n, at, INVARIANT_KEYS);
        String name = text(n, at, "name", true);
        Selector select = null;
        JsonNode s = n.get("select");
        if (s == null) {
            problem(at, "invariant has no 'select:'");
        } else if (object(s, at + "/select")) {
            keys(s, at + "/select", SELECT_KEYS);
            String kind = text(s, at + "/select", "kind", true);
            Map<String, String> labels = new LinkedHashMap<>();
            JsonNode lb = s.get("labels");
            if (lb != null && object(lb, at + "/select/labels")) {
                lb.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            }
            select = new Selector(kind, text(s, at + "/select", "api-version", false),
                    text(s, at + "/select", "namespace", false), Map.copyOf(labels));
        }
        String path = text(n, at, "path", true);
        JsonPath compiled = null;
        if (path != null) {
            try {
                compiled = JsonPath.compile(path);
            } catch (InvalidPathException | IllegalArgumentException e) {
                problem(at + "/path", "invalid JSONPath '" + path + "': " + e.getMessage());
            }
        }
        Invariant.Across across = null;
        String d = text(n, at, "distinct-across", false);
        if (d != null) {
            switch (d) {
                case "release" -> across = Invariant.Across.RELEASE;
                case "namespace" -> across = Invariant.Across.NAMESPACE;
                default -> problem(at + "/distinct-across", "'distinct-across' must be 'release' or 'namespace', not '" + d + "'");
            }
        }
        JsonNode equals = n.get("equals");
        Pattern matches = null;
        String m = text(n, at, "matches", false);
        if (m != null) {
            try {
                matches = Pattern.compile(m);
            } catch (PatternSyntaxException e) {
                problem(at + "/matches", "invalid regular expression: " + e.getDescription());
            }
        }
        if (d == null && equals == null && m == null) {
            problem(at, "invariant '" + name + "' checks nothing: give 'distinct-across', 'equals' or 'matches'");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Invariant(name, select, path, compiled, across, equals, matches, loc(at));
    }

    /** The snippet {@code ref} names, or null after recording why it cannot be run. */
    private SnippetText resolve(SnippetRef ref, String at, String what) {
        if (ref.file().isEmpty() || ref.file().endsWith("/" + Catalog.SCENARIO_FILE) || ref.file().equals(Catalog.SCENARIO_FILE)) {
            problem(at, what + ": '" + ref.id() + "' does not name a snippet file");
            return null;
        }
        SnippetFile file = catalog.snippet(ref.file()).orElse(null);
        if (file == null) {
            Path target = catalog.workspace().snippetsDir().resolve(ref.file()).normalize();
            Path rel = catalog.workspace().relative(target);
            Problem cause = catalog.problems().stream()
                    .filter(p -> p.isError() && p.location().file().equals(rel)).findFirst().orElse(null);
            problem(at, cause != null
                    ? what + ": cannot use snippets/" + ref.file() + ": it has an error at " + cause.location()
                    : what + ": snippet file snippets/" + ref.file() + " not found");
            return null;
        }
        if (ref.tag() != null) {
            if (ref.tag().isEmpty()) {
                problem(at, what + ": '" + ref.id() + "' has an empty tag");
                return null;
            }
            if (!file.tagNames().contains(ref.tag())) {
                problem(at, what + ": tag '" + ref.tag() + "' not found in " + file.shownAs()
                        + (file.tagNames().isEmpty() ? " (the file has no tags)" : " (tags there: " + String.join(", ", file.tagNames()) + ")"));
                return null;
            }
        }
        return SnippetText.of(file, ref.tag());
    }

    private boolean object(JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            problem(at, (at.isEmpty() ? "the file" : "'" + at.substring(at.lastIndexOf('/') + 1) + "'") + " must be a mapping");
            return false;
        }
        return true;
    }

    private void keys(JsonNode n, String at, Set<String> allowed) {
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problem(at + "/" + YamlDocument.segment(k), "unknown key '" + k + "' (expected one of: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        });
    }

    private String text(JsonNode n, String at, String key, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(at, "missing '" + key + ":'");
            }
            return null;
        }
        if (!v.isValueNode()) {
            problem(at + "/" + key, "'" + key + "' must be a single value");
            return null;
        }
        return v.asText();
    }

    private void problem(String pointer, String message) {
        problems.add(Finding.at(loc(pointer), message));
    }

    private SourceLocation loc(String pointer) {
        return SourceLocation.of(shown, doc == null ? 1 : doc.lineOf(pointer));
    }
}
