package org.sparkk8s.docs.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.stage.JBakeProject;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;
import org.sparkk8s.docs.site.stage.StagedPage;

/**
 * Bakes staged pages with JBake's Oven: each page is written into the JBake tree as an HTML
 * content file with JBake headers, and JBake templates it. JBake's raw-HTML engine takes the body
 * as it is, so JBake never starts an Asciidoctor of its own.
 */
public final class JBakeOven {

    /** Kept so the JUL configuration of OrientDB's loggers is not garbage collected. */
    private static final Logger ORIENT_LOG = Logger.getLogger("com.orientechnologies");

    static {
        // JBake keeps its content in a throwaway in-memory OrientDB opened as admin/admin; OrientDB
        // would hash the built-in users' passwords with 65,536 PBKDF2 rounds at every bake (1.7 s)
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
        OGlobalConfiguration.LOG_CONSOLE_LEVEL.setValue("SEVERE");
        OGlobalConfiguration.LOG_FILE_LEVEL.setValue("SEVERE");
        ORIENT_LOG.setLevel(Level.SEVERE);
    }

    private static final Object WARM_UP_LOCK = new Object();
    private static CompletableFuture<Void> warmUp;

    /**
     * Bakes a one-page tree once per JVM on a background thread: JBake's first bake spends over a
     * second loading OrientDB, FreeMarker and itself. Started together with Asciidoctor's boot, that
     * second is spent while JRuby starts on the other core instead of after the pages are converted.
     */
    public static CompletableFuture<Void> warmUp(Path scratch) {
        synchronized (WARM_UP_LOCK) {
            if (warmUp == null) {
                warmUp = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try (JBakeProject project = JBakeProject.create(scratch, 1)) {
                        SitePage page = new SitePage(SitePlan.NOT_FOUND, null, SitePage.Kind.NOT_FOUND, "404", null, null);
                        Path out = project.dir().resolve("out");
                        new JBakeOven().bake(project, List.of(StagedPage.of(page, null, SiteConfig.defaults(), 0)), out);
                        warmUp.complete(null);
                    } catch (RuntimeException e) {
                        // a failed warm-up only costs time; the real bake reports real problems
                        warmUp.complete(null);
                    }
                }, "jbake-warm-up");
                t.setDaemon(true);
                t.start();
            }
            return warmUp;
        }
    }

    /** Writes the content files of {@code pages} into {@code project} and bakes the tree into {@code out}. */
    public void bake(JBakeProject project, Collection<StagedPage> pages, Path out) {
        try {
            for (StagedPage p : pages) {
                Path file = project.contentDir().resolve(p.page().path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, p.jbakeText(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JBake content files", e);
        }
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.dir().toFile(), out.toFile(), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            Throwable first = oven.getErrors().get(0);
            throw new IllegalStateException("JBake failed to bake " + oven.getErrors().size() + " item(s): " + first.getMessage(), first);
        }
        for (StagedPage p : pages) {
            if (!Files.isRegularFile(out.resolve(p.page().path()))) {
                throw new IllegalStateException("JBake did not write " + p.page().path());
            }
        }
    }
}
