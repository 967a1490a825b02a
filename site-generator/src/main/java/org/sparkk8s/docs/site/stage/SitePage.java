package org.sparkk8s.docs.site.stage;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.guide.Page;

/**
 * A file of the published site and where its content comes from.
 *
 * @param path     the site path, e.g. {@code en/quick-start.html} or {@code 404.html}
 * @param language the page's language; null for the language chooser and the 404 page, which speak both
 * @param source   the page converted into this file, for a guide or another page; null otherwise
 * @param original for a "not translated yet" page, the page in the other language it stands in for
 */
public record SitePage(String path, Language language, Kind kind, String slug, Page source, Page original) {

    /** What a site file is. */
    public enum Kind {
        /** A guide from {@code guides-<lang>/}. */
        GUIDE,
        /** A page from {@code content/<lang>/} (home, glossary, …). */
        PAGE,
        /** Stands in for a page that exists only in the other language. */
        UNTRANSLATED,
        /** {@code /index.html}: pick a language. */
        CHOOSER,
        /** {@code /404.html}. */
        NOT_FOUND
    }

    /** True for a page converted from a source file. */
    public boolean isContent() {
        return kind == Kind.GUIDE || kind == Kind.PAGE;
    }

    /** The relative path from this page back to the site root ({@code ../} for a page in a language folder). */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The page whose navigation metadata (title, order) this file shows. */
    public Page shown() {
        return source != null ? source : original;
    }
}
