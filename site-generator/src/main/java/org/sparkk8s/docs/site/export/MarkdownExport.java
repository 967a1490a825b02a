package org.sparkk8s.docs.site.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.BuildFailure;
import org.sparkk8s.docs.site.convert.AsciiDocConverter;
import org.sparkk8s.docs.site.convert.AsciidoctorRuntime;

/**
 * {@code docs export-markdown}: every guide, in both languages, as a self-contained Markdown file
 * that GitHub shows well ({@code markdown/guides/MULTI-VERSION-DEPLOYMENT.md}, {@code …-RU.md}), plus a
 * {@code README.md} listing them. AsciiDoc guides are converted by the shared Asciidoctor with a
 * Markdown backend and snippets filled from core's extracts; Markdown guides are edited in place.
 */
public final class MarkdownExport {

    /** How every exported file starts; also how a file in the folder is known to be ours. */
    static final String GENERATED = "<!-- Generated from ";

    private static final Set<Asciidoctor> PREPARED = Collections.newSetFromMap(new IdentityHashMap<>());

    private final AsciidoctorRuntime runtime;
    private final Catalog catalog;
    private final ExportLinks links;

    /** What {@link #write} changed in the folder. */
    public record Written(List<String> changed, List<String> unchanged, List<String> removed) {
    }

    public MarkdownExport(AsciidoctorRuntime runtime, Catalog catalog) {
        this.runtime = runtime;
        this.catalog = catalog;
        this.links = new ExportLinks(catalog);
    }

    /** The folder the exports belong in, relative to the repository root. */
    public static Path folder() {
        return ExportLinks.FOLDER;
    }

    /**
     * Every file of the export by name, guides in the order of the English sidebar, the index last.
     * Content errors of all guides are thrown together as one {@link BuildFailure}.
     */
    public Map<String, String> files() {
        if (!catalog.errors().isEmpty()) {
            throw new BuildFailure(catalog.errors());
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<PagePair> guides = guides();
        for (PagePair pair : guides) {
            for (Language lang : Language.values()) {
                pair.in(lang).ifPresent(page -> {
                    try {
                        out.put(ExportLinks.fileName(page), export(page));
                    } catch (BuildFailure f) {
                        problems.addAll(f.problems());
                    } catch (ContentException e) {
                        problems.add(Problem.of(e));
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        out.put(ExportLinks.INDEX, ExportIndex.markdown(guides));
        return out;
    }

    /** Writes the export into {@code dir}, leaving files whose text is unchanged alone and removing exports no guide makes any more. */
    public Written write(Path dir) {
        Map<String, String> files = files();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue())) {
                    unchanged.add(f.getKey());
                } else {
                    Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                    changed.add(f.getKey());
                }
            }
            for (Path leftover : ours(dir)) {
                if (!files.containsKey(leftover.getFileName().toString())) {
                    Files.delete(leftover);
                    removed.add(leftover.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Markdown export to " + dir, e);
        }
        return new Written(changed, unchanged, removed);
    }

    /**
     * How the files in {@code dir} differ from a fresh export: a missing file, the first line that
     * differs in each stale one, an export no guide makes any more. Empty when the folder is current.
     */
    public List<StaleExport> staleIn(Path dir) {
        Map<String, String> files = files();
        List<StaleExport> out = new ArrayList<>();
        Path shown = catalog.workspace().relative(dir);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Path at = shown.resolve(f.getKey());
                if (!Files.isRegularFile(file)) {
                    out.add(new StaleExport(at, 0, "missing", null, null));
                    continue;
                }
                StaleExport diff = StaleExport.firstDifference(at, f.getValue(), Files.readString(file, StandardCharsets.UTF_8));
                if (diff != null) {
                    out.add(diff);
                }
            }
            for (Path leftover : ours(dir)) {
                if (!files.containsKey(leftover.getFileName().toString())) {
                    out.add(new StaleExport(shown.resolve(leftover.getFileName().toString()), 0, "no guide makes this export any more", null, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    private List<PagePair> guides() {
        List<PagePair> out = new ArrayList<>(catalog.pairs().stream().filter(p -> p.kind() == Page.Kind.GUIDE).toList());
        out.sort(java.util.Comparator.comparingInt((PagePair p) -> p.primary().navOrder()).thenComparing(PagePair::slug));
        return out;
    }

    /** A guide's title and body as Markdown. */
    private record Converted(String title, String body) {
    }

    /** The exported Markdown of one guide. */
    String export(Page page) {
        Converted c = page.format() == Page.Format.ASCIIDOC ? asciidoc(page) : markdown(page);
        StringBuilder out = new StringBuilder();
        out.append(GENERATED).append(page.path().toString().replace('\\', '/'))
                .append(" by `docs export-markdown`. Do not edit by hand: change the source and run ./docs export-markdown. -->\n\n");
        out.append("# ").append(c.title()).append("\n\n");
        if (page.description() != null && !page.description().isBlank()) {
            out.append(InlineMarkdown.guardBlockStart(InlineMarkdown.plain(page.description().strip()))).append("\n\n");
        }
        out.append(c.body().strip()).append('\n');
        return out.toString();
    }

    private Converted asciidoc(Page page) {
        Asciidoctor asciidoctor = prepare(runtime);
        Path file = catalog.workspace().root().resolve(page.path());
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(catalog.workspace().root().toFile())
                .standalone(false)
                .backend(MarkdownBackend.NAME)
                .sourcemap(true)
                .attributes(Attributes.builder()
                        .attribute("snippets", CatalogIncludes.SNIPPETS)
                        .attribute("presets", CatalogIncludes.PRESETS)
                        .attribute("snippets-url", AsciiDocConverter.SNIPPETS_URL)
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        // cross-references to other pages then end in .html, as on the site; the backend maps them
                        .attribute("outfilesuffix", ".html")
                        .attribute("attribute-missing", "warn")
                        .attribute("docfile", file.toString())
                        .attribute("docdir", file.getParent().toString())
                        .attribute("lang", page.language().code())
                        .build())
                .build();
        ExportContext ctx = new ExportContext(catalog, page, links);
        List<LogRecord> log = new ArrayList<>();
        String body = ctx.around(() -> runtime.capturingLog(log, () -> asciidoctor.convert(page.text().text(), options)));
        List<Problem> problems = new ArrayList<>();
        for (LogRecord r : log) {
            switch (r.getSeverity()) {
                case WARN, ERROR, FATAL, UNKNOWN -> problems.add(Problem.error(r.getCursor() == null
                        ? SourceLocation.wholeFile(page.path())
                        : SourceLocation.of(page.path(), Math.max(0, r.getCursor().getLineNumber())), r.getMessage()));
                default -> { }
            }
        }
        ctx.problems.forEach(e -> problems.add(Problem.of(e)));
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new Converted(ctx.title, body);
    }

    /** A title from the front matter is plain text; one from a {@code # Title} line is Markdown already. */
    private Converted markdown(Page page) {
        String title = page.attribute("title") != null ? InlineMarkdown.plain(page.title()) : page.title();
        return new Converted(title, new MarkdownSourceExport().body(page, catalog, links));
    }

    /** Registers the backend and the include processor once on the shared Asciidoctor. */
    private static Asciidoctor prepare(AsciidoctorRuntime runtime) {
        Asciidoctor asciidoctor = runtime.asciidoctor();
        synchronized (PREPARED) {
            if (PREPARED.add(asciidoctor)) {
                asciidoctor.javaConverterRegistry().register(MarkdownBackend.class, MarkdownBackend.NAME);
                asciidoctor.javaExtensionRegistry().includeProcessor(new CatalogIncludes());
            }
        }
        return asciidoctor;
    }

    /** Files in {@code dir} that an export wrote (they start with its header). */
    private static List<Path> ours(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.getFileName().toString().endsWith(".md")).sorted()::iterator) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (text.startsWith(GENERATED)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
