package org.sparkk8s.docs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.core.preset.PresetIndex;

/** {@code docs presets list|show|copy}: the Helm values overlays of {@code presets/presets.yaml}. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List, show and copy the Helm values presets of presets/presets.yaml.",
        subcommands = {PresetsCommand.ListPresets.class, PresetsCommand.ShowPreset.class, PresetsCommand.CopyPreset.class})
final class PresetsCommand implements Runnable {

    @ParentCommand
    Docs docs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PresetIndex index() {
        return PresetIndex.load(docs.workspace());
    }

    Preset find(String name) {
        PresetIndex index = index();
        return index.find(name).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "no preset named '" + name + "' in presets/presets.yaml"
                        + (index.all().isEmpty() ? " (it lists none)" : " (known: "
                        + String.join(", ", index.all().stream().map(Preset::name).toList()) + ")")));
    }

    /** {@code docs presets list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the presets: name, chart, title.")
    static final class ListPresets implements Callable<Integer> {

        @ParentCommand
        PresetsCommand presets;

        @Option(names = "--lang", defaultValue = "en", description = "Language of the titles: en or ru (default: ${DEFAULT-VALUE}).")
        String lang;

        @Override
        public Integer call() {
            Language language;
            try {
                language = Language.fromCode(lang);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(presets.spec.commandLine(), "--lang: " + e.getMessage());
            }
            List<Preset> all = presets.index().all();
            if (all.isEmpty()) {
                presets.docs.out().println("no presets (presets/presets.yaml lists none)");
                return ExitCode.OK;
            }
            int nameWidth = all.stream().mapToInt(p -> p.name().length()).max().orElse(4);
            int chartWidth = all.stream().mapToInt(p -> String.join(", ", p.charts()).length()).max().orElse(5);
            for (Preset p : all) {
                presets.docs.out().println(String.format(Locale.ROOT, "%-" + nameWidth + "s  %-" + chartWidth + "s  %s",
                        p.name(), String.join(", ", p.charts()), p.title(language)));
            }
            return ExitCode.OK;
        }
    }

    /** {@code docs presets show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a preset's values file.")
    static final class ShowPreset implements Callable<Integer> {

        @ParentCommand
        PresetsCommand presets;

        @Parameters(paramLabel = "NAME", description = "The preset's name (see 'docs presets list').")
        String name;

        @Override
        public Integer call() {
            Preset p = presets.find(name);
            Path file = presets.docs.workspace().root().resolve(p.path());
            try {
                presets.docs.out().print(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p.path(), e);
            }
            presets.docs.out().flush();
            return ExitCode.OK;
        }
    }

    /** {@code docs presets copy NAME [--to DIR] [--force]}. */
    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a preset's values file into a folder (default: the current one) and print the helm command that uses it.")
    static final class CopyPreset implements Callable<Integer> {

        @ParentCommand
        PresetsCommand presets;

        @Parameters(paramLabel = "NAME", description = "The preset's name (see 'docs presets list').")
        String name;

        @Option(names = "--to", paramLabel = "DIR", description = "Folder to copy into (default: the current folder).")
        Path to;

        @Option(names = "--force", description = "Overwrite a file of the same name.")
        boolean force;

        @Override
        public Integer call() {
            Preset p = presets.find(name);
            Workspace ws = presets.docs.workspace();
            Path source = ws.root().resolve(p.path());
            Path dir = (to != null ? to : Path.of("")).toAbsolutePath().normalize();
            Path target = dir.resolve(source.getFileName().toString());
            if (Files.exists(target) && !force) {
                presets.docs.err().println(presets.docs.terminal().error(target + ": already exists; not overwritten (use --force to replace it)"));
                return ExitCode.CONTENT;
            }
            try {
                Files.createDirectories(dir);
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + p.path() + " to " + target, e);
            }
            presets.docs.out().println("copied " + p.path() + " to " + target);
            presets.docs.out().println("use it with:");
            Path shown = relativeToCwd(target);
            for (String chart : p.charts()) {
                presets.docs.out().println("  helm install " + release(chart) + " " + chart + " -f " + shown);
            }
            return ExitCode.OK;
        }

        private static Path relativeToCwd(Path target) {
            Path cwd = Path.of("").toAbsolutePath();
            return target.startsWith(cwd) ? cwd.relativize(target) : target;
        }

        /** A release name for a chart folder: {@code charts/spark-4.1} gives {@code spark-41}. */
        static String release(String chart) {
            String base = Path.of(chart).getFileName().toString();
            return base.replace(".", "").toLowerCase(Locale.ROOT);
        }
    }
}
