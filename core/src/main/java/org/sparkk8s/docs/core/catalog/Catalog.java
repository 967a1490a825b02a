package org.sparkk8s.docs.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.guide.PageParser;
import org.sparkk8s.docs.core.preset.PresetIndex;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.text.SourceText;

/**
 * Everything the sources hold — pages in both languages, snippet files, presets — read once,
 * with every include resolved. Problems are collected rather than thrown so that a check can
 * list them all; {@link #requireValid()} turns the first error into an exception.
 */
public final class Catalog {

    /** Scenario files share the snippets folder but are not snippets. */
    public static final String SCENARIO_FILE = "verify.yaml";

    private static final Path PRESET_INDEX = Path.of("presets", PresetIndex.FILE);

    private final Workspace workspace;
    private final Map<String, SnippetFile> snippets;
    /** Preset values files by name below {@code presets/}, includable like snippets. */
    private final Map<String, SnippetFile> presetFiles;
    private final Map<Path, Page> pages;
    private final PresetIndex presets;
    private final Glossary glossary;
    /** Errors met while reading each file, keyed by its repository-relative path. */
    private final Map<Path, Problem> readErrors;
    private final Map<Include, SnippetFile.Extract> extracts = new HashMap<>();
    private final Map<List<Object>, SnippetFile.Extract> extractsMade = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Catalog(Workspace workspace, Map<String, SnippetFile> snippets, Map<String, SnippetFile> presetFiles,
                    Map<Path, Page> pages, PresetIndex presets, Glossary glossary, Map<Path, Problem> readErrors) {
        this.workspace = workspace;
        this.snippets = snippets;
        this.presetFiles = presetFiles;
        this.pages = pages;
        this.presets = presets;
        this.glossary = glossary;
        this.readErrors = readErrors;
        problems.addAll(readErrors.values());
        checkSlugs();
        resolveIncludes();
        for (PagePair pair : pairs()) {
            if (pair.en() == null) {
                problems.add(Problem.warning(SourceLocation.wholeFile(pair.ru().path()),
                        "no English counterpart (" + (pair.kind() == Page.Kind.GUIDE ? "guides-en/" : "content/en/")
                                + pair.ru().path().getFileName() + "); built without a page to switch to"));
            }
        }
    }

    public static Catalog load(Workspace ws) {
        Map<String, SnippetFile> snippets = new TreeMap<>();
        Map<Path, Page> pages = new TreeMap<>();
        Map<Path, Problem> errors = new TreeMap<>();
        for (Path f : files(ws.snippetsDir(), true)) {
            readSnippet(ws, f, snippets, errors);
        }
        for (Language lang : Language.values()) {
            for (Path f : files(ws.guidesDir(lang), false)) {
                readPage(ws, f, pages, errors);
            }
            for (Path f : files(ws.contentDir(lang), false)) {
                readPage(ws, f, pages, errors);
            }
        }
        Map<String, SnippetFile> presetFiles = readPresetFiles(ws, errors);
        return new Catalog(ws, snippets, presetFiles, pages, readPresets(ws, errors), readGlossary(ws, errors), errors);
    }

    /**
     * A catalog with the {@code changed} files (absolute paths; created, modified or deleted) read
     * again and everything else reused: what {@code docs serve} does after a file change.
     */
    public Catalog reload(Set<Path> changed) {
        Map<String, SnippetFile> snippetsCopy = new TreeMap<>(snippets);
        Map<Path, Page> pagesCopy = new TreeMap<>(pages);
        Map<Path, Problem> errors = new TreeMap<>(readErrors);
        boolean presetsChanged = false;
        for (Path c : changed) {
            Path abs = c.toAbsolutePath().normalize();
            Path shown = workspace.relative(abs);
            errors.remove(shown);
            if (abs.startsWith(workspace.snippetsDir())) {
                snippetsCopy.remove(snippetPath(workspace, abs));
                if (Files.isRegularFile(abs)) {
                    readSnippet(workspace, abs, snippetsCopy, errors);
                }
            } else if (abs.startsWith(workspace.presetsDir()) || abs.startsWith(workspace.chartsDir())) {
                presetsChanged = true;
            } else if (kindOf(workspace, abs) != null) {
                pagesCopy.remove(shown);
                if (Files.isRegularFile(abs)) {
                    readPage(workspace, abs, pagesCopy, errors);
                }
            }
        }
        PresetIndex presetIndex = presets;
        Map<String, SnippetFile> presetFilesNow = presetFiles;
        if (presetsChanged) {
            errors.remove(PRESET_INDEX);
            presetIndex = readPresets(workspace, errors);
            presetFilesNow = readPresetFiles(workspace, errors);
        }
        Glossary glossaryNow = glossary;
        if (changed.stream().anyMatch(c -> c.toAbsolutePath().normalize().equals(Glossary.file(workspace)))) {
            errors.remove(workspace.relative(Glossary.file(workspace)));
            glossaryNow = readGlossary(workspace, errors);
        }
        return new Catalog(workspace, snippetsCopy, presetFilesNow, pagesCopy, presetIndex, glossaryNow, errors);
    }

    private static void readSnippet(Workspace ws, Path f, Map<String, SnippetFile> out, Map<Path, Problem> errors) {
        if (f.getFileName().toString().equals(SCENARIO_FILE)) {
            return;
        }
        String rel = snippetPath(ws, f);
        try {
            out.put(rel, SnippetFile.parse(rel, SourceText.read(f, ws.relative(f))));
        } catch (ContentException e) {
            errors.put(ws.relative(f), Problem.of(e));
        }
    }

    private static void readPage(Workspace ws, Path f, Map<Path, Page> out, Map<Path, Problem> errors) {
        Page.Kind kind = kindOf(ws, f);
        if (kind == null) {
            return;
        }
        Path shown = ws.relative(f);
        Language lang = Language.fromCode(f.getParent().getFileName().toString().replace("guides-", ""));
        try {
            out.put(shown, PageParser.parse(kind, lang, shown, SourceText.read(f, shown)));
        } catch (ContentException e) {
            errors.put(shown, Problem.of(e));
        }
    }

    private static Map<String, SnippetFile> readPresetFiles(Workspace ws, Map<Path, Problem> errors) {
        Map<String, SnippetFile> out = new TreeMap<>();
        for (Path f : files(ws.presetsDir(), false)) {
            String name = f.getFileName().toString();
            if (name.equals(PresetIndex.FILE) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                continue;
            }
            try {
                out.put(name, SnippetFile.parse("presets/" + name, SourceText.read(f, ws.relative(f))));
            } catch (ContentException e) {
                errors.put(ws.relative(f), Problem.of(e));
            }
        }
        return out;
    }

    private static Glossary readGlossary(Workspace ws, Map<Path, Problem> errors) {
        try {
            return Glossary.load(ws);
        } catch (ContentException e) {
            errors.put(ws.relative(Glossary.file(ws)), Problem.of(e));
            return Glossary.empty(ws);
        }
    }

    private static PresetIndex readPresets(Workspace ws, Map<Path, Problem> errors) {
        try {
            return PresetIndex.load(ws);
        } catch (ContentException e) {
            errors.put(PRESET_INDEX, Problem.of(e));
            return PresetIndex.empty();
        }
    }

    /** GUIDE or PAGE for a page source file, null for anything else. */
    private static Page.Kind kindOf(Workspace ws, Path abs) {
        if (Page.Format.of(abs.getFileName().toString()) == null || abs.getFileName().toString().startsWith(".")) {
            return null;
        }
        for (Language lang : Language.values()) {
            if (abs.getParent().equals(ws.guidesDir(lang))) {
                return Page.Kind.GUIDE;
            }
            if (abs.getParent().equals(ws.contentDir(lang))) {
                return Page.Kind.PAGE;
            }
        }
        return null;
    }

    private static String snippetPath(Workspace ws, Path abs) {
        return ws.snippetsDir().relativize(abs).toString().replace('\\', '/');
    }

    private void checkSlugs() {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : pages.values()) {
            Page other = seen.putIfAbsent(p.language() + "/" + p.slug(), p);
            if (other != null) {
                problems.add(Problem.error(p.at(Math.max(1, p.titleLine())), "two pages with the same slug '" + p.slug()
                        + "' in " + p.language().code() + ": " + other.path() + " and " + p.path()
                        + " would both publish " + p.sitePath()));
            }
        }
    }

    private void resolveIncludes() {
        for (Page p : pages.values()) {
            for (Include inc : p.includes()) {
                try {
                    SnippetFile.Extract x = resolve(p, inc);
                    if (x != null) {
                        extracts.put(inc, x);
                    }
                } catch (ContentException e) {
                    problems.add(Problem.of(e));
                }
            }
        }
    }

    /**
     * The region an include selects, extracted once per file and selection: pages include the same
     * regions many times, and {@code docs serve} reloads the catalog after every save.
     */
    private SnippetFile.Extract extractOnce(SnippetFile file, Include inc) {
        List<Object> key = List.of(file, inc.selection());
        SnippetFile.Extract made = extractsMade.get(key);
        if (made == null) {
            made = file.extract(inc.selection(), inc.location());
            extractsMade.put(key, made);
        }
        return made;
    }

    /** The extract an include shows, or null for an include of a non-snippet file (checked to exist). */
    private SnippetFile.Extract resolve(Page page, Include inc) {
        Workspace ws = workspace;
        if (inc.isPreset()) {
            Path target = ws.presetsDir().resolve(inc.presetFile()).normalize();
            if (!target.getParent().equals(ws.presetsDir())) {
                throw new ContentException(inc.location(), "include path '" + inc.target() + "' leaves the presets folder");
            }
            SnippetFile file = presetFiles.get(inc.presetFile());
            if (file == null) {
                throw new ContentException(inc.location(), "preset file not found: presets/" + inc.presetFile());
            }
            return extractOnce(file, inc);
        }
        if (!inc.isSnippet()) {
            // Asciidoctor resolves other includes from the repository root (its base_dir, which must
            // be the root so that {snippets} stays inside the SAFE-mode jail) while authors expect the
            // page's folder; rather than pick one silently, pages include only snippets and presets.
            Path target = ws.root().resolve(page.path()).getParent().resolve(inc.target()).normalize();
            if (!ws.contains(target)) {
                throw new ContentException(inc.location(), "include path '" + inc.target() + "' leaves the repository");
            }
            throw new ContentException(inc.location(), "pages include only snippets and presets: write include::"
                    + Include.SNIPPETS_ATTRIBUTE + "<path>[tag=<name>] or include::" + Include.PRESETS_ATTRIBUTE + "<file>[]");
        }
        Path target = ws.snippetsDir().resolve(inc.snippetPath()).normalize();
        if (!target.startsWith(ws.snippetsDir())) {
            throw new ContentException(inc.location(), "include path '" + inc.target() + "' leaves "
                    + (ws.contains(target) ? "the snippets folder" : "the repository"));
        }
        SnippetFile file = snippets.get(snippetPath(ws, target));
        if (file == null) {
            if (Files.isRegularFile(target)) {
                Problem cause = readErrors.get(ws.relative(target));
                throw new ContentException(inc.location(), "cannot include " + ws.relative(target)
                        + ": it has an error at " + (cause == null ? ws.relative(target) : cause.location()));
            }
            throw new ContentException(inc.location(), "snippet not found: " + ws.relative(target));
        }
        return extractOnce(file, inc);
    }

    private static List<Path> files(Path dir, boolean recursive) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PagePair> pairs(Collection<Page> pages) {
        Map<String, Page[]> byKey = new TreeMap<>();
        for (Page p : pages) {
            Page[] pair = byKey.computeIfAbsent(p.pairKey(), k -> new Page[2]);
            pair[p.language().ordinal()] = p;
        }
        List<PagePair> out = new ArrayList<>();
        for (Page[] pair : byKey.values()) {
            Page any = pair[0] != null ? pair[0] : pair[1];
            out.add(new PagePair(any.kind(), any.slug(), pair[0], pair[1]));
        }
        return out;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** All pages, guides and other pages, both languages, in file order. */
    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public List<Page> pages(Language language) {
        return pages.values().stream().filter(p -> p.language() == language).toList();
    }

    /** Guides only (not home, presets or other content pages). */
    public List<Page> guides() {
        return pages.values().stream().filter(p -> p.kind() == Page.Kind.GUIDE).toList();
    }

    public Optional<Page> page(Language language, String slug) {
        return pages.values().stream().filter(p -> p.language() == language && p.slug().equals(slug)).findFirst();
    }

    /** The page read from {@code path} (repository-relative). */
    public Optional<Page> page(Path path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** The counterpart of {@code page} in the other language, if translated. */
    public Optional<Page> translation(Page page, Language language) {
        return pages.values().stream()
                .filter(p -> p.language() == language && p.kind() == page.kind() && p.slug().equals(page.slug()))
                .findFirst();
    }

    public List<PagePair> pairs() {
        return pairs(pages.values());
    }

    /** Preset values files by file name below {@code presets/} (not the index). */
    public Map<String, SnippetFile> presetFiles() {
        return presetFiles;
    }

    /** Snippet files by path below {@code snippets/}. */
    public Map<String, SnippetFile> snippets() {
        return snippets;
    }

    public Optional<SnippetFile> snippet(String path) {
        return Optional.ofNullable(snippets.get(path));
    }

    /** The resolved text of a snippet include; empty for a non-snippet include or one that failed. */
    public Optional<SnippetFile.Extract> extract(Include include) {
        return Optional.ofNullable(extracts.get(include));
    }

    /** {@code content/glossary.yaml}: how the Russian pages write English terms (empty when there is none). */
    public Glossary glossary() {
        return glossary;
    }

    public PresetIndex presets() {
        return presets;
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Throws the first error, if any. */
    public Catalog requireValid() {
        for (Problem p : problems) {
            if (p.isError()) {
                throw new ContentException(p.location(), p.message());
            }
        }
        return this;
    }
}
