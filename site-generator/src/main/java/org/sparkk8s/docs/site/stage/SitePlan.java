package org.sparkk8s.docs.site.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Every file the site will have: each page of the catalog in its language, a "not translated
 * yet" page wherever a page exists in one language only (so the language switch always lands
 * somewhere), the language chooser at the root and the 404 page.
 */
public final class SitePlan {

    public static final String CHOOSER = "index.html";
    public static final String NOT_FOUND = "404.html";

    private final Map<String, SitePage> byPath;

    private SitePlan(Map<String, SitePage> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    public static SitePlan of(Catalog catalog) {
        Map<String, SitePage> pages = new LinkedHashMap<>();
        for (PagePair pair : catalog.pairs()) {
            for (Language lang : Language.values()) {
                Optional<Page> own = pair.in(lang);
                SitePage p;
                if (own.isPresent()) {
                    Page src = own.get();
                    p = new SitePage(src.sitePath(), lang,
                            pair.kind() == Page.Kind.GUIDE ? SitePage.Kind.GUIDE : SitePage.Kind.PAGE, pair.slug(), src, null);
                } else {
                    Page original = pair.in(lang.other()).orElseThrow();
                    p = new SitePage(lang.code() + "/" + pair.slug() + ".html", lang, SitePage.Kind.UNTRANSLATED,
                            pair.slug(), null, original);
                }
                pages.put(p.path(), p);
            }
        }
        pages.put(CHOOSER, new SitePage(CHOOSER, null, SitePage.Kind.CHOOSER, "index", null, null));
        pages.put(NOT_FOUND, new SitePage(NOT_FOUND, null, SitePage.Kind.NOT_FOUND, "404", null, null));
        return new SitePlan(pages);
    }

    public List<SitePage> pages() {
        return List.copyOf(byPath.values());
    }

    /** Pages converted from sources. */
    public List<Page> sources() {
        List<Page> out = new ArrayList<>();
        for (SitePage p : byPath.values()) {
            if (p.source() != null) {
                out.add(p.source());
            }
        }
        return out;
    }

    public Optional<SitePage> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The same page in the other language: the translation or its "not translated yet" stand-in. */
    public Optional<SitePage> counterpart(SitePage page) {
        if (page.language() == null) {
            return Optional.empty();
        }
        return at(page.language().other().code() + "/" + page.slug() + ".html");
    }

    /** The pages of one language, guides and other pages, in file order. */
    public List<SitePage> pages(Language language) {
        return byPath.values().stream().filter(p -> p.language() == language).toList();
    }
}
