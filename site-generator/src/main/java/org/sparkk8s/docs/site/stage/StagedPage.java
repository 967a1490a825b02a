package org.sparkk8s.docs.site.stage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.convert.ConvertedPage;

/**
 * A JBake content file for one site page: JBake headers ({@code title}, {@code type},
 * {@code status}, {@code lang}, …) and the page's converted HTML as the body, which JBake's
 * raw-HTML engine passes to the template as it is.
 */
public record StagedPage(SitePage page, Map<String, String> headers, String body) {

    /** JBake's default header separator. */
    public static final String HEADER_END = "~~~~~~";

    /**
     * Headers and body for {@code page}. {@code converted} is the converted page for a content
     * page, the converted original for a "not translated yet" page (whose body then only holds
     * the original's anchors, so that links to its sections still land somewhere), else null.
     * {@code index} is the page's position among pages of its template (for JBake's type sharding).
     */
    public static StagedPage of(SitePage page, ConvertedPage converted, SiteConfig config, int index) {
        Map<String, String> h = new LinkedHashMap<>();
        Language lang = page.language() != null ? page.language() : Language.EN;
        String kind = page.kind().name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        String template = switch (page.kind()) {
            case GUIDE, PAGE -> "page";
            case UNTRANSLATED -> "untranslated";
            case CHOOSER -> "chooser";
            case NOT_FOUND -> "notfound";
        };
        String title;
        String heading;
        switch (page.kind()) {
            case GUIDE, PAGE -> {
                title = converted.titleText();
                heading = converted.titleHtml();
            }
            case UNTRANSLATED -> {
                title = page.original().title();
                heading = escape(title);
            }
            default -> {
                title = config.name(lang);
                heading = escape(title);
            }
        }
        h.put("title", title);
        h.put("type", JBakeProject.type(template, index));
        h.put("status", "published");
        h.put("kind", kind);
        h.put("lang", lang.code());
        h.put("heading", heading);
        // the 404 page is served at any path, so it links from the site's base path instead
        h.put("root", page.kind() == SitePage.Kind.NOT_FOUND ? config.basePath() : page.root());
        h.put("sitename", config.name(lang));
        h.put("sitenameen", config.name(Language.EN));
        h.put("sitenameru", config.name(Language.RU));
        h.put("description", page.source() != null && page.source().description() != null ? page.source().description() : "");
        if (page.original() != null) {
            h.put("original", page.root() + page.original().sitePath());
            h.put("originallang", page.original().language().code());
        }
        h.replaceAll((k, v) -> v.replace('\r', ' ').replace('\n', ' ').strip());
        String body = "";
        if (page.isContent()) {
            body = converted.body();
        } else if (page.kind() == SitePage.Kind.UNTRANSLATED && converted != null) {
            body = anchorsOf(converted.body());
        }
        // JBake reads the body line by line and ends every line with \n; so does the warm path then
        if (!body.endsWith("\n")) {
            body = body + "\n";
        }
        return new StagedPage(page, h, body);
    }

    /** The file JBake reads: headers, the separator, the body. */
    public String jbakeText() {
        StringBuilder s = new StringBuilder(body.length() + 512);
        headers.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        s.append(HEADER_END).append('\n').append(body);
        return s.toString();
    }

    /** The header values plus {@code body}, as JBake's {@code content} template variable holds them. */
    public Map<String, Object> templateContent() {
        Map<String, Object> m = new LinkedHashMap<>(headers);
        m.put("body", body);
        return m;
    }

    /** Empty elements carrying every id of {@code html}. */
    private static String anchorsOf(String html) {
        StringBuilder out = new StringBuilder("<div class=\"original-anchors\" hidden>");
        for (Element e : Jsoup.parseBodyFragment(html).body().select("[id]")) {
            out.append("<span id=\"").append(escape(e.id())).append("\"></span>");
        }
        return out.append("</div>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
