package org.sparkk8s.docs.site.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.sparkk8s.docs.site.FileTrees;

/**
 * The JBake source tree a build bakes, created under {@code target/}: {@code jbake.properties},
 * our FreeMarker templates, the static assets and — written by the bake stage — one HTML content
 * file per site page. Everything JBake would do beyond templating pages (feeds, archive, tags,
 * its own sitemap and 404) is switched off; we write those that we need ourselves.
 */
public final class JBakeProject implements AutoCloseable {

    /** Templates shipped with the site generator, copied into every tree. */
    public static final List<String> TEMPLATES = List.of("layout.ftl", "page.ftl", "untranslated.ftl", "chooser.ftl", "notfound.ftl");

    /**
     * JBake's renderer reads every document of a type once per document it renders (quadratic in the
     * page count); spreading pages over types of at most this many documents, all using one template,
     * keeps that cost flat. See README-site.md for the measurement.
     */
    public static final int DOCUMENTS_PER_TYPE = 16;

    /** Content types with the template each uses; every type is sharded. */
    private static final List<String[]> TYPES = List.of(
            new String[] {"page", "page.ftl"},
            new String[] {"untranslated", "untranslated.ftl"},
            new String[] {"chooser", "chooser.ftl"},
            new String[] {"notfound", "notfound.ftl"});

    /** Where the templates live on the class path. */
    public static final String TEMPLATE_RESOURCES = "/org/sparkk8s/docs/site/templates/";

    private final Path dir;

    private JBakeProject(Path dir) {
        this.dir = dir;
    }

    /** Creates a fresh tree in a new folder below {@code parent} for a site of about {@code pages} pages. */
    public static JBakeProject create(Path parent, int pages) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, "jbake-");
            JBakeProject p = new JBakeProject(dir);
            Files.createDirectories(p.templatesDir());
            Files.createDirectories(p.contentDir());
            Files.createDirectories(p.assetsDir());
            for (String t : TEMPLATES) {
                try (InputStream in = JBakeProject.class.getResourceAsStream(TEMPLATE_RESOURCES + t)) {
                    if (in == null) {
                        throw new IllegalStateException("template " + t + " missing from the site generator");
                    }
                    Files.copy(in, p.templatesDir().resolve(t));
                }
            }
            Files.writeString(dir.resolve("jbake.properties"), properties(dir, shards(pages)), StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the JBake source tree under " + parent, e);
        }
    }

    static int shards(int pages) {
        return Math.max(1, (pages + DOCUMENTS_PER_TYPE - 1) / DOCUMENTS_PER_TYPE);
    }

    private static String properties(Path dir, int shards) {
        StringBuilder p = new StringBuilder();
        p.append("# written by the site generator for one bake\n");
        for (String key : List.of("render.index", "render.feed", "render.archive", "render.tags", "render.tagsindex",
                "render.sitemap", "render.error404", "asciidoctor.attributes.export", "img.path.update")) {
            p.append(key).append("=false\n");
        }
        p.append("db.store=memory\n");
        // a name of its own, so that two bakes in one JVM never share JBake's in-memory database
        p.append("db.path=").append(dir.getFileName()).append('\n');
        p.append("default.status=published\n");
        p.append("render.encoding=UTF-8\ntemplate.encoding=UTF-8\n");
        for (String[] t : TYPES) {
            for (int i = 0; i < shards; i++) {
                p.append("template.").append(t[0]).append('-').append(i).append(".file=").append(t[1]).append('\n');
            }
        }
        return p.toString();
    }

    /** The JBake content type for the n-th document of a kind ({@code page}, {@code untranslated}, …). */
    public static String type(String kind, int index) {
        return kind + "-" + (index / DOCUMENTS_PER_TYPE);
    }

    public Path dir() {
        return dir;
    }

    public Path templatesDir() {
        return dir.resolve("templates");
    }

    public Path contentDir() {
        return dir.resolve("content");
    }

    /** JBake copies this folder as it is to the root of the site. */
    public Path assetsDir() {
        return dir.resolve("assets");
    }

    /** Adds a static file published at {@code sitePath}. */
    public void addAsset(String sitePath, byte[] content) {
        try {
            Path target = assetsDir().resolve(sitePath);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds every file below {@code folder} under {@code sitePrefix}, skipping {@code skipName}. */
    public void addAssetTree(Path folder, String sitePrefix, String skipName) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && !name.equals(skipName)) {
                        Path target = assetsDir().resolve(sitePrefix).resolve(folder.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the tree. */
    @Override
    public void close() {
        FileTrees.delete(dir);
    }
}
