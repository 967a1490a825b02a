package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.objects.ManifestSchema;
import org.sparkk8s.docs.verifier.yaml.YamlDocument;
import org.sparkk8s.docs.verifier.yaml.YamlFile;

/**
 * YAML files: every document parses; every document with {@code apiVersion} and {@code kind} is a
 * Kubernetes manifest and is validated strictly ({@link ManifestSchema}).
 */
public final class YamlCheck {

    public static final String PARSE = "yaml";
    public static final String MANIFEST = "manifest schema";

    private YamlCheck() {
    }

    /** The parse check and, when the file holds manifests, the manifest check. */
    public static List<CheckResult> check(SnippetFile file) {
        return check(file.text(), file);
    }

    public static List<CheckResult> check(SourceText text, SnippetFile regions) {
        long start = System.nanoTime();
        String shown = text.shownAs().toString().replace('\\', '/');
        List<CheckResult> out = new ArrayList<>();
        List<YamlDocument> docs;
        try {
            docs = YamlFile.parse(text);
        } catch (ContentException e) {
            out.add(CheckResult.of(PARSE, shown, Level.STATIC, List.of(Finding.at(e.location(),
                    "YAML: " + e.problem() + Regions.suffix(regions, e.location().line()))), null, start));
            return out;
        }
        out.add(CheckResult.of(PARSE, shown, Level.STATIC, List.of(), docs.size() + " document(s)", start));
        long mStart = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        int manifests = 0;
        List<String> unknown = new ArrayList<>();
        for (YamlDocument d : docs) {
            if (!d.root().isObject() || !d.root().has("apiVersion") || !d.root().has("kind")) {
                continue;
            }
            manifests++;
            ManifestSchema.Result r = ManifestSchema.check(d.root());
            if (!r.known()) {
                unknown.add(d.root().path("apiVersion").asText() + " " + d.root().path("kind").asText());
            }
            for (ManifestSchema.Problem p : r.problems()) {
                int line = d.lineOf(p.pointer());
                findings.add(Finding.at(SourceLocation.of(Path.of(shown), line),
                        d.root().path("kind").asText() + " " + d.root().path("metadata").path("name").asText() + ": "
                                + p.message() + Regions.suffix(regions, line)));
            }
        }
        if (manifests > 0) {
            out.add(CheckResult.of(MANIFEST, shown, Level.STATIC, findings, unknown.isEmpty() ? manifests + " manifest(s)"
                    : "not validated (custom resources, no schema in the model): " + String.join(", ", unknown), mStart));
        }
        return out;
    }
}
