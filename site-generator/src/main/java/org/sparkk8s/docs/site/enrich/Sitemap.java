package org.sparkk8s.docs.site.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;

/** {@code sitemap.xml} with every published page and its translations as {@code xhtml:link} alternates. */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";

    private Sitemap() {
    }

    public static void write(SitePlan plan, SiteConfig config, Path siteDir) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (SitePage p : plan.pages()) {
            if (!p.isContent()) {
                continue;
            }
            x.append("  <url>\n    <loc>").append(xml(config.absolute(p.path()))).append("</loc>\n");
            SitePage other = plan.counterpart(p).filter(SitePage::isContent).orElse(null);
            if (other != null) {
                SitePage en = p.language() == Language.EN ? p : other;
                for (SitePage alt : new SitePage[] {p.language() == Language.EN ? p : other, p.language() == Language.EN ? other : p}) {
                    link(x, alt.language().code(), config.absolute(alt.path()));
                }
                link(x, "x-default", config.absolute(en.path()));
            }
            x.append("  </url>\n");
        }
        x.append("</urlset>\n");
        try {
            Files.writeString(siteDir.resolve(FILE), x, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(StringBuilder x, String hreflang, String href) {
        x.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"").append(xml(href)).append("\"/>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
