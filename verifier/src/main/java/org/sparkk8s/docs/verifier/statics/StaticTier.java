package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.plan.Step;

/**
 * The static tier: every file under {@code snippets/} (shell: {@code bash -n}, ShellCheck, strict
 * mode; YAML: parse and manifest schema; Python: {@code ast.parse}), every preset (parse, and its chart's values schema) and
 * every chart's own defaults against its schema. Checks run in parallel on {@code pool}.
 */
public final class StaticTier {

    public static final String STRICT_MODE = "strict mode";
    private static final Pattern STRICT = Pattern.compile("set\\s+-[A-Za-z]*e[A-Za-z]*u[A-Za-z]*o\\s+pipefail\\b.*"
            + "|set\\s+-[A-Za-z]*u[A-Za-z]*e[A-Za-z]*o\\s+pipefail\\b.*");

    private final BashSyntax bash;
    private final ShellCheck shellCheck;
    private final PythonSyntax python;

    public StaticTier(BashSyntax bash, ShellCheck shellCheck) {
        this(bash, shellCheck, new PythonSyntax(Processes.find("python3")));
    }

    public StaticTier(BashSyntax bash, ShellCheck shellCheck, PythonSyntax python) {
        this.bash = bash;
        this.shellCheck = shellCheck;
        this.python = python;
    }

    public List<CheckResult> run(Catalog catalog, Plan plan, ExecutorService pool) {
        Path root = catalog.workspace().root();
        List<Future<List<CheckResult>>> tasks = new ArrayList<>();
        List<SnippetFile> shell = new ArrayList<>();
        Set<String> runWhole = new HashSet<>();
        plan.scenarios().forEach(s -> s.allSteps().stream().filter(st -> st.run().isWholeFile())
                .map(Step::run).forEach(r -> runWhole.add(r.file())));
        for (SnippetFile f : catalog.snippets().values()) {
            switch (f.kind()) {
                case SHELL -> {
                    shell.add(f);
                    tasks.add(pool.submit(() -> List.of(bash.check(root, f), strictMode(f, runWhole.contains(f.path())))));
                }
                case YAML -> tasks.add(pool.submit(() -> YamlCheck.check(f)));
                default -> tasks.add(PythonSyntax.applies(f)
                        ? pool.submit(() -> List.of(python.check(root, f)))
                        : pool.submit(() -> List.of(CheckResult.skipped("static", shown(f), Level.STATIC,
                                "no static check for " + fileType(f)))));
            }
        }
        // ShellCheck takes a batch of files per process; one batch per worker
        int batches = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), shell.size()));
        for (int b = 0; b < batches; b++) {
            List<SnippetFile> batch = new ArrayList<>();
            for (int i = b; i < shell.size(); i += batches) {
                batch.add(shell.get(i));
            }
            tasks.add(pool.submit(() -> shellCheck.check(root, batch)));
        }
        tasks.add(pool.submit(() -> presets(catalog)));
        tasks.add(pool.submit(() -> charts(catalog)));
        List<CheckResult> out = new ArrayList<>();
        for (Future<List<CheckResult>> t : tasks) {
            try {
                out.addAll(t.get());
            } catch (ExecutionException e) {
                // one check that cannot run must not hide the others; it fails, it does not pass
                out.add(CheckResult.of("static", "(verifier)", Level.STATIC, List.of(Finding.at(
                        SourceLocation.wholeFile(Path.of("(verifier)")), "a static check could not run: " + e.getCause())),
                        null, System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return out;
    }

    /** Runnable files (a shebang, or run whole by a step) must stop on the first error. */
    static CheckResult strictMode(SnippetFile f, boolean runWhole) {
        long start = System.nanoTime();
        List<String> lines = f.lines();
        boolean runnable = runWhole || (!lines.isEmpty() && lines.get(0).startsWith("#!"));
        if (!runnable) {
            return CheckResult.of(STRICT_MODE, shown(f), Level.STATIC, List.of(), "not a runnable script (no shebang, not run whole)", start);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (STRICT.matcher(l).matches()) {
                return CheckResult.of(STRICT_MODE, shown(f), Level.STATIC, List.of(), null, start);
            }
            return CheckResult.of(STRICT_MODE, shown(f), Level.STATIC, List.of(Finding.at(SourceLocation.of(f.shownAs(), i + 1),
                    "a runnable script starts with 'set -euo pipefail' before its first command"
                            + (runWhole ? " (a scenario step runs this file whole)" : " (it has a shebang)"))), null, start);
        }
        return CheckResult.of(STRICT_MODE, shown(f), Level.STATIC, List.of(), "no commands", start);
    }

    private static List<CheckResult> presets(Catalog catalog) {
        List<CheckResult> out = new ArrayList<>();
        Path root = catalog.workspace().root();
        Set<String> listed = new HashSet<>();
        for (Preset p : catalog.presets().all()) {
            listed.add(p.file());
            SnippetFile file = catalog.presetFiles().get(p.file());
            if (file == null) {
                continue;
            }
            out.addAll(YamlCheck.check(file));
            for (String chart : p.charts()) {
                out.add(ValuesSchema.check(file.text(), root.resolve(chart), chart));
            }
        }
        for (SnippetFile f : catalog.presetFiles().values()) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (!listed.contains(name)) {
                long start = System.nanoTime();
                out.add(CheckResult.of("preset index", shown(f), Level.STATIC, List.of(Finding.at(SourceLocation.of(f.shownAs(), 1),
                        "not listed in presets/presets.yaml, so no chart to validate it against")), null, start));
            }
        }
        return out;
    }

    private static List<CheckResult> charts(Catalog catalog) {
        List<CheckResult> out = new ArrayList<>();
        Path charts = catalog.workspace().chartsDir();
        if (!Files.isDirectory(charts)) {
            return out;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(charts)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("Chart.yaml")) && Files.isRegularFile(d.resolve("values.schema.json")))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Path d : dirs) {
            long start = System.nanoTime();
            String shown = catalog.workspace().relative(d).toString().replace('\\', '/');
            out.add(CheckResult.of(ValuesSchema.name(shown), shown + "/values.yaml", Level.STATIC,
                    ValuesSchema.chartDefaults(d, shown), "the chart's own defaults", start));
        }
        return out;
    }

    private static String fileType(SnippetFile f) {
        String name = f.path().substring(f.path().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : "*" + name.substring(dot) + " files";
    }

    private static String shown(SnippetFile f) {
        return f.shownAs().toString().replace('\\', '/');
    }
}
