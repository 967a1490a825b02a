package org.sparkk8s.docs.site.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.core.preset.PresetIndex;
import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;

/**
 * Adds to a baked page what depends on the rest of the site: {@code <html lang>}, the canonical
 * URL and {@code hreflang} alternates, the sidebar, the language switch, the table of contents,
 * a copy button on every code block; it rewrites links to {@code .adoc}/{@code .md} sources into
 * links to their pages, and reads the page's text for the search index.
 */
public final class PageEnricher {

    /** A relative link to a page source ({@code other.adoc#part}), rewritten to the published page. */
    private static final Pattern SOURCE_LINK = Pattern.compile("^([^:?#]*)\\.(?:adoc|asciidoc|md|markdown)((?:[?#].*)?)$");

    private final SiteConfig config;
    private final SitePlan plan;
    private final Navigation navigation;
    private final PresetIndex presets;
    /** Set by {@link #translations}; a generator that does not call it adds neither. */
    private Glossary glossary;
    private OutdatedBanner outdatedBanner = OutdatedBanner.none();
    /** Set by {@link #verification}: badges on code blocks and the status page from the latest report. */
    private Verification verification = Verification.none();

    /** An enriched page and, for a content page, what the search index keeps of it. */
    public record Result(String html, SearchEntry searchEntry) {
    }

    public PageEnricher(SiteConfig config, SitePlan plan, Navigation navigation, PresetIndex presets) {
        this.config = config;
        this.plan = plan;
        this.navigation = navigation;
        this.presets = presets;
    }

    /** Adds what the translation workflow puts on pages: the glossary table, and the banner of an outdated translation. */
    public PageEnricher translations(Glossary glossary, OutdatedBanner banner) {
        this.glossary = glossary;
        this.outdatedBanner = banner;
        return this;
    }

    /** Adds the verification badges and fills the verification status page from {@code verification}. */
    public PageEnricher verification(Verification verification) {
        this.verification = verification;
        return this;
    }

    public Result enrich(SitePage page, String bakedHtml) {
        Document doc = Jsoup.parse(bakedHtml);
        doc.outputSettings().prettyPrint(false);
        Language lang = page.language() != null ? page.language() : Language.EN;
        doc.selectFirst("html").attr("lang", lang.code());
        head(doc, page);
        for (Element brand : doc.select("a.brand")) {
            brand.attr("href", page.root() + navigation.home(lang));
        }
        for (Element choice : doc.select("a.language-choice[data-lang]")) {
            Language target = Language.fromCode(choice.attr("data-lang"));
            choice.attr("href", (page.kind() == SitePage.Kind.NOT_FOUND ? config.basePath() : page.root()) + navigation.home(target));
        }
        Element sidebar = doc.selectFirst("#sidebar");
        if (sidebar != null) {
            sidebar(sidebar, page, lang);
        }
        Element switcher = doc.selectFirst("nav.lang-switch");
        if (switcher != null) {
            languageSwitch(switcher, page);
        }
        Element main = doc.selectFirst("main");
        if (main != null) {
            PresetTable.fill(main, presets, lang, page.root(), page.shown());
            verification.fillStatusPage(main, page, lang);
            rewriteSourceLinks(main);
            wrapTables(main);
            copyButtons(main, lang);
            verification.addBadges(main, page, lang);
            if (glossary != null) {
                GlossaryTable.fill(main, glossary, lang);
            }
            outdatedBanner.addTo(main, page);
        }
        Element toc = doc.selectFirst("aside.toc");
        if (toc != null && main != null) {
            tableOfContents(toc, main, doc);
        }
        SearchEntry entry = page.isContent() && main != null ? searchEntry(page, main) : null;
        return new Result(doc.outerHtml(), entry);
    }

    private void head(Document doc, SitePage page) {
        Element head = doc.head();
        switch (page.kind()) {
            case GUIDE, PAGE -> {
                head.appendElement("link").attr("rel", "canonical").attr("href", config.absolute(page.path()));
                SitePage other = plan.counterpart(page).filter(SitePage::isContent).orElse(null);
                SitePage en = page.language() == Language.EN ? page : other;
                alternate(head, page.language().code(), page.path());
                if (other != null) {
                    alternate(head, other.language().code(), other.path());
                }
                alternate(head, "x-default", en != null ? en.path() : page.path());
            }
            case UNTRANSLATED -> {
                head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
                head.appendElement("link").attr("rel", "canonical").attr("href", config.absolute(page.original().sitePath()));
            }
            case CHOOSER -> {
                head.appendElement("link").attr("rel", "canonical").attr("href", config.absolute(""));
                for (Language l : Language.values()) {
                    alternate(head, l.code(), navigation.home(l));
                }
                alternate(head, "x-default", "");
            }
            case NOT_FOUND -> head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        }
    }

    private void alternate(Element head, String hreflang, String path) {
        head.appendElement("link").attr("rel", "alternate").attr("hreflang", hreflang).attr("href", config.absolute(path));
    }

    private void sidebar(Element sidebar, SitePage page, Language lang) {
        Element list = sidebar.appendElement("ul").addClass("nav-list");
        for (Navigation.Entry e : navigation.entries(lang)) {
            Element li = list.appendElement("li");
            Element a = li.appendElement("a").attr("href", page.root() + e.page().path()).text(e.title());
            if (e.page().path().equals(page.path())) {
                li.addClass("current");
                a.attr("aria-current", "page");
            }
            if (e.untranslated()) {
                li.addClass("untranslated");
                String other = e.page().original().language().code();
                a.appendText(" ").appendElement("span").addClass("badge").attr("lang", other)
                        .text(other.toUpperCase(Locale.ROOT));
            }
        }
    }

    private void languageSwitch(Element switcher, SitePage page) {
        SitePage other = plan.counterpart(page).orElse(null);
        if (other == null) {
            switcher.remove();
            return;
        }
        Language target = other.language();
        Element a = switcher.appendElement("a").addClass("language-choice")
                .attr("data-lang", target.code()).attr("hreflang", target.code()).attr("lang", target.code())
                .attr("href", page.root() + other.path()).text(target.nativeName());
        if (other.kind() == SitePage.Kind.UNTRANSLATED) {
            a.addClass("untranslated");
        }
    }

    private static void rewriteSourceLinks(Element main) {
        for (Element a : main.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("/") || href.startsWith("#") || href.contains("//")) {
                continue;
            }
            Matcher m = SOURCE_LINK.matcher(href);
            if (m.matches()) {
                a.attr("href", m.group(1) + ".html" + m.group(2));
            }
        }
    }

    private static void wrapTables(Element main) {
        for (Element table : main.select("table")) {
            if (table.closest(".admonitionblock") == null && !table.parent().hasClass("table-wrap")) {
                table.wrap("<div class=\"table-wrap\"></div>");
            }
        }
    }

    private static void copyButtons(Element main, Language lang) {
        boolean ru = lang == Language.RU;
        for (Element pre : main.select(".listingblock > .content > pre, .literalblock > .content > pre")) {
            pre.parent().addClass("has-copy");
            pre.parent().appendElement("button").attr("type", "button").addClass("copy-button")
                    .attr("data-copied", ru ? "Скопировано" : "Copied")
                    .attr("aria-label", ru ? "Скопировать код" : "Copy the code")
                    .text(ru ? "Копировать" : "Copy");
        }
    }

    private static void tableOfContents(Element toc, Element main, Document doc) {
        List<Element> headings = new ArrayList<>();
        for (Element h : main.select("h2[id], h3[id]")) {
            if (h.closest(".admonitionblock") == null) {
                headings.add(h);
            }
        }
        if (headings.size() < 2) {
            toc.remove();
            doc.body().addClass("no-toc");
            return;
        }
        Element list = toc.appendElement("ul").addClass("toc-list");
        for (Element h : headings) {
            list.appendElement("li").addClass("toc-" + h.tagName())
                    .appendElement("a").attr("href", "#" + h.id()).text(headingText(h));
        }
    }

    /** A heading's text without its self-link. */
    private static String headingText(Element h) {
        Element copy = h.clone();
        copy.select("a.anchor").remove();
        return copy.text();
    }

    private static SearchEntry searchEntry(SitePage page, Element main) {
        Element article = main.selectFirst("article");
        Element root = article != null ? article : main;
        Element title = root.selectFirst("h1.page-title");
        List<SearchEntry.Section> sections = new ArrayList<>();
        StringBuilder intro = new StringBuilder();
        StringBuilder[] current = {intro};
        String[] currentHeading = {null, null};
        root.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element e) {
                    String tag = e.tagName();
                    if ((tag.equals("h2") || tag.equals("h3")) && !e.id().isEmpty() && e.closest(".admonitionblock") == null) {
                        flush();
                        currentHeading[0] = headingText(e);
                        currentHeading[1] = e.id();
                        current[0] = new StringBuilder();
                        skipDepth = depth;
                    } else if (e == title || tag.equals("button") || tag.equals("script") || e.hasClass("anchor")
                            || e.hasAttr(VerificationBadges.SEARCH_SKIP)) {
                        skipDepth = depth;
                    }
                } else if (node instanceof TextNode t) {
                    current[0].append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                } else if (skipDepth < 0 && node instanceof Element e && (e.isBlock() || e.tagName().equals("br"))) {
                    current[0].append(' ');
                }
                if (node == root) {
                    flush();
                }
            }

            private void flush() {
                if (currentHeading[0] != null) {
                    sections.add(new SearchEntry.Section(currentHeading[0], currentHeading[1], squeeze(current[0])));
                    currentHeading[0] = null;
                }
            }
        });
        return new SearchEntry(page.path(), page.language().code(), title != null ? title.text() : page.slug(),
                squeeze(intro), sections);
    }

    private static String squeeze(CharSequence s) {
        return s.toString().replaceAll("\\s+", " ").strip();
    }
}
