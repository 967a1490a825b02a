package org.sparkk8s.docs.site.enrich;

import java.util.List;

/**
 * What the search index holds for one page: its URL (relative to the site root), language and
 * title, the text before its first section, and each section with its anchor.
 */
public record SearchEntry(String url, String lang, String title, String text, List<Section> sections) {

    /** An h2 or h3 section of a page. */
    public record Section(String title, String anchor, String text) {
    }
}
