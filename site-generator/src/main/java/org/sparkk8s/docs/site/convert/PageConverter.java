package org.sparkk8s.docs.site.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.BuildFailure;

/**
 * Converts pages to HTML, each once: in parallel on every core, and remembered by a hash of all
 * that goes into the result (the page text, the text of every region it includes, this
 * converter's version) in a {@link ConversionCache}, so an unchanged page is not converted again
 * — which is what keeps {@code docs serve} fast. Asciidoctor is only asked for (and so only
 * started) when a page is not in the cache.
 */
public final class PageConverter implements AutoCloseable {

    /** Part of every cache key; change it when the HTML a page converts to changes. */
    static final String VERSION = "page-converter-1/asciidoctorj-2.5.13/flexmark-0.64.8";

    private final Workspace workspace;
    private final Supplier<AsciidoctorRuntime> runtime;
    private final ConversionCache cache;
    private final ExecutorService pool;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger conversions = new AtomicInteger();
    private volatile AsciiDocConverter asciidoc;
    private volatile MarkdownConverter markdown;

    /** A converter with an in-memory cache, using {@code runtime} at once. */
    public PageConverter(AsciidoctorRuntime runtime, Workspace workspace) {
        this(() -> runtime, workspace, ConversionCache.inMemory());
    }

    /** {@code runtime} is asked for only when a page is not in {@code cache}. */
    public PageConverter(Supplier<AsciidoctorRuntime> runtime, Workspace workspace, ConversionCache cache) {
        this.workspace = workspace;
        this.runtime = runtime;
        this.cache = cache;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "convert-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Converts {@code pages} in parallel; every page that fails is reported, not just the first. */
    public Map<Page, ConvertedPage> convertAll(Collection<Page> pages, Catalog catalog) {
        Map<Page, Future<ConvertedPage>> futures = new LinkedHashMap<>();
        for (Page p : pages) {
            futures.put(p, pool.submit(() -> convert(p, catalog)));
        }
        Map<Page, ConvertedPage> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Page, Future<ConvertedPage>> e : futures.entrySet()) {
            try {
                out.put(e.getKey(), e.getValue().get());
            } catch (ExecutionException ex) {
                if (ex.getCause() instanceof ContentException c) {
                    problems.add(Problem.of(c));
                } else if (ex.getCause() instanceof RuntimeException r) {
                    throw r;
                } else {
                    throw new IllegalStateException(ex.getCause());
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while converting pages", ex);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(p -> p.location().toString()));
            throw new BuildFailure(problems);
        }
        return out;
    }

    /** Converts one page, or returns the cached result when nothing it depends on changed. */
    public ConvertedPage convert(Page page, Catalog catalog) {
        String key = key(page, catalog);
        used.add(key);
        Optional<ConvertedPage> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ConvertedPage converted = page.format() == Page.Format.ASCIIDOC
                ? asciidoc().convert(page)
                : markdown().convert(page, catalog);
        conversions.incrementAndGet();
        cache.put(key, converted);
        return converted;
    }

    /** True when every page is in the cache, so converting them needs no Asciidoctor. */
    public boolean allCached(Collection<Page> pages, Catalog catalog) {
        for (Page p : pages) {
            if (cache.get(key(p, catalog)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Forgets every cached page the conversions since the last call did not use. */
    public void forgetUnused() {
        cache.retainOnly(Set.copyOf(used));
        used.clear();
    }

    private AsciiDocConverter asciidoc() {
        if (asciidoc == null) {
            synchronized (this) {
                if (asciidoc == null) {
                    asciidoc = new AsciiDocConverter(runtime.get(), workspace);
                }
            }
        }
        return asciidoc;
    }

    private MarkdownConverter markdown() {
        if (markdown == null) {
            synchronized (this) {
                if (markdown == null) {
                    markdown = new MarkdownConverter(runtime.get());
                }
            }
        }
        return markdown;
    }

    /** How many pages were really converted (not served from the cache) so far. */
    public int conversions() {
        return conversions.get();
    }

    private String key(Page page, Catalog catalog) {
        MessageDigest sha = sha256();
        update(sha, VERSION);
        update(sha, workspace.root().toString());
        update(sha, page.path().toString());
        update(sha, page.language().code());
        update(sha, page.text().text());
        for (Include inc : page.includes()) {
            update(sha, inc.directive());
            if (inc.isSnippet() || inc.isPreset()) {
                update(sha, catalog.extract(inc).map(x -> x.text()).orElse("\u0000unresolved"));
            } else {
                // Asciidoctor resolves a plain include from the repository root; core from the page's folder
                update(sha, readIfPresent(workspace.root().resolve(inc.target())));
                update(sha, readIfPresent(workspace.root().resolve(page.path()).getParent().resolve(inc.target())));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "\u0000absent";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
