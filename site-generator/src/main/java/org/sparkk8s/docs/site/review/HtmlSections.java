package org.sparkk8s.docs.site.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A built page cut into its sections: for each heading id, the HTML between that heading and the
 * next one, whatever the nesting (Asciidoctor wraps sections in {@code div.sectN}, flexmark does
 * not). The page's text before its first section has the id {@code ""}. Links are made absolute
 * to the page's own folder, so they still work when shown on another page.
 */
final class HtmlSections {

    private static final Pattern HEADING = Pattern.compile("h[2-6]");
    private static final Pattern WRAPPER = Pattern.compile("sect[1-6]|sectionbody");
    private static final String BASE = "http://review.invalid";

    private final Map<String, Element> sections = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    private HtmlSections() {
    }

    /** The sections of the page published at {@code sitePath} (e.g. {@code en/quick-start.html}). */
    static HtmlSections of(String html, String sitePath) {
        Document doc = Jsoup.parse(html, BASE + "/" + sitePath);
        HtmlSections out = new HtmlSections();
        Element main = doc.selectFirst("main article");
        if (main == null) {
            main = doc.selectFirst("main");
        }
        // links resolve against the page's own address; made absolute here, while the document knows it
        for (Element e : doc.select("[href], [src]")) {
            for (String attr : new String[] {"href", "src"}) {
                String abs = e.hasAttr(attr) ? e.absUrl(attr) : "";
                if (abs.startsWith(BASE)) {
                    e.attr(attr, abs.substring(BASE.length()));
                }
            }
        }
        Element current = new Element("div");
        out.sections.put("", current);
        if (main != null) {
            out.walk(main, current);
        }
        for (Element section : out.sections.values()) {
            // the same ids would stand in both columns; copy buttons need the site's script
            section.select("[id]").removeAttr("id");
            section.select("button.copy-button, a.anchor").remove();
        }
        return out;
    }

    private Element walk(Element parent, Element current) {
        for (Node child : parent.childNodes().toArray(new Node[0])) {
            if (child instanceof Element e) {
                if (HEADING.matcher(e.tagName()).matches() && !e.id().isEmpty() && e.closest(".admonitionblock") == null) {
                    current = new Element("div");
                    sections.putIfAbsent(e.id(), current);
                    Element title = e.clone();
                    title.select("a.anchor").remove();
                    titles.putIfAbsent(e.id(), title.text());
                    continue;
                }
                if (e.hasClass("page-title")) {
                    continue;
                }
                if (e.tagName().equals("div") && e.classNames().stream().anyMatch(c -> WRAPPER.matcher(c).matches())) {
                    current = walk(e, current);
                    continue;
                }
            }
            current.appendChild(child.clone());
        }
        return current;
    }

    /** The HTML of a section, or null when the page has no such section. */
    String html(String id) {
        Element e = sections.get(id);
        return e == null ? null : e.html();
    }

    /** The heading text of a section as the page shows it. */
    String title(String id) {
        return titles.get(id);
    }
}
