package org.sparkk8s.docs.site.enrich;

import java.util.List;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Puts a small verification badge under every code block that shows a snippet region or a preset.
 * The badge sits outside the block's {@code .content} (where the copy button looks for the code),
 * so copying still gives exactly the snippet text. A block is matched to its include by that very
 * text, in page order, rather than by counting blocks: a page may have blocks that are no includes.
 */
final class VerificationBadges {

    /** Marks what the search index leaves out: the badges are about the page, not in it. */
    static final String SEARCH_SKIP = "data-search-skip";

    private VerificationBadges() {
    }

    /** {@code statusHref} leads to the status page's part about this page, or is null when there is no status page. */
    static void add(Element main, Page page, Catalog catalog, VerificationReport report, VerificationLabels labels, String statusHref) {
        List<Element> blocks = main.select(".listingblock:has(> .content > pre), .literalblock:has(> .content > pre)");
        int next = 0;
        for (Page.CodeBlock block : page.codeBlocks()) {
            Include include = block.include();
            if (include == null || !(include.isSnippet() || include.isPreset())) {
                continue;
            }
            String text = catalog.extract(include).map(x -> x.text()).orElse(null);
            for (int i = next; text != null && i < blocks.size(); i++) {
                Element pre = blocks.get(i).selectFirst("> .content > pre");
                if (pre != null && pre.wholeText().equals(text)) {
                    SnippetVerdict verdict = SnippetVerdict.of(include, report);
                    blocks.get(i).appendElement("div").addClass("verify-line").attr(SEARCH_SKIP, "")
                            .appendChild(badge(verdict, report, labels, statusHref));
                    next = i + 1;
                    break;
                }
            }
        }
    }

    /** A badge: its text, the details as a tooltip and as text for screen readers; a link when there is a status page. */
    private static Element badge(SnippetVerdict verdict, VerificationReport report, VerificationLabels labels, String href) {
        String detail = labels.detail(verdict, report.generatedAt());
        Element badge = new Element(href == null ? "span" : "a").addClass("verify-badge")
                .addClass(VerificationLabels.kind(verdict.status())).attr("title", detail);
        if (href != null) {
            badge.attr("href", href);
        }
        badge.appendText(labels.badge(verdict));
        badge.appendElement("span").addClass("visually-hidden").text(". " + detail);
        return badge;
    }
}
