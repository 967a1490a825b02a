package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.run.Sandbox;
import org.sparkk8s.docs.verifier.run.ScenarioSession;
import org.sparkk8s.docs.verifier.run.StepRunner;
import org.sparkk8s.docs.verifier.statics.ValuesSchema;

/**
 * The render tier: each scenario runs in its own sandboxed copy of the repository, and each step's
 * Helm commands are rendered exactly as written with real Helm (helm-java), offline. The values
 * files the commands pass are schema-checked on the way (static checks, collected here once per
 * file and chart).
 */
public final class RenderRunner implements StepRunner, AutoCloseable {

    private final Workspace workspace;
    private final List<Path> files;
    private final Map<String, CheckResult> overlayChecks = new ConcurrentHashMap<>();
    /** One sandbox per worker thread, reset between its scenarios; all removed by {@link #close()}. */
    private final java.util.Queue<Sandbox> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Queue<Sandbox> all = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public RenderRunner(Workspace workspace) {
        this.workspace = workspace;
        this.files = Sandbox.files(workspace);
    }

    @Override
    public Level level() {
        return Level.RENDER;
    }

    @Override
    public String where() {
        return "helm-java " + HelmJava.version() + " (offline)";
    }

    @Override
    public ScenarioSession open(Scenario scenario) {
        Sandbox s = idle.poll();
        if (s == null) {
            s = Sandbox.copy(workspace, files);
            all.add(s);
        }
        return new RenderSession(this, scenario, s);
    }

    /** Takes a sandbox back from a finished scenario, restored for the next one. */
    void release(Sandbox sandbox) {
        sandbox.reset();
        idle.add(sandbox);
    }

    @Override
    public void close() {
        all.forEach(Sandbox::close);
        all.clear();
        idle.clear();
    }

    Workspace workspace() {
        return workspace;
    }

    /** A sandbox for work outside scenarios (rendering presets); hand it back with {@link #release}. */
    Sandbox sandbox() {
        Sandbox s = idle.poll();
        if (s == null) {
            s = Sandbox.copy(workspace, files);
            all.add(s);
        }
        return s;
    }

    /** Checks a values file a command passes against the chart's schema, once per file and chart. */
    void checkOverlay(Path file, Path shownFile, Path chartDir, String chartShown) {
        String key = shownFile + " " + chartShown;
        overlayChecks.computeIfAbsent(key, k -> ValuesSchema.check(SourceText.read(file, shownFile), chartDir, chartShown));
    }

    /** The values-schema checks of every overlay the scenarios passed with {@code -f}. */
    public List<CheckResult> overlayChecks() {
        return new ArrayList<>(overlayChecks.values());
    }
}
