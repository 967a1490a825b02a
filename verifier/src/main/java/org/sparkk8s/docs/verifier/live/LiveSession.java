package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.plan.Expectation;
import org.sparkk8s.docs.verifier.plan.ScriptLine;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.plan.Step;
import org.sparkk8s.docs.verifier.plan.TextMatch;
import org.sparkk8s.docs.verifier.run.Sandbox;
import org.sparkk8s.docs.verifier.run.ScenarioSession;
import org.sparkk8s.docs.verifier.run.StepResult;

/**
 * One scenario on a live cluster. Before the first step its namespaces are created (refusing to
 * start when one exists already: it would belong to someone else, or be left from an earlier
 * run); each step runs as a bash process in the scenario's copy of the repository, its output
 * kept under {@code target/verification/<scenario>/}; a failed step leaves diagnostics there; the
 * invariants read the live objects; at the end the namespaces it created are deleted.
 */
final class LiveSession implements ScenarioSession {

    /** What api-level helm prints when it left out --wait (see the helm wrapper). */
    private static final String NO_WAIT = "docs verify (level api): helm runs without";
    private static final Duration NAMESPACE_TIMEOUT = Duration.ofMinutes(6);

    private final LiveRunner runner;
    private final Scenario scenario;
    private final Sandbox sandbox;
    private final ScenarioNamespaces namespaces;
    private final Shell shell;
    private final Kubectl kubectl;
    private final Path artifacts;
    private final List<String> created = new ArrayList<>();
    private String workdir;
    private String refused;
    private boolean idle;
    private volatile Shell.Running current;

    LiveSession(LiveRunner runner, Scenario scenario, Sandbox sandbox, ScenarioNamespaces namespaces) {
        this.runner = runner;
        this.scenario = scenario;
        this.sandbox = sandbox;
        this.namespaces = namespaces;
        this.shell = runner.cluster().shell();
        this.kubectl = runner.kubectl();
        this.artifacts = runner.reportDir().resolve(scenario.id());
        try {
            start();
        } catch (RuntimeException e) {
            refused = "the scenario could not start: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (refused != null) {
            say("not started: " + refused);
        }
    }

    private void start() {
        clear(artifacts);
        if (scenario.allSteps().stream().noneMatch(st -> st.level().compareTo(runner.level()) <= 0)) {
            // every step is above this level: nothing to create, nothing to clean up
            idle = true;
            return;
        }
        say("start" + (namespaces.actual().isEmpty() ? "" : ": namespaces " + String.join(", ", namespaces.actual()))
                + " (" + runner.where() + ")");
        workdir = shell.share(sandbox, scenario.id());
        for (String ns : namespaces.actual()) {
            String phase = phase(ns);
            for (int waited = 0; phase.equals("Terminating") && waited < 150; waited++) {
                // the namespace of an earlier scenario that is still being deleted
                sleep(2000);
                phase = phase(ns);
            }
            if (phase.startsWith("!")) {
                refused = "cannot check namespace " + ns + ": " + phase.substring(1);
                return;
            }
            if (!phase.isEmpty()) {
                refused = "namespace " + ns + " already exists (" + phase + ") in " + runner.where()
                        + ": a scenario creates and deletes its own namespaces, so it does not run where one exists; delete it"
                        + (runner.cluster().shared() && !scenario.namespaceSuffix() ? ", or let the scenario use namespace-suffix" : "");
                return;
            }
        }
        for (String ns : namespaces.actual()) {
            Kubectl.Output o = kubectl.run(Duration.ofMinutes(1), "create", "namespace", ns);
            if (!o.ok()) {
                refused = "cannot create namespace " + ns + ": " + o.reason();
                return;
            }
            created.add(ns);
            // marks what the run made, for a human who finds it left behind
            kubectl.run(Duration.ofMinutes(1), "label", "namespace", ns, "docs-verify/run=" + runner.runId(),
                    "docs-verify/scenario=" + scenario.id(), "--overwrite");
        }
    }

    /** The namespace's phase; empty when it does not exist; {@code !reason} when kubectl failed. */
    private String phase(String ns) {
        Kubectl.Output o = kubectl.run(Duration.ofMinutes(1), "get", "namespace", ns, "--ignore-not-found",
                "-o", "jsonpath={.status.phase}");
        return o.ok() ? o.out().strip() : "!" + o.reason();
    }

    @Override
    public StepResult run(Step step) {
        String label = label(step);
        if (refused != null) {
            if (step.phase() == Step.Phase.CLEANUP) {
                say(label + " … not run");
                return StepResult.notRun(step, "not run: the scenario did not start (" + refused + ")");
            }
            say(label + " … failed: " + refused);
            Finding f = Finding.at(scenario.location(), refused);
            return new StepResult(step, Status.FAILED, null, List.of(f), List.of(), refused, 0, Instant.now());
        }
        if (runner.interrupted() && step.phase() == Step.Phase.STEPS) {
            String why = "interrupted (Ctrl-C) before this step";
            say(label + " … " + why);
            Finding f = Finding.at(snippetLocation(step), why);
            return new StepResult(step, Status.FAILED, null, List.of(f), List.of(), why, 0, Instant.now());
        }
        Instant at = Instant.now();
        String prefix = (step.phase() == Step.Phase.STEPS ? "step-" : "cleanup-") + String.format("%02d", step.index() + 1);
        Path stdout = artifacts.resolve(prefix + ".stdout");
        Path stderr = artifacts.resolve(prefix + ".stderr");
        List<String> argv = new ArrayList<>(List.of("bash"));
        if (step.run().isWholeFile()) {
            argv.add(step.shownFile());
        } else {
            argv.add(shell.put(scenario.id() + "/" + prefix + "-" + fileName(step), script(step)));
        }
        step.args().forEach(a -> argv.add(namespaces.substitute(a)));
        Map<String, String> env = new LinkedHashMap<>(namespaces.environment());
        step.env().forEach((k, v) -> env.put(k, namespaces.substitute(v)));
        Expectation expect = step.expect();
        Shell.Result r;
        try {
            Files.createDirectories(artifacts);
            current = shell.start(new Shell.Command(argv, env, workdir, expect.effectiveTimeout(), stdout, stderr));
            r = current.await();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            current = null;
        }
        String out = r.out();
        String err = r.err();
        List<String> notes = new ArrayList<>();
        notes.add("ran: " + String.join(" ", argv) + " (in " + runner.where() + ", " + shell.describe() + ")");
        notes.add("stdout: " + runner.shown(stdout) + " (" + out.lines().count() + " lines)");
        notes.add("stderr: " + runner.shown(stderr) + " (" + err.lines().count() + " lines)");
        if (err.contains(NO_WAIT)) {
            notes.add("helm ran without --wait/--atomic at level api; readiness is proven at level ready");
        }
        if (!r.leftovers().isEmpty()) {
            notes.add("ended background processes the step left running: " + String.join("; ", r.leftovers()));
        }
        List<String> files = new ArrayList<>(List.of(runner.shown(stdout), runner.shown(stderr)));
        String failure = failure(r, expect, out, err);
        if (failure == null) {
            String message = "exit " + r.exit() + " in " + Progress.seconds(r.millis());
            say(label + " … passed (" + Progress.seconds(r.millis()) + ")");
            return new StepResult(step, Status.PASSED, runner.level(), List.of(), notes, message, r.millis(), at,
                    List.copyOf(files));
        }
        if (r.ending() != Shell.Ending.INTERRUPTED) {
            // a shared cluster's default namespace is someone else's: diagnostics only look at the scenario's own
            List<String> where = !namespaces.actual().isEmpty() ? namespaces.actual()
                    : runner.cluster().shared() ? List.of() : List.of("default");
            if (!where.isEmpty()) {
                Path dir = artifacts.resolve(prefix + "-diagnostics");
                List<Path> collected = Diagnostics.collect(kubectl, where, dir);
                collected.forEach(p -> files.add(runner.shown(p)));
                failure += " (diagnostics: " + runner.shown(dir) + "/)";
            }
        }
        say(label + " … FAILED (" + Progress.seconds(r.millis()) + "): " + failure);
        Finding f = Finding.at(snippetLocation(step), failure);
        return new StepResult(step, Status.FAILED, null, List.of(f), notes, failure, r.millis(), at, List.copyOf(files));
    }

    /** Why the step failed, or null when it did what it was expected to. */
    private static String failure(Shell.Result r, Expectation expect, String out, String err) {
        if (r.ending() == Shell.Ending.INTERRUPTED) {
            return "interrupted (Ctrl-C) after " + Progress.seconds(r.millis()) + killed(r);
        }
        if (r.ending() == Shell.Ending.TIMED_OUT) {
            return "timed out after " + Progress.seconds(expect.effectiveTimeout().toMillis()) + " (expect.timeout)" + killed(r);
        }
        if (r.exit() != expect.exit()) {
            return "exit code " + r.exit() + ", expected " + expect.exit() + lastLine(err.isBlank() ? out : err);
        }
        if (expect.stdout() != null && !expect.stdout().test(out)) {
            return "stdout does not " + wanted(expect.stdout()) + firstLine("stdout", out);
        }
        if (expect.stderr() != null && !expect.stderr().test(err)) {
            return "stderr does not " + wanted(expect.stderr()) + firstLine("stderr", err);
        }
        return null;
    }

    private static String wanted(TextMatch m) {
        return m.substring() != null ? "contain \"" + m.substring() + "\"" : "match /" + m.regex().pattern() + "/";
    }

    private static String killed(Shell.Result r) {
        return r.killed().isEmpty() ? "" : "; ended " + r.killed().size() + " process" + (r.killed().size() == 1 ? "" : "es")
                + ": " + String.join(", ", r.killed());
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? "" : ": " + shorten(lines.get(lines.size() - 1));
    }

    private static String firstLine(String stream, String text) {
        List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? " (" + stream + " is empty)" : " (" + stream + " begins: " + shorten(lines.get(0)) + ")";
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /**
     * A tag region as a script: {@code set -euo pipefail} (the region runs as it would inside its
     * file, whose static check demands that line), then each line at its line number in the
     * snippet file, so that bash's error messages name the snippet's own lines.
     */
    static byte[] script(Step step) {
        List<ScriptLine> lines = step.script().lines();
        int last = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
        String[] text = new String[Math.max(last, 1)];
        java.util.Arrays.fill(text, "");
        text[0] = "set -euo pipefail";
        for (ScriptLine l : lines) {
            if (l.number() == 1) {
                text[0] = "set -euo pipefail; " + l.text();
            } else {
                text[l.number() - 1] = l.text();
            }
        }
        return (String.join("\n", text) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String fileName(Step step) {
        String f = step.run().file();
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** Where a live failure is reported: the snippet's first line that says something. */
    private static SourceLocation snippetLocation(Step step) {
        int line = step.script().contentLines().stream().findFirst().orElse(step.script().firstLine());
        return SourceLocation.of(Path.of(step.shownFile()), line);
    }

    private String label(Step step) {
        boolean main = step.phase() == Step.Phase.STEPS;
        int total = main ? scenario.steps().size() : scenario.cleanup().size();
        return (main ? "step " : "cleanup ") + (step.index() + 1) + "/" + total + " " + step.displayName();
    }

    @Override
    public void skipped(Step step) {
        say(label(step) + " … skipped (level " + step.level().id() + ")");
    }

    @Override
    public List<KubeObject> objects() {
        if (refused != null || idle || runner.interrupted()) {
            return List.of();
        }
        return LiveObjects.read(kubectl, scenario, namespaces);
    }

    @Override
    public boolean stepsIndependent() {
        return false;
    }

    /** Ends the running step now (Ctrl-C). */
    void interrupt() {
        Shell.Running r = current;
        if (r != null) {
            r.kill();
        }
    }

    @Override
    public void close() {
        try {
            if (!created.isEmpty()) {
                List<String> args = new ArrayList<>(List.of("delete", "namespace"));
                args.addAll(created);
                args.addAll(List.of("--ignore-not-found", "--wait=true", "--timeout=5m"));
                Kubectl.Output o = kubectl.run(NAMESPACE_TIMEOUT, args);
                say(o.ok() ? "deleted namespaces " + String.join(", ", created)
                        : "could not delete namespaces " + String.join(", ", created) + ": " + o.reason());
            }
            if (workdir != null) {
                shell.unshare(workdir);
            }
        } finally {
            runner.release(this, sandbox);
        }
    }

    private void say(String text) {
        runner.progress().line("[" + scenario.id() + "] " + text);
    }

    private static void clear(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
