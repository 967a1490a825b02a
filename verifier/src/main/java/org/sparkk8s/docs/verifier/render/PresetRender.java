package org.sparkk8s.docs.verifier.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.objects.ManifestSchema;
import org.sparkk8s.docs.verifier.run.Sandbox;

/**
 * Every preset must render with each chart it is listed for (DESIGN.md, Presets): rendered with
 * real Helm in a sandbox whose charts have their dependencies built, and every object it renders
 * validated against the Kubernetes API types.
 */
public final class PresetRender {

    public static String name(String chart) {
        return "renders: " + chart;
    }

    private PresetRender() {
    }

    public static List<CheckResult> run(Catalog catalog, RenderRunner runner) {
        List<CheckResult> out = new ArrayList<>();
        if (catalog.presets().all().isEmpty()) {
            return out;
        }
        Sandbox sandbox = runner.sandbox();
        try {
            Map<String, String> built = new HashMap<>();
            for (Preset p : catalog.presets().all()) {
                Path values = sandbox.root().resolve(p.path());
                String shown = p.path().toString().replace('\\', '/');
                for (String chart : p.charts()) {
                    long start = System.nanoTime();
                    List<Finding> findings = new ArrayList<>();
                    Path chartDir = sandbox.root().resolve(chart);
                    String depError = built.computeIfAbsent(chart, c -> buildDependencies(chartDir));
                    SourceLocation at = SourceLocation.of(p.path(), 1);
                    if (!depError.isEmpty()) {
                        findings.add(Finding.at(at, "helm dependency build " + chart + " failed: " + depError));
                    } else if (Files.isRegularFile(values)) {
                        render(p, chart, chartDir, values, at, findings);
                    }
                    out.add(CheckResult.of(name(chart), shown, Level.RENDER, findings, "helm template with -f " + shown, start));
                }
            }
        } finally {
            runner.release(sandbox);
        }
        return out;
    }

    private static void render(Preset p, String chart, Path chartDir, Path values, SourceLocation at, List<Finding> findings) {
        String out;
        try {
            out = HelmJava.template(chartDir, p.name(), "default", List.of(values), Map.of(), null, null, false, false);
        } catch (RuntimeException e) {
            findings.add(Finding.at(at, "does not render with " + chart + ": " + String.valueOf(e.getMessage()).strip().replace('\n', ' ')));
            return;
        }
        try {
            for (Manifest.Item i : Manifest.parse(out, Path.of(chart))) {
                KubeObject o = new KubeObject(i.json(), "default", p.name(), KubeObject.Origin.UNKNOWN);
                for (ManifestSchema.Problem pr : ManifestSchema.check(i.json()).problems()) {
                    findings.add(Finding.at(at, "with " + chart + " renders " + o.describe()
                            + (i.source() == null ? "" : " (" + i.source() + ")") + " that Kubernetes rejects: "
                            + (pr.pointer().isEmpty() ? "" : pr.pointer().substring(1).replace('/', '.') + ": ") + pr.message()));
                }
            }
        } catch (ContentException e) {
            findings.add(Finding.at(at, "with " + chart + " renders invalid YAML: " + e.problem()));
        }
    }

    /** Builds a chart's dependencies once per sandbox; the error text, or empty when it worked or was not needed. */
    private static String buildDependencies(Path chartDir) {
        try {
            String chartYaml = Files.readString(chartDir.resolve("Chart.yaml"));
            if (!chartYaml.contains("dependencies:")) {
                return "";
            }
            HelmJava.dependency(chartDir, false, false, false, null);
            return "";
        } catch (IOException | RuntimeException e) {
            return String.valueOf(e.getMessage()).strip().replace('\n', ' ');
        }
    }
}
