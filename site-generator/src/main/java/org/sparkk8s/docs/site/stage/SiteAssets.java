package org.sparkk8s.docs.site.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;

/**
 * The files a site carries besides its pages, all served from the site itself: our stylesheet
 * and scripts, lunr from its WebJar, the snippet files and presets (pages link to them) and the images
 * of {@code guides-<lang>/images/} and {@code content/<lang>/images/}, published under
 * {@code /<lang>/images/}.
 */
public final class SiteAssets {

    /** Our own static files, published under {@code /assets/}. */
    public static final List<String> STATIC = List.of("site.css", "site.js", "search.js", "ru-stemmer.js");

    private static final String RESOURCES = "/org/sparkk8s/docs/site/assets/";
    private static final String LUNR_POM = "/META-INF/maven/org.webjars.npm/lunr/pom.properties";

    private SiteAssets() {
    }

    public static void addTo(JBakeProject project, Workspace ws) {
        for (String name : STATIC) {
            project.addAsset("assets/" + name, resource(RESOURCES + name));
        }
        project.addAsset("assets/lunr.min.js", resource("/META-INF/resources/webjars/lunr/" + lunrVersion() + "/lunr.min.js"));
        project.addAssetTree(ws.snippetsDir(), "snippets", Catalog.SCENARIO_FILE);
        project.addAssetTree(ws.presetsDir(), "presets", null);
        for (Language lang : Language.values()) {
            project.addAssetTree(ws.guidesDir(lang).resolve("images"), lang.code() + "/images", null);
            project.addAssetTree(ws.contentDir(lang).resolve("images"), lang.code() + "/images", null);
        }
    }

    /** The lunr version of the WebJar on the class path, so the path never has to be kept in step by hand. */
    static String lunrVersion() {
        try (InputStream in = SiteAssets.class.getResourceAsStream(LUNR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the lunr WebJar (org.webjars.npm:lunr) is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = SiteAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " missing from the site generator");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
