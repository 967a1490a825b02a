package org.sparkk8s.docs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.PageStructure;
import org.sparkk8s.docs.core.translation.Parity;
import org.sparkk8s.docs.core.translation.SectionTree;
import org.sparkk8s.docs.core.translation.SourceMark;
import org.sparkk8s.docs.core.translation.Staleness;
import org.sparkk8s.docs.core.translation.TextDiff;
import org.sparkk8s.docs.core.translation.TranslationCheck;
import org.sparkk8s.docs.core.translation.TranslationSource;
import org.sparkk8s.docs.core.translation.TranslationStatus;
import org.sparkk8s.docs.core.translation.TranslationStatus.State;

/** {@code docs translations status|diff|mark}: where each Russian page stands against its English page. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Where each translation stands against its English page: list them (status), show what English "
                + "changed since a translation was made (diff), and record that a translation matches English again (mark).",
        subcommands = {TranslationsCommand.Status.class, TranslationsCommand.Diff.class, TranslationsCommand.Mark.class})
final class TranslationsCommand implements Runnable {

    @ParentCommand
    Docs docs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The catalog; errors in pages (not UTF-8, malformed front matter) stop every subcommand with exit 1. */
    Catalog catalog() {
        Catalog catalog = Catalog.load(docs.workspace());
        List<Problem> errors = catalog.errors();
        if (!errors.isEmpty()) {
            errors.forEach(p -> docs.err().println(docs.terminal().problem(p)));
            docs.err().flush();
            throw new Stop(ExitCode.CONTENT);
        }
        return catalog;
    }

    /** The pair a GUIDE argument names: a slug ({@code quick-start}), or a path of either language's file. */
    PagePair pair(Catalog catalog, String name, CommandLine cl) {
        Workspace ws = catalog.workspace();
        if (name.contains("/") || name.contains("\\") || Page.Format.of(name) != null && Files.exists(Path.of(name))) {
            Path asGiven = Path.of(name);
            for (Path candidate : List.of(ws.relative(asGiven.toAbsolutePath()), asGiven.normalize())) {
                var page = catalog.page(candidate);
                if (page.isPresent()) {
                    return catalog.pairs().stream().filter(p -> p.in(page.get().language()).orElse(null) == page.get())
                            .findFirst().orElseThrow();
                }
            }
        }
        String slug = name;
        if (Page.Format.of(slug) != null) {
            slug = slug.substring(0, slug.lastIndexOf('.'));
        }
        String wanted = slug;
        List<PagePair> found = catalog.pairs().stream().filter(p -> p.slug().equals(wanted)).toList();
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "no guide or page named '" + name + "' (known: "
                    + String.join(", ", catalog.pairs().stream().map(PagePair::slug).distinct().toList()) + ")");
        }
        // a guide and a content page may share a slug; the guide is what translators mean
        return found.stream().filter(p -> p.kind() == Page.Kind.GUIDE).findFirst().orElse(found.get(0));
    }

    static String label(PagePair pair) {
        return pair.slug() + (pair.kind() == Page.Kind.PAGE ? " (page)" : "");
    }

    /** Ends a subcommand with an exit code after its output was printed. */
    static final class Stop extends RuntimeException {
        final int exit;

        Stop(int exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }

    private abstract static class Sub implements Callable<Integer> {

        @ParentCommand
        TranslationsCommand translations;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (Stop s) {
                return s.exit;
            }
        }

        abstract int run();

        Docs docs() {
            return translations.docs;
        }

        PrintWriter out() {
            return translations.docs.out();
        }

        PrintWriter err() {
            return translations.docs.err();
        }

        Terminal terminal() {
            return translations.docs.terminal();
        }
    }

    /** {@code docs translations status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"List every page pair: up to date, outdated (English changed since the translation's "
                    + "translation-source: the date of the first English commit after it and how much changed), missing, "
                    + "unmarked (the translation records no source) or no English.",
                    "Exit 1 when a recorded source cannot be read or a required translation is missing."})
    static final class Status extends Sub {

        @Override
        int run() {
            Catalog catalog = translations.catalog();
            EnglishHistory history = EnglishHistory.of(catalog.workspace());
            List<TranslationStatus> all = Staleness.of(catalog, history);
            int width = Math.max(4, all.stream().mapToInt(s -> label(s.pair()).length()).max().orElse(4));
            int stateWidth = Math.max(5, all.stream().mapToInt(s -> stateText(s).length()).max().orElse(5));
            out().println(String.format(Locale.ROOT, "%-" + width + "s  %-" + stateWidth + "s  %s", "PAGE", "STATE", "DETAIL"));
            Map<State, Integer> counts = new EnumMap<>(State.class);
            int errors = 0;
            for (TranslationStatus s : all) {
                counts.merge(s.state(), 1, Integer::sum);
                String state = String.format(Locale.ROOT, "%-" + stateWidth + "s", stateText(s));
                out().println((String.format(Locale.ROOT, "%-" + width + "s  ", label(s.pair())) + colour(s, state)
                        + "  " + detail(s)).stripTrailing());
                // an unreadable source or a missing required translation fails the command
                Problem p = TranslationCheck.problem(s);
                if (p != null && p.isError()) {
                    errors++;
                }
            }
            List<String> summary = new ArrayList<>();
            counts.forEach((state, n) -> summary.add(n + " " + state.label()));
            out().println(all.size() + (all.size() == 1 ? " page: " : " pages: ") + String.join(", ", summary)
                    + (history.available() ? "" : " (no git history: " + history.unavailableReason() + ")"));
            for (TranslationStatus s : all) {
                Problem p = TranslationCheck.problem(s);
                if (p != null && p.isError()) {
                    err().println(terminal().problem(p));
                }
            }
            return errors > 0 ? ExitCode.CONTENT : ExitCode.OK;
        }

        private static String stateText(TranslationStatus s) {
            return s.state().label() + (s.state() == State.MISSING && s.required() ? " (required)" : "");
        }

        private String colour(TranslationStatus s, String text) {
            if (!terminal().colour()) {
                return text;
            }
            String code = switch (s.state()) {
                case UP_TO_DATE -> "32";
                case OUTDATED, UNMARKED -> "33";
                case MISSING -> s.required() ? "31" : "33";
                case INVALID -> "31";
                case NO_ENGLISH -> "36";
            };
            return "\u001B[" + code + "m" + text + "\u001B[0m";
        }

        private static String detail(TranslationStatus s) {
            PagePair p = s.pair();
            return switch (s.state()) {
                case UP_TO_DATE -> "source " + s.recorded().abbreviated();
                case OUTDATED -> "English changed since " + s.since().describe()
                        + (s.since().commit() != null ? " (" + s.since().commit().substring(0, 10) + ")" : "")
                        + (s.size() != null ? ": " + s.size() : "");
                case MISSING -> TranslationCheck.counterpart(p.en()) + " does not exist";
                case UNMARKED -> p.ru().path() + " records no " + TranslationSource.ATTRIBUTE;
                case NO_ENGLISH -> "only " + p.ru().path();
                case INVALID -> s.problem().location() + ": " + firstWords(s.problem().message());
            };
        }

        private static String firstWords(String message) {
            int cut = message.indexOf(',');
            return cut > 0 ? message.substring(0, cut) : message;
        }
    }

    /** {@code docs translations diff GUIDE}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Print what the English page changed since the version its translation records, word by "
                    + "word (removed text as [-…-], added as {+…+}; in colour on a terminal), with the section of each change.",
                    "The older English comes from git (git cat-file blob <translation-source>)."})
    static final class Diff extends Sub {

        @Parameters(paramLabel = "GUIDE", description = "A guide or page: its name (quick-start) or either language's file.")
        String name;

        @Option(names = {"-U", "--context"}, paramLabel = "LINES", defaultValue = "2",
                description = "Unchanged lines shown around each change (default: ${DEFAULT-VALUE}).")
        int context;

        @Override
        int run() {
            Catalog catalog = translations.catalog();
            PagePair pair = translations.pair(catalog, name, spec.commandLine());
            EnglishHistory history = EnglishHistory.of(catalog.workspace());
            TranslationStatus s = Staleness.of(pair, history);
            switch (s.state()) {
                case UP_TO_DATE -> {
                    out().println(pair.ru().path() + " is up to date with " + pair.en().path() + " (source " + s.recorded().abbreviated() + ")");
                    return ExitCode.OK;
                }
                case MISSING, NO_ENGLISH, UNMARKED, INVALID -> {
                    Problem p = s.state() == State.INVALID ? s.problem() : Problem.error(
                            (pair.ru() != null ? pair.ru() : pair.en()).at(1), switch (s.state()) {
                                case MISSING -> "no translation to compare: " + TranslationCheck.counterpart(pair.en()) + " does not exist";
                                case NO_ENGLISH -> "no English page to compare with";
                                default -> "records no " + TranslationSource.ATTRIBUTE + ", so there is no English version to compare "
                                        + "with; check it against " + pair.en().path() + " and run 'docs translations mark " + pair.slug() + "'";
                            });
                    err().println(terminal().problem(p));
                    return ExitCode.CONTENT;
                }
                default -> {
                }
            }
            if (s.olderEnglish() == null) {
                throw new EnvironmentError(pair.en().path() + " changed since " + pair.ru().path() + " was translated, but the "
                        + "English it was made from cannot be read: " + (history.available()
                        ? "this clone's history does not reach back to it" : history.unavailableReason()));
            }
            Page en = pair.en();
            SectionTree sections = PageStructure.of(en).sections();
            List<String> older = Staleness.linesOf(s.olderEnglish(), en.path());
            out().println(bold(en.path() + " changed since " + pair.ru().path() + " was translated") + " (source "
                    + s.recorded().abbreviated() + "; English changed " + s.since().describe()
                    + (s.since().commit() != null ? " in " + s.since().commit().substring(0, 10) : "") + "): " + s.size());
            for (TextDiff.Hunk h : TextDiff.hunks(older, en.text().lines(), Math.max(0, context))) {
                String where = sections.owning(h.firstChange()).describe();
                out().println(cyan("@@ -" + h.oldStart() + "," + h.oldCount() + " +" + h.newStart() + "," + h.newCount() + " @@ "
                        + where + " (" + en.at(h.firstChange()) + ")"));
                for (TextDiff.Row row : h.rows()) {
                    out().println(render(row));
                }
            }
            return ExitCode.OK;
        }

        private String render(TextDiff.Row row) {
            StringBuilder b = new StringBuilder();
            boolean colour = terminal().colour();
            for (TextDiff.Segment seg : row.segments()) {
                switch (seg.op()) {
                    case SAME -> b.append(seg.text());
                    case REMOVED -> b.append(colour ? "\u001B[31;9m" + seg.text() + "\u001B[0m" : "[-" + seg.text() + "-]");
                    case ADDED -> b.append(colour ? "\u001B[32m" + seg.text() + "\u001B[0m" : "{+" + seg.text() + "+}");
                }
            }
            return b.toString();
        }

        private String bold(String s) {
            return terminal().colour() ? "\u001B[1m" + s + "\u001B[0m" : s;
        }

        private String cyan(String s) {
            return terminal().colour() ? "\u001B[36m" + s + "\u001B[0m" : s;
        }
    }

    /** {@code docs translations mark GUIDE | --all}. */
    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = {"Record in the translation that it matches the English page as it is now: writes "
                    + ":translation-source: <git blob id of the English file> into the Russian file's header (Markdown: "
                    + "translation-source: in the front matter), or sha256:<hash> where there is no git. Nothing else in the file changes.",
                    "Refuses while the pair has parity errors (see docs check), unless --force.",
                    "When the English file has changes git does not have yet, that version is also stored in git's object "
                            + "database (git hash-object -w: nothing is staged or committed), so a later diff can read it; --no-store skips that."})
    static final class Mark extends Sub {

        @Parameters(paramLabel = "GUIDE", arity = "0..1",
                description = "A guide or page: its name (quick-start) or either language's file.")
        String name;

        @Option(names = "--all", description = "Mark every translation that has an English page.")
        boolean all;

        @Option(names = "--force", description = "Mark even when the pair has parity errors.")
        boolean force;

        @Option(names = "--no-store", description = "Do not store uncommitted English versions in git's object database.")
        boolean noStore;

        @Override
        int run() {
            if (all == (name != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "name one GUIDE, or pass --all");
            }
            Catalog catalog = translations.catalog();
            EnglishHistory history = EnglishHistory.of(catalog.workspace());
            List<PagePair> pairs = all
                    ? catalog.pairs().stream().filter(PagePair::isComplete).toList()
                    : List.of(translations.pair(catalog, name, spec.commandLine()));
            int refused = 0;
            for (PagePair pair : pairs) {
                if (!pair.isComplete()) {
                    err().println(terminal().problem(Problem.error((pair.ru() != null ? pair.ru() : pair.en()).at(1),
                            pair.ru() == null ? "nothing to mark: " + TranslationCheck.counterpart(pair.en()) + " does not exist"
                                    : "nothing to mark: there is no English page")));
                    refused++;
                    continue;
                }
                List<Problem> parity = Parity.compare(PageStructure.of(pair.en()), PageStructure.of(pair.ru()));
                if (!parity.isEmpty() && !force) {
                    parity.forEach(p -> err().println(terminal().problem(p)));
                    err().println(terminal().error("not marked: " + pair.ru().path() + " does not have the structure of "
                            + pair.en().path() + " yet (fix the above, or --force)"));
                    refused++;
                    continue;
                }
                mark(catalog.workspace(), pair, history);
            }
            return refused > 0 ? ExitCode.CONTENT : ExitCode.OK;
        }

        private void mark(Workspace ws, PagePair pair, EnglishHistory history) {
            TranslationSource source = history.current(pair.en().path(), history.scheme());
            Page ru = pair.ru();
            if (source.value().equals(ru.translationSource())) {
                out().println(ru.path() + ": already marked as translated from " + pair.en().path() + " " + source.abbreviated());
                return;
            }
            Path file = ws.root().resolve(ru.path());
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, SourceMark.apply(text, ru.format(), source), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + ru.path(), e);
            }
            out().println("marked " + ru.path() + ": translated from " + pair.en().path() + " " + source.abbreviated());
            if (history.available() && !history.knows(source.value())) {
                if (!noStore && history.store(pair.en().path()) && history.knows(source.value())) {
                    out().println("  stored this version of " + pair.en().path() + " in git's objects (not staged), so a later "
                            + "'docs translations diff " + pair.slug() + "' can read it");
                } else {
                    out().println("  note: " + pair.en().path() + " has changes git does not have yet; commit them before it "
                            + "changes again, so that a later 'docs translations diff " + pair.slug() + "' can find this version");
                }
            }
        }
    }
}
