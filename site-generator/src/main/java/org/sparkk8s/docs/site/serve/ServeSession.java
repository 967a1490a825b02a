package org.sparkk8s.docs.site.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.BuildFailure;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.enrich.VerificationReport;
import org.sparkk8s.docs.site.review.ReviewSite;

/**
 * {@code docs serve}: builds the site, serves it, watches the sources and, after each change,
 * rebuilds what the change touches and tells the open pages to reload. One generator — one warm
 * Asciidoctor and one page cache — lives as long as the session.
 */
public final class ServeSession implements AutoCloseable {

    private final SiteGenerator generator;
    private final Path out;
    private final PrintWriter log;
    private final LiveReload liveReload = new LiveReload();
    private final SiteServer server;
    private final SourceWatcher watcher;
    private final List<Consumer<BuildResult>> listeners = new CopyOnWriteArrayList<>();
    private Set<String> shownWarnings = Set.of();

    private ServeSession(SiteGenerator generator, Path out, InetSocketAddress address, PrintWriter log) throws IOException {
        this.generator = generator;
        this.out = out;
        this.log = log;
        // listen first: a port in use is reported before seconds are spent on a build; until a
        // build succeeds, whatever an earlier run published is served
        this.server = SiteServer.start(address,
                () -> generator.publishedSite() != null ? generator.publishedSite() : Files.isDirectory(out) ? out : null, liveReload);
        // the translation review is made on request and never written into the site
        ReviewSite review = new ReviewSite(generator.workspace(), generator::publishedSite);
        server.mount(ReviewSite.PREFIX, review::page);
        server.addToPages(ReviewSite::linkFor);
        rebuild(null);
        Workspace ws = generator.workspace();
        List<Path> watched = new ArrayList<>();
        for (Language l : Language.values()) {
            watched.add(ws.guidesDir(l));
        }
        watched.add(ws.contentDir());
        watched.add(ws.snippetsDir());
        watched.add(ws.presetsDir());
        // a new verification report rewrites the badges and the status page; the folder is made
        // first because the watcher notices a missing folder only when it appears at the root
        Files.createDirectories(ws.verificationDir());
        watched.add(ws.verificationDir());
        this.watcher = new SourceWatcher(ws.root(), watched, this::sourcesChanged);
    }

    /** Builds into {@code out}, starts the server on {@code address} and the watcher; problems are printed to {@code log}. */
    public static ServeSession start(SiteGenerator generator, Path out, InetSocketAddress address, PrintWriter log) throws IOException {
        return new ServeSession(generator, out, address, log);
    }

    public URI url() {
        return server.url();
    }

    /** Called after every successful rebuild (the benchmark and tests time and check with it). */
    public void onRebuilt(Consumer<BuildResult> listener) {
        listeners.add(listener);
    }

    /** A burst of changes, less the files the verifier writes besides its report (JUnit XML, step output). */
    private void sourcesChanged(Set<Path> changed) {
        Path folder = generator.workspace().verificationDir();
        Path report = VerificationReport.file(generator.workspace());
        Set<Path> relevant = new LinkedHashSet<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(folder) || abs.equals(report)) {
                relevant.add(p);
            }
        }
        if (!relevant.isEmpty()) {
            rebuild(relevant);
        }
    }

    /** A full build when {@code changed} is null or nothing was built yet, otherwise an update. */
    private synchronized void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            BuildResult r = changed == null || generator.publishedSite() == null
                    ? generator.build(out)
                    : generator.update(changed);
            long ms = (System.nanoTime() - start) / 1_000_000;
            // a warning is printed once, not after every save
            for (Problem w : r.warnings()) {
                if (!shownWarnings.contains(w.toString())) {
                    log.println(w);
                }
            }
            shownWarnings = Set.copyOf(r.warnings().stream().map(Problem::toString).toList());
            if (changed == null) {
                log.println("built " + r.written().size() + " pages in " + ms + " ms");
            } else if (r.full()) {
                log.println("rebuilt the site in " + ms + " ms");
            } else {
                log.println("updated " + (r.written().size() == 1 ? r.written().get(0) : r.written().size() + " pages")
                        + " in " + ms + " ms");
            }
            log.flush();
            List<String> urls = new ArrayList<>();
            if (r.full()) {
                urls.add("*");
            } else {
                r.written().forEach(p -> urls.add("/" + p));
                urls.addAll(ReviewSite.affectedBy(r.written()));
            }
            liveReload.reload(urls);
            listeners.forEach(l -> l.accept(r));
        } catch (BuildFailure f) {
            List<String> lines = new ArrayList<>();
            f.problems().forEach(p -> lines.add(p.toString()));
            lines.forEach(log::println);
            log.println(generator.publishedSite() == null
                    ? "nothing to serve yet: fix the errors above and save"
                    : "the site was not changed: fix the errors above and save");
            log.flush();
            liveReload.failed(lines);
        } catch (RuntimeException e) {
            log.println("rebuild failed: " + e);
            log.flush();
            liveReload.failed(List.of("rebuild failed: " + e));
        }
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        liveReload.close();
    }
}
