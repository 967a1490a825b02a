package org.sparkk8s.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.Staleness;
import org.sparkk8s.docs.site.bake.JBakeOven;
import org.sparkk8s.docs.site.bake.PageTemplate;
import org.sparkk8s.docs.site.convert.AsciidoctorRuntime;
import org.sparkk8s.docs.site.convert.ConversionCache;
import org.sparkk8s.docs.site.convert.ConvertedPage;
import org.sparkk8s.docs.site.convert.PageConverter;
import org.sparkk8s.docs.site.convert.RougeStylesheet;
import org.sparkk8s.docs.site.enrich.Navigation;
import org.sparkk8s.docs.site.enrich.OutdatedBanner;
import org.sparkk8s.docs.site.enrich.PageEnricher;
import org.sparkk8s.docs.site.enrich.SearchEntry;
import org.sparkk8s.docs.site.enrich.SearchIndex;
import org.sparkk8s.docs.site.enrich.Sitemap;
import org.sparkk8s.docs.site.enrich.Verification;
import org.sparkk8s.docs.site.enrich.VerificationReport;
import org.sparkk8s.docs.site.publish.Publisher;
import org.sparkk8s.docs.site.stage.JBakeProject;
import org.sparkk8s.docs.site.stage.SiteAssets;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;
import org.sparkk8s.docs.site.stage.StagedPage;

/**
 * Builds the site: catalog → stage → convert → bake → enrich → publish. An instance keeps its
 * warm Asciidoctor, the converted pages and what it last published, so that {@link #update}
 * (used by {@code docs serve}) converts and writes only what a change touches.
 */
public final class SiteGenerator implements AutoCloseable {

    private final Workspace workspace;
    private final ConversionCache cache;
    /** A one-shot build of a small site: Asciidoctor boots without JRuby's JIT. */
    private final boolean shortRun;
    private final CompletableFuture<Void> jbakeWarmUp;
    private PageConverter converter;
    private PageTemplate template;
    private String rougeCss;
    private Published last;
    /** The outdated-translation banners of the last build or update. */
    private OutdatedBanner lastBanners = OutdatedBanner.none();
    /** The verification report of the last build or update, read again only when it changes. */
    private Verification lastVerification = Verification.none();

    /** What the last successful build published, kept for incremental updates. */
    private record Published(Path site, Catalog catalog, SiteConfig config, SitePlan plan, Navigation navigation,
                             Map<Path, ConvertedPage> converted, Map<String, SearchEntry> search) {
    }

    /**
     * A generator that keeps converted pages in {@code target/site-cache/}. Asciidoctor's boot
     * takes seconds, so it starts at once, while the sources are read — unless an earlier build
     * left a cache, in which case it starts only if a page turns out to be new or changed.
     */
    public SiteGenerator(Workspace workspace) {
        this(workspace, false);
    }

    /** With {@code keepWarm} (for {@code docs serve}), Asciidoctor starts at once in any case. */
    public SiteGenerator(Workspace workspace, boolean keepWarm) {
        this.workspace = workspace;
        this.cache = new ConversionCache(cacheDir(workspace).resolve("pages"));
        this.shortRun = !keepWarm && fewPages(workspace);
        if (keepWarm || !cache.hasEntries()) {
            AsciidoctorRuntime.boot(shortRun);
        }
        this.jbakeWarmUp = JBakeOven.warmUp(workspace.targetDir());
    }

    /** Up to this many page sources, a one-shot build runs Ruby in JRuby's interpreter only (see {@link AsciidoctorRuntime#boot(boolean)}). */
    static final int FEW_PAGES = 100;

    /** True when the workspace has at most {@link #FEW_PAGES} AsciiDoc and Markdown page sources. */
    public static boolean fewPages(Workspace workspace) {
        int n = 0;
        for (Path dir : List.of(workspace.root().resolve("guides-en"), workspace.root().resolve("guides-ru"),
                workspace.root().resolve("content"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
                n += (int) s.filter(p -> {
                    String f = p.getFileName().toString();
                    return f.endsWith(".adoc") || f.endsWith(".md");
                }).limit(FEW_PAGES + 1L).count();
            } catch (IOException e) {
                return false;
            }
            if (n > FEW_PAGES) {
                return false;
            }
        }
        return true;
    }

    /** Where converted pages and the code stylesheet are kept between builds. */
    public static Path cacheDir(Workspace workspace) {
        return workspace.targetDir().resolve("site-cache");
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Builds the whole site into {@code out}. Content errors are thrown as one {@link BuildFailure}
     * listing every error; nothing is written then, and a previous site at {@code out} stays as it was.
     */
    public BuildResult build(Path out) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        Catalog catalog = Catalog.load(workspace);
        if (!catalog.errors().isEmpty()) {
            throw new BuildFailure(catalog.errors());
        }
        SiteConfig config = config();
        SitePlan plan = SitePlan.of(catalog);
        t = lap(timings, "catalog", t);

        JBakeProject project = JBakeProject.create(workspace.targetDir(), plan.pages().size());
        Publisher publisher = new Publisher(out);
        Path staging = null;
        try {
            SiteAssets.addTo(project, workspace);
            t = lap(timings, "stage", t);

            PageConverter conv = converter();
            if (!conv.allCached(plan.sources(), catalog)) {
                AsciidoctorRuntime.boot(shortRun); // needed now; a no-op when it is already on its way
            }
            Map<Path, ConvertedPage> converted = new ConcurrentHashMap<>();
            conv.convertAll(plan.sources(), catalog).forEach((p, c) -> converted.put(p.path(), c));
            conv.forgetUnused();
            project.addAsset("assets/rouge.css", rougeCss().getBytes(StandardCharsets.UTF_8));
            t = lap(timings, "convert", t);

            Navigation navigation = Navigation.of(plan, converted);
            List<StagedPage> staged = stage(plan, converted, config);
            staging = publisher.begin();
            jbakeWarmUp.join();
            new JBakeOven().bake(project, staged, staging);
            t = lap(timings, "bake", t);

            OutdatedBanner banners = banners(catalog);
            Verification verification = Verification.read(workspace, catalog);
            PageEnricher enricher = new PageEnricher(config, plan, navigation, catalog.presets())
                    .translations(catalog.glossary(), banners)
                    .verification(verification);
            Map<String, SearchEntry> search = new ConcurrentHashMap<>();
            Path site = staging;
            // a parallel stream rethrows a task's exception while its other tasks may still be writing,
            // so each task keeps its failure and the build fails once every task is done
            List<RuntimeException> failed = java.util.Collections.synchronizedList(new ArrayList<>());
            plan.pages().parallelStream().forEach(p -> {
                try {
                    Path file = site.resolve(p.path());
                    PageEnricher.Result r = enricher.enrich(p, read(file));
                    write(file, r.html());
                    if (r.searchEntry() != null) {
                        search.put(p.path(), r.searchEntry());
                    }
                } catch (RuntimeException e) {
                    failed.add(e);
                }
            });
            enrichmentFailure(failed);
            SearchIndex.write(search.values(), staging);
            Sitemap.write(plan, config, staging);
            t = lap(timings, "enrich", t);

            publisher.commit(staging);
            staging = null;
            lap(timings, "publish", t);
            last = new Published(publisher.target(), catalog, config, plan, navigation, converted, search);
            lastBanners = banners;
            lastVerification = verification;
            return new BuildResult(publisher.target(), plan.pages().stream().map(SitePage::path).toList(),
                    catalog.warnings(), timings, true);
        } finally {
            if (staging != null) {
                publisher.abort(staging);
            }
            project.close();
        }
    }

    /**
     * Brings the site published by the last {@link #build} up to date after {@code changed} files
     * (absolute paths; created, modified or deleted) changed. Only the pages a change touches are
     * converted and written, through the page template directly; a change that can move things
     * around (a title, an order, a page added or removed) rewrites every page's navigation, and a
     * change of {@code content/site.yaml} rebuilds everything.
     */
    public BuildResult update(Set<Path> changed) {
        if (last == null) {
            throw new IllegalStateException("update() needs a successful build() first");
        }
        Published before = last;
        Path siteYaml = workspace.contentDir().resolve(SiteConfig.FILE);
        if (changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(siteYaml))) {
            return build(before.site());
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        Catalog catalog = before.catalog().reload(changed);
        if (!catalog.errors().isEmpty()) {
            throw new BuildFailure(catalog.errors());
        }
        SitePlan plan = SitePlan.of(catalog);
        Set<String> changedSnippets = new HashSet<>();
        Set<String> changedPresets = new HashSet<>();
        for (Path c : changed) {
            Path abs = c.toAbsolutePath().normalize();
            if (abs.startsWith(workspace.snippetsDir())) {
                changedSnippets.add(workspace.snippetsDir().relativize(abs).toString().replace('\\', '/'));
            } else if (abs.startsWith(workspace.presetsDir())) {
                changedPresets.add(workspace.presetsDir().relativize(abs).toString().replace('\\', '/'));
            }
        }
        List<Page> affected = new ArrayList<>();
        for (Page p : plan.sources()) {
            Path abs = workspace.root().resolve(p.path()).normalize();
            boolean includesChanged = p.includes().stream().anyMatch(i ->
                    i.isSnippet() && changedSnippets.contains(i.snippetPath()) || i.isPreset() && changedPresets.contains(i.presetFile()));
            if (changed.contains(abs) || includesChanged || !before.converted().containsKey(p.path())) {
                affected.add(p);
            }
        }
        t = lap(timings, "catalog", t);

        Map<Path, ConvertedPage> converted = new HashMap<>();
        for (Page p : plan.sources()) {
            ConvertedPage c = before.converted().get(p.path());
            if (c != null) {
                converted.put(p.path(), c);
            }
        }
        converter().convertAll(affected, catalog).forEach((p, c) -> converted.put(p.path(), c));
        t = lap(timings, "convert", t);

        Navigation navigation = Navigation.of(plan, converted);
        // the presets table of a content page is drawn from presets.yaml
        boolean structural = !navigation.signature().equals(before.navigation().signature())
                || changed.stream().anyMatch(c -> c.toAbsolutePath().normalize().equals(workspace.presetsDir().resolve("presets.yaml")))
                || changed.stream().anyMatch(c -> c.toAbsolutePath().normalize().equals(Glossary.file(workspace)));
        // a translation's banner follows its English page, so an English edit rewrites the Russian page
        OutdatedBanner banners = changed.stream().anyMatch(this::isPageSource) ? banners(catalog) : lastBanners;
        // a new report changes the badges of every page; any other change may change the status page's list
        boolean reportChanged = changed.stream().anyMatch(c -> c.toAbsolutePath().normalize().equals(VerificationReport.file(workspace)));
        Verification verification = reportChanged ? Verification.read(workspace, catalog) : lastVerification.with(catalog);
        structural = structural || reportChanged;
        Set<Path> affectedPaths = new HashSet<>();
        affected.forEach(p -> affectedPaths.add(p.path()));
        List<SitePage> toWrite = new ArrayList<>();
        for (SitePage p : plan.pages()) {
            if (structural || p.source() != null && affectedPaths.contains(p.source().path())
                    || !banners.signature(p).equals(lastBanners.signature(p))
                    || !affected.isEmpty() && verification.showsStatus(p.source())) {
                toWrite.add(p);
            }
        }
        PageEnricher enricher = new PageEnricher(before.config(), plan, navigation, catalog.presets())
                .translations(catalog.glossary(), banners)
                .verification(verification);
        Publisher publisher = new Publisher(before.site());
        Map<String, SearchEntry> search = new ConcurrentHashMap<>(before.search());
        List<String> written = new ArrayList<>();
        Set<SitePage> writing = Set.copyOf(toWrite);
        Map<SitePage, StagedPage> staged = new LinkedHashMap<>();
        for (StagedPage s : stage(plan, converted, before.config(), writing::contains)) {
            staged.put(s.page(), s);
        }
        // every page is enriched before the first is written: a page the enricher rejects changes nothing
        Map<SitePage, PageEnricher.Result> enriched = new LinkedHashMap<>();
        try {
            for (SitePage p : toWrite) {
                enriched.put(p, enricher.enrich(p, template().render(staged.get(p))));
            }
        } catch (ContentException e) {
            throw BuildFailure.of(e);
        }
        for (SitePage p : toWrite) {
            PageEnricher.Result r = enriched.get(p);
            publisher.replaceFile(p.path(), r.html().getBytes(StandardCharsets.UTF_8));
            written.add(p.path());
            if (r.searchEntry() != null) {
                search.put(p.path(), r.searchEntry());
            } else {
                search.remove(p.path());
            }
        }
        for (SitePage gone : before.plan().pages()) {
            if (plan.at(gone.path()).isEmpty()) {
                publisher.deleteFile(gone.path());
                search.remove(gone.path());
                written.add(gone.path());
            }
        }
        t = lap(timings, "render", t);
        republishAssets(changed, publisher);
        SearchIndex.write(search.values(), before.site());
        if (structural) {
            Sitemap.write(plan, before.config(), before.site());
        }
        lap(timings, "index", t);
        last = new Published(before.site(), catalog, before.config(), plan, navigation, converted, search);
        lastBanners = banners;
        lastVerification = verification;
        return new BuildResult(before.site(), written, catalog.warnings(), timings, false);
    }

    /** Every content error of the enrichment as one failure, sorted by place; any other error as it is. */
    private static void enrichmentFailure(List<RuntimeException> failed) {
        if (failed.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (RuntimeException e : failed) {
            if (!(e instanceof ContentException c)) {
                throw e;
            }
            problems.add(Problem.of(c));
        }
        problems.sort(java.util.Comparator.comparing(Problem::toString));
        throw new BuildFailure(problems.stream().distinct().toList());
    }

    /** The site folder of the last successful build, if any. */
    public Path publishedSite() {
        return last == null ? null : last.site();
    }

    /** Which translations are behind English, for the banners; read from git (read-only) when there is one. */
    private OutdatedBanner banners(Catalog catalog) {
        return OutdatedBanner.of(Staleness.of(catalog, EnglishHistory.of(workspace)));
    }

    private boolean isPageSource(Path changed) {
        Path abs = changed.toAbsolutePath().normalize();
        for (Language lang : Language.values()) {
            if (abs.startsWith(workspace.guidesDir(lang)) || abs.startsWith(workspace.contentDir(lang))) {
                return true;
            }
        }
        return false;
    }

    /** Copies changed snippet files and images into the published site. */
    private void republishAssets(Set<Path> changed, Publisher publisher) {
        for (Path c : changed) {
            Path abs = c.toAbsolutePath().normalize();
            String sitePath = null;
            if (abs.startsWith(workspace.snippetsDir()) && !abs.getFileName().toString().equals(Catalog.SCENARIO_FILE)) {
                sitePath = "snippets/" + workspace.snippetsDir().relativize(abs);
            } else if (abs.startsWith(workspace.presetsDir())) {
                sitePath = "presets/" + workspace.presetsDir().relativize(abs);
            } else {
                for (Language lang : Language.values()) {
                    for (Path images : List.of(workspace.guidesDir(lang).resolve("images"), workspace.contentDir(lang).resolve("images"))) {
                        if (abs.startsWith(images)) {
                            sitePath = lang.code() + "/images/" + images.relativize(abs);
                        }
                    }
                }
            }
            if (sitePath == null) {
                continue;
            }
            if (Files.isRegularFile(abs)) {
                try {
                    publisher.replaceFile(sitePath.replace('\\', '/'), Files.readAllBytes(abs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                publisher.deleteFile(sitePath);
            }
        }
    }

    private SiteConfig config() {
        try {
            return SiteConfig.load(workspace);
        } catch (ContentException e) {
            throw BuildFailure.of(e);
        }
    }

    private static List<StagedPage> stage(SitePlan plan, Map<Path, ConvertedPage> converted, SiteConfig config) {
        return stage(plan, converted, config, p -> true);
    }

    /** Staged pages of the plan that {@code wanted} accepts (each keeps the JBake type of its place in the plan). */
    private static List<StagedPage> stage(SitePlan plan, Map<Path, ConvertedPage> converted, SiteConfig config,
                                          Predicate<SitePage> wanted) {
        Map<String, Integer> perTemplate = new HashMap<>();
        List<StagedPage> out = new ArrayList<>();
        for (SitePage p : plan.pages()) {
            String template = p.isContent() ? "page" : p.kind().name();
            int index = perTemplate.merge(template, 1, Integer::sum) - 1;
            if (!wanted.test(p)) {
                continue;
            }
            Page shown = p.shown();
            out.add(StagedPage.of(p, shown != null ? converted.get(shown.path()) : null, config, index));
        }
        return out;
    }


    private synchronized PageConverter converter() {
        if (converter == null) {
            converter = new PageConverter(AsciidoctorRuntime::get, workspace, cache);
        }
        return converter;
    }

    private synchronized PageTemplate template() {
        if (template == null) {
            template = PageTemplate.fromClasspath();
        }
        return template;
    }

    /** Rouge's stylesheet, made by Rouge once and then kept with the page cache. */
    private synchronized String rougeCss() {
        if (rougeCss == null) {
            Path kept = cacheDir(workspace).resolve(RougeStylesheet.fileName());
            try {
                if (Files.isRegularFile(kept)) {
                    rougeCss = Files.readString(kept, StandardCharsets.UTF_8);
                } else {
                    rougeCss = RougeStylesheet.css(AsciidoctorRuntime.get());
                    Files.createDirectories(kept.getParent());
                    Files.writeString(kept, rougeCss, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rougeCss;
    }

    /** How many pages this generator really converted (the rest came from its cache). */
    public int conversions() {
        return converter == null ? 0 : converter.conversions();
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (converter != null) {
            converter.close();
        }
    }
}
