package org.sparkk8s.docs.verifier.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.objects.KubeObject;
import org.sparkk8s.docs.verifier.objects.ManifestSchema;
import org.sparkk8s.docs.verifier.objects.PodSecurity;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.plan.Step;
import org.sparkk8s.docs.verifier.run.Sandbox;
import org.sparkk8s.docs.verifier.run.ScenarioSession;
import org.sparkk8s.docs.verifier.run.StepResult;

/**
 * One scenario at the render tier. Each step's script is read with {@link ShellParser}; its
 * {@code helm} commands are parsed ({@link HelmCommand}) and rendered in the scenario's sandbox,
 * {@code helm dependency build|update} and {@code helm lint} really run, and
 * {@code kubectl apply|create -f} of files, here-documents and piped {@code helm template}
 * output add their objects too. Every rendered object is validated against the Kubernetes API
 * types and PSS {@code restricted}; installs go into a {@link ClusterState} that reports clashes.
 */
final class RenderSession implements ScenarioSession {

    private static final Pattern REPO_CHART = Pattern.compile("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");

    private final RenderRunner runner;
    private final Scenario scenario;
    private final Sandbox sandbox;
    private final ClusterState state = new ClusterState();
    /** Manifests written by {@code helm template … > file}, by sandbox path. */
    private final Map<Path, List<KubeObject>> written = new HashMap<>();
    private boolean skippedBefore;

    RenderSession(RenderRunner runner, Scenario scenario, Sandbox sandbox) {
        this.runner = runner;
        this.scenario = scenario;
        this.sandbox = sandbox;
        scenario.namespaces().forEach(state::createNamespace);
    }

    @Override
    public void skipped(Step step) {
        skippedBefore = true;
    }

    @Override
    public List<KubeObject> objects() {
        return state.objects();
    }

    @Override
    public boolean stepsIndependent() {
        return true;
    }

    @Override
    public void close() {
        runner.release(sandbox);
    }

    /** What one step run collects. */
    private final class Run {
        final Step step;
        final Path file;
        final List<Finding> findings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean rendered;

        Run(Step step) {
            this.step = step;
            this.file = step.script().file().shownAs();
        }

        SourceLocation at(int line) {
            return SourceLocation.of(file, line);
        }

        void fail(int line, String message) {
            findings.add(Finding.at(at(line), message));
        }
    }

    @Override
    public StepResult run(Step step) {
        long start = System.nanoTime();
        Run run = new Run(step);
        Map<String, String> env = new LinkedHashMap<>(step.env());
        ShellVariables vars = new ShellVariables(env, step.args(), run.file.toString());
        List<ShellCommand> commands;
        try {
            commands = ShellParser.parse(step.script().lines(), vars);
        } catch (ShellParser.SyntaxError e) {
            run.fail(e.line(), "cannot read this shell: " + e.getMessage());
            return result(run, start);
        }
        Set<Integer> consumed = new HashSet<>();
        for (int k = 0; k < commands.size(); k++) {
            ShellCommand c = commands.get(k);
            String name = c.name();
            if (name == null || consumed.contains(k)) {
                continue;
            }
            try {
                if (name.equals("helm") || name.endsWith("/helm")) {
                    helm(run, c, env, k + 1 < commands.size() ? commands.get(k + 1) : null, consumed, k);
                } else if (name.equals("kubectl") || name.endsWith("/kubectl")) {
                    kubectl(run, c, null);
                }
            } catch (HelmCommand.Invalid e) {
                run.fail(e.line(), e.getMessage());
            }
        }
        return result(run, start);
    }

    private StepResult result(Run run, long start) {
        Status status = run.findings.isEmpty() ? Status.PASSED : Status.FAILED;
        String message = !run.findings.isEmpty() ? run.findings.get(0).message()
                : run.rendered ? String.join("; ", run.notes)
                : "parsed; nothing to render (its commands are proven at level api)";
        return new StepResult(run.step, status, run.rendered ? Level.RENDER : Level.STATIC, List.copyOf(run.findings),
                List.copyOf(run.notes), message, (System.nanoTime() - start) / 1_000_000, Instant.now());
    }

    private void helm(Run run, ShellCommand c, Map<String, String> env, ShellCommand next, Set<Integer> consumed, int k) {
        HelmCommand h = HelmCommand.parse(c);
        Path dir = workingDir(run, c);
        if (dir == null) {
            return;
        }
        String ns = h.value("namespace") != null ? h.value("namespace")
                : c.prefixEnv().getOrDefault("HELM_NAMESPACE", env.getOrDefault("HELM_NAMESPACE", "default"));
        switch (h.action()) {
            case RENDER -> render(run, c, h, dir, ns, next, consumed, k);
            case DEPENDENCY -> dependency(run, h, dir);
            case LINT -> lint(run, h, dir);
            case UNINSTALL -> {
                for (Arg r : h.positional()) {
                    if (state.release(r.text(), ns) == null && !h.is("ignore-not-found") && !skippedBefore) {
                        run.fail(r.line(), "helm uninstall " + r.text() + ": release " + r.text() + " not found in namespace "
                                + ns + " (no earlier step of scenario " + scenario.id() + " installs it)");
                    }
                    if (!h.is("dry-run")) {
                        state.uninstall(r.text(), ns);
                    }
                }
                if (h.positional().isEmpty()) {
                    run.fail(c.line(), "helm uninstall needs a release name");
                }
            }
            case RELEASE_QUERY -> {
                List<Arg> pos = h.positional();
                Arg release = h.subcommand().equals("get") ? (pos.size() > 1 ? pos.get(1) : null) : (pos.isEmpty() ? null : pos.get(0));
                if (release != null && state.release(release.text(), ns) == null && !skippedBefore) {
                    run.fail(release.line(), "helm " + h.subcommand() + ": release " + release.text() + " not found in namespace "
                            + ns + " (no earlier step of scenario " + scenario.id() + " installs it)");
                }
            }
            default -> {
            }
        }
    }

    private Path workingDir(Run run, ShellCommand c) {
        if (c.cwd() == null) {
            run.fail(c.line(), "cannot tell which directory this command runs in: an earlier cd goes to a directory "
                    + "the verifier cannot know");
            return null;
        }
        return sandbox.root().resolve(c.cwd());
    }

    private void render(Run run, ShellCommand c, HelmCommand h, Path dir, String ns, ShellCommand next,
                        Set<Integer> consumed, int k) {
        String sub = h.subcommand();
        List<Arg> pos = h.positional();
        boolean generate = h.is("generate-name");
        Arg chartArg;
        String release;
        if (sub.equals("template")) {
            if (pos.isEmpty() || pos.size() > 2) {
                throw new HelmCommand.Invalid(c.line(), "helm template takes [NAME] CHART, got " + pos.size() + " arguments");
            }
            chartArg = pos.get(pos.size() - 1);
            release = pos.size() == 2 ? pos.get(0).text() : null;
        } else {
            int want = sub.equals("install") && generate ? 1 : 2;
            if (pos.size() != want) {
                throw new HelmCommand.Invalid(c.line(), "helm " + sub + " takes " + (want == 1 ? "CHART (with --generate-name)"
                        : "RELEASE and CHART") + ", got " + pos.size() + " argument" + (pos.size() == 1 ? "" : "s")
                        + (pos.isEmpty() ? "" : ": " + String.join(" ", pos.stream().map(Arg::text).toList())));
            }
            chartArg = pos.get(want - 1);
            release = want == 2 ? pos.get(0).text() : null;
        }
        Path chart = chart(run, chartArg, dir);
        if (chart == null) {
            return;
        }
        String chartShown = sandbox.shown(chart).toString().replace('\\', '/');
        if (release == null) {
            release = generate ? chartName(chart) + "-" + (System.currentTimeMillis() / 1000) : "release-name";
        }
        boolean applies = !sub.equals("template") && !dryRun(h);
        if (applies) {
            ClusterState.Release existing = state.release(release, ns);
            boolean upgrade = sub.equals("upgrade");
            if (!upgrade && existing != null) {
                run.fail(c.line(), "helm install " + release + ": release " + release + " already exists in namespace " + ns
                        + " (installed at " + existing.at() + "); a second install fails (use helm upgrade)");
                return;
            }
            if (upgrade && existing == null && !h.is("install") && !skippedBefore) {
                run.fail(c.line(), "helm upgrade " + release + ": release " + release + " is not installed in namespace "
                        + ns + " and the command has no --install (Helm: has no deployed releases)");
                return;
            }
            if (!state.hasNamespace(ns) && !h.is("create-namespace")) {
                run.fail(c.line(), "namespace " + ns + " does not exist when this runs: it is not in the scenario's "
                        + "namespaces:, no earlier step creates it, and the command has no --create-namespace");
                return;
            }
        }
        List<Path> valuesFiles = new ArrayList<>();
        if (sub.equals("upgrade") && (h.is("reuse-values") || h.is("reset-then-reuse-values")) && !h.is("reset-values")) {
            ClusterState.Release existing = state.release(release, ns);
            if (existing != null) {
                valuesFiles.addAll(existing.valuesFiles());
            }
        }
        List<Path> ownFiles = new ArrayList<>();
        for (Arg f : h.all("values")) {
            for (String one : f.text().split(",")) {
                Path p = dir.resolve(one).normalize();
                if (!Files.isRegularFile(p)) {
                    run.fail(f.line(), "values file " + one + " not found (from " + (c.cwd().isEmpty() ? "the repository root" : c.cwd()) + ")");
                    return;
                }
                ownFiles.add(p);
                runner.checkOverlay(p, sandbox.shown(p), chart, chartShown);
            }
        }
        valuesFiles.addAll(ownFiles);
        List<HelmValues.SetArg> sets = new ArrayList<>();
        for (SetValues.Kind kind : SetValues.Kind.values()) {
            String flag = kind.flag.substring(2);
            for (Arg a : h.all(flag)) {
                sets.add(new HelmValues.SetArg(kind, a.text(), a.line()));
            }
        }
        HelmValues.Prepared values;
        try {
            values = HelmValues.prepare(valuesFiles, sets, sandbox.root().resolve(".verifier"),
                    sandbox::shown, path -> readSetFile(dir, path));
        } catch (HelmValues.Problem e) {
            if (e.file != null) {
                run.findings.add(Finding.at(SourceLocation.of(e.file, e.line), e.getMessage()));
            } else {
                run.fail(e.line, e.getMessage());
            }
            return;
        }
        String out;
        try {
            out = HelmJava.template(chart, release, ns, values.files(), values.intSets(), h.value("version"),
                    h.value("kube-version"), h.is("skip-crds"), h.is("dependency-update"));
        } catch (RuntimeException e) {
            run.fail(c.line(), "helm " + sub + " " + release + " " + chartArg.text() + " does not render: " + helmError(e));
            return;
        }
        List<Manifest.Item> items;
        try {
            items = Manifest.parse(out, Path.of(chartShown));
        } catch (ContentException e) {
            run.fail(c.line(), "helm " + sub + " " + release + " renders invalid YAML: " + e.problem());
            return;
        }
        if (h.has("show-only")) {
            Set<String> only = new HashSet<>();
            h.all("show-only").forEach(a -> only.add(a.text()));
            items = items.stream().filter(i -> i.source() != null && only.stream().anyMatch(i.source()::endsWith)).toList();
        }
        String how = "helm " + sub + " " + release + " " + chartArg.text();
        List<KubeObject> objects = new ArrayList<>();
        for (Manifest.Item i : items) {
            objects.add(new KubeObject(i.json(), ns, sub.equals("template") ? null : release,
                    new KubeObject.Origin(run.at(c.line()), how, i.source())));
        }
        checkObjects(run, c.line(), objects, "release " + release);
        run.rendered = true;
        run.notes.add(how + " → " + objects.size() + " object" + (objects.size() == 1 ? "" : "s") + " in namespace " + ns);
        List<KubeObject> installable = objects.stream().filter(o -> !isHook(o.json())).toList();
        if (applies) {
            if (h.is("create-namespace")) {
                state.createNamespace(ns);
            }
            for (String clash : state.install(new ClusterState.Owner(release, ns, run.at(c.line())), installable,
                    values.files(), h.is("take-ownership"))) {
                run.fail(c.line(), clash);
            }
        } else if (sub.equals("template")) {
            if (next != null && next.pipedFromPrevious() && isKubectlApplyStdin(next)) {
                consumed.add(k + 1);
                kubectl(run, next, installable);
            }
            for (String r : c.redirects()) {
                if (r.startsWith(">") && !r.startsWith(">&")) {
                    written.put(dir.resolve(r.replaceFirst("^>>?\\|?", "").strip()).normalize(), installable);
                }
            }
        }
    }

    private static boolean dryRun(HelmCommand h) {
        String d = h.value("dry-run");
        return d != null && !d.equals("none") && !d.equals("false");
    }

    private static boolean isHook(JsonNode o) {
        return o.path("metadata").path("annotations").has("helm.sh/hook");
    }

    private Path chart(Run run, Arg chartArg, Path dir) {
        String ref = chartArg.text();
        Path p = dir.resolve(ref).normalize();
        if (Files.isRegularFile(p.resolve("Chart.yaml")) || (Files.isRegularFile(p) && ref.endsWith(".tgz"))) {
            if (!p.startsWith(sandbox.root())) {
                run.fail(chartArg.line(), "chart path " + ref + " leaves the repository");
                return null;
            }
            return p;
        }
        if (ref.startsWith("oci://") || ref.startsWith("http://") || ref.startsWith("https://")
                || (REPO_CHART.matcher(ref).matches() && !Files.exists(p))) {
            run.fail(chartArg.line(), "chart " + ref + " is not a local chart: the render tier renders charts from this "
                    + "repository only (run the step at level api, or exempt it)");
            return null;
        }
        run.fail(chartArg.line(), "chart " + ref + " not found: no " + sandbox.shown(p.resolve("Chart.yaml")).toString().replace('\\', '/'));
        return null;
    }

    private static String chartName(Path chart) {
        try {
            for (String l : Files.readAllLines(chart.resolve("Chart.yaml"))) {
                if (l.startsWith("name:")) {
                    return l.substring(5).strip().replace("\"", "").replace("'", "");
                }
            }
        } catch (IOException e) {
            // fall through to the folder name
        }
        return chart.getFileName().toString();
    }

    private String readSetFile(Path dir, String path) {
        Path p = dir.resolve(path).normalize();
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SetValues.Invalid("--set-file " + path + ": file not found");
        }
    }

    /** Schema and PSS checks of objects that would be created. */
    private void checkObjects(Run run, int line, List<KubeObject> objects, String producer) {
        for (KubeObject o : objects) {
            String from = o.origin().template() == null ? "" : " (" + o.origin().template() + ")";
            ManifestSchema.Result schema = ManifestSchema.check(o.json());
            for (ManifestSchema.Problem p : schema.problems()) {
                run.fail(line, producer + " renders " + o.describe() + from + " that Kubernetes rejects: "
                        + (p.pointer().isEmpty() ? "" : p.pointer().substring(1).replace('/', '.') + ": ") + p.message());
            }
            for (PodSecurity.Violation v : PodSecurity.restricted(o)) {
                run.fail(line, producer + " renders a pod that breaks PSS restricted: " + v.message() + from);
            }
        }
    }

    private void dependency(Run run, HelmCommand h, Path dir) {
        String ref = h.positional().isEmpty() ? "." : h.positional().get(0).text();
        Path chart = dir.resolve(ref).normalize();
        int line = h.positional().isEmpty() ? h.line() : h.positional().get(0).line();
        if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
            run.fail(line, "helm dependency " + h.subcommand() + ": chart " + ref + " not found");
            return;
        }
        Path keyring = h.value("keyring") == null ? null : dir.resolve(h.value("keyring"));
        try {
            HelmJava.dependency(chart, h.subcommand().equals("update"), h.is("skip-refresh"), h.is("verify"), keyring);
            run.rendered = true;
            run.notes.add("helm dependency " + h.subcommand() + " " + ref + " ran");
        } catch (RuntimeException e) {
            run.fail(line, "helm dependency " + h.subcommand() + " " + ref + " failed: " + helmError(e));
        }
    }

    private void lint(Run run, HelmCommand h, Path dir) {
        List<String> charts = h.positional().isEmpty() ? List.of(".") : h.positional().stream().map(Arg::text).toList();
        for (String ref : charts) {
            Path chart = dir.resolve(ref).normalize();
            if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
                run.fail(h.line(), "helm lint: chart " + ref + " not found");
                continue;
            }
            LintResult r;
            try {
                r = HelmJava.lint(chart, h.is("strict"), h.is("quiet"));
            } catch (RuntimeException e) {
                run.fail(h.line(), "helm lint " + ref + " failed: " + helmError(e));
                continue;
            }
            run.rendered = true;
            List<String> errors = r.getMessages().stream().filter(m -> m.contains("[ERROR]")).toList();
            if (r.isFailed()) {
                run.fail(h.line(), "helm lint " + ref + " fails" + (errors.isEmpty() ? ": " + String.join("; ", r.getMessages())
                        : ": " + String.join("; ", errors)));
            } else {
                run.notes.add("helm lint " + ref + " passed" + (r.getMessages().isEmpty() ? "" : " (" + r.getMessages().size() + " message(s))"));
            }
            if (!h.all("values").isEmpty() || !h.all("set").isEmpty() || !h.all("set-string").isEmpty()) {
                run.notes.add("helm lint's values are not passed to helm-java's lint; the scenario's install commands render them");
            }
        }
    }

    private static boolean isKubectlApplyStdin(ShellCommand c) {
        if (c.name() == null || !(c.name().equals("kubectl") || c.name().endsWith("/kubectl"))) {
            return false;
        }
        List<String> files = kubectlFiles(c.args());
        return files.contains("-");
    }

    /** {@code kubectl apply|create -f …}: objects from files, a here-document or piped {@code helm template} output. */
    private void kubectl(Run run, ShellCommand c, List<KubeObject> piped) {
        List<Arg> args = c.args();
        String verb = null;
        for (int i = 1; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t == null) {
                return;
            }
            if (!t.startsWith("-")) {
                verb = t;
                break;
            }
            if (!t.contains("=") && takesValue(t)) {
                i++;
            }
        }
        if (verb == null) {
            return;
        }
        if (verb.equals("create") && args.size() > 3 && ("namespace".equals(args.get(2).text()) || "ns".equals(args.get(2).text()))) {
            if (args.get(3).text() != null) {
                state.createNamespace(args.get(3).text());
            }
            return;
        }
        if (!verb.equals("apply") && !verb.equals("create")) {
            return;
        }
        String ns = "default";
        boolean dry = false;
        for (int i = 1; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t == null) {
                continue;
            }
            if ((t.equals("-n") || t.equals("--namespace")) && i + 1 < args.size() && args.get(i + 1).text() != null) {
                ns = args.get(i + 1).text();
            } else if (t.startsWith("--namespace=")) {
                ns = t.substring("--namespace=".length());
            } else if (t.startsWith("-n") && t.length() > 2) {
                ns = t.substring(2);
            } else if (t.startsWith("--dry-run") && !t.equals("--dry-run=none")) {
                dry = true;
            }
        }
        Path dir = workingDir(run, c);
        if (dir == null) {
            return;
        }
        List<KubeObject> objects = new ArrayList<>();
        for (String f : kubectlFiles(args)) {
            if (f.equals("-")) {
                if (piped != null) {
                    piped.forEach(o -> objects.add(new KubeObject(o.json(), o.defaultNamespace(), null, o.origin())));
                } else if (c.heredoc() != null) {
                    objects.addAll(objects(run, c.heredoc(), run.file, c.heredocLine(), c.line()));
                } else if (c.redirects().stream().anyMatch(r -> r.startsWith("<<"))) {
                    run.fail(c.heredocLine() > 0 ? c.heredocLine() : c.line(), "cannot expand the here-document given to kubectl: "
                            + "it uses a value the verifier cannot know");
                }
            } else if (f.startsWith("http://") || f.startsWith("https://")) {
                run.notes.add("kubectl " + verb + " -f " + f + ": a remote manifest, not rendered");
            } else {
                Path p = dir.resolve(f).normalize();
                List<Path> files = new ArrayList<>();
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(x -> x.toString().matches(".*\\.(ya?ml|json)$")).sorted().forEach(files::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if (written.containsKey(p)) {
                    written.get(p).forEach(o -> objects.add(new KubeObject(o.json(), o.defaultNamespace(), null, o.origin())));
                    continue;
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else {
                    run.fail(c.line(), "kubectl " + verb + " -f " + f + ": file not found");
                    continue;
                }
                for (Path file : files) {
                    try {
                        objects.addAll(objects(run, Files.readString(file), sandbox.shown(file), 1, c.line()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        String finalNs = ns;
        List<KubeObject> placed = objects.stream()
                .map(o -> new KubeObject(o.json(), finalNs, o.release(), o.origin())).toList();
        checkObjects(run, c.line(), placed, "kubectl " + verb);
        run.rendered = true;
        run.notes.add("kubectl " + verb + " → " + placed.size() + " object" + (placed.size() == 1 ? "" : "s"));
        if (!dry) {
            if (!state.hasNamespace(finalNs) && placed.stream().anyMatch(o -> !o.isClusterScoped()
                    && o.json().path("metadata").path("namespace").isMissingNode())) {
                run.fail(c.line(), "namespace " + finalNs + " does not exist when this runs: it is not in the scenario's "
                        + "namespaces: and no earlier step creates it");
            }
            placed.stream().filter(o -> o.kind().equals("Namespace")).forEach(o -> state.createNamespace(o.name()));
            for (String clash : state.install(new ClusterState.Owner(null, finalNs, run.at(c.line())), placed, List.of(), false)) {
                run.fail(c.line(), clash);
            }
        }
    }

    private List<KubeObject> objects(Run run, String text, Path shown, int firstLine, int commandLine) {
        try {
            List<KubeObject> out = new ArrayList<>();
            for (Manifest.Item i : Manifest.parse(text, shown)) {
                out.add(new KubeObject(i.json(), null, null,
                        new KubeObject.Origin(run.at(commandLine), "kubectl apply", shown.toString())));
            }
            return out;
        } catch (ContentException e) {
            run.fail(firstLine > 1 ? firstLine + Math.max(0, e.location().line() - 1) : commandLine, "invalid manifest: " + e.problem());
            return List.of();
        }
    }

    private static List<String> kubectlFiles(List<Arg> args) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t == null) {
                continue;
            }
            if ((t.equals("-f") || t.equals("--filename")) && i + 1 < args.size() && args.get(i + 1).text() != null) {
                out.add(args.get(++i).text());
            } else if (t.startsWith("--filename=")) {
                out.add(t.substring("--filename=".length()));
            } else if (t.startsWith("-f") && t.length() > 2) {
                out.add(t.substring(2).replaceFirst("^=", ""));
            }
        }
        return out;
    }

    private static boolean takesValue(String flag) {
        return Set.of("-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-s", "--server",
                "--token", "--as", "--as-group", "--request-timeout", "-v").contains(flag);
    }

    private static String helmError(RuntimeException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().replace('\n', ' ');
    }
}
