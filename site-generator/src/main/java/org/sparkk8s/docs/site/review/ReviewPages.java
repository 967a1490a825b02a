package org.sparkk8s.docs.site.review;

import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.TranslationStatus;

/** The frame every review page shares, and the index of all pairs; plain HTML that needs no script. */
final class ReviewPages {

    private static final String STYLE = """
            .review-main { max-width: 112rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
            .review-main h1 { margin: 0 0 0.5rem; }
            .review-nav { margin: 0 0 1rem; color: var(--muted); }
            .review-status { padding: 0.75rem 1rem; border-radius: 6px; background: var(--panel); border-left: 6px solid var(--border); }
            .review-status.outdated, .review-status.unmarked { border-left-color: var(--warning); background: var(--warning-bg); }
            .review-status.up-to-date { border-left-color: var(--tip); background: var(--tip-bg); }
            .review-status.invalid, .review-status.missing { border-left-color: var(--caution); background: var(--caution-bg); }
            .review-legend span { margin-right: 1rem; }
            .review-row { border: 1px solid var(--border); border-radius: 6px; margin: 1rem 0; overflow: hidden; }
            .review-row > header { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: baseline; padding: 0.4rem 0.75rem;
              background: var(--panel); border-bottom: 1px solid var(--border); }
            .review-row > header code { font-weight: 600; }
            .review-cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
            .review-cols > div { padding: 0.25rem 1rem 0.75rem; min-width: 0; overflow-x: auto; }
            .review-cols > div + div { border-left: 1px solid var(--border); }
            .review-cols h2, .review-cols h3, .review-cols h4 { margin: 0.5rem 0; font-size: 1.05rem; }
            .review-row.changed, .review-row.new { border-left: 6px solid var(--warning); }
            .review-row.changed .review-en, .review-row.new .review-en { background: var(--warning-bg); }
            .review-row.missing, .review-row.extra { border-left: 6px solid var(--caution); }
            .review-row.missing .review-ru, .review-row.extra .review-en { background: var(--caution-bg); }
            .review-empty { color: var(--muted); font-style: italic; }
            .state { display: inline-block; padding: 0 0.45rem; border-radius: 999px; font-size: 0.8rem; border: 1px solid currentColor; }
            .state.changed, .state.new, .state.outdated, .state.unmarked { color: var(--warning); }
            .state.missing, .state.extra, .state.invalid { color: var(--caution); }
            .state.same, .state.up-to-date { color: var(--tip); }
            .review-diff { white-space: pre-wrap; font-size: 0.85rem; }
            .review-diff del { background: var(--caution-bg); color: var(--caution); }
            .review-diff ins { background: var(--tip-bg); color: var(--tip); text-decoration: none; font-weight: 600; }
            details.review-changes { margin: 0.5rem 0; }
            table.review-index td, table.review-index th { vertical-align: top; }
            @media (max-width: 60rem) { .review-cols { grid-template-columns: minmax(0, 1fr); }
              .review-cols > div + div { border-left: 0; border-top: 1px solid var(--border); } }
            """;

    private ReviewPages() {
    }

    /** A whole review page around {@code body}. */
    static String frame(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n<link rel=\"stylesheet\" href=\"/assets/rouge.css\">\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body class=\"review\">\n<main class=\"review-main doc\">\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    static String index(List<TranslationStatus> statuses, Map<String, Integer> parityErrors) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Translation review</h1>\n");
        b.append("<p class=\"review-nav\">Every page pair and where its translation stands. Open a pair to see English and "
                + "Russian side by side, section by section, with the sections English changed since the translation "
                + "highlighted. Served by <code>docs serve</code> only.</p>\n");
        b.append("<div class=\"table-wrap\"><table class=\"review-index\">\n<thead><tr><th>Page</th><th>State</th>"
                + "<th>English changed</th><th>Parity</th><th>Pages</th></tr></thead>\n<tbody>\n");
        for (TranslationStatus s : statuses) {
            PagePair p = s.pair();
            String cls = s.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            b.append("<tr id=\"pair-").append(escape(p.slug())).append("\"><td><a href=\"").append(escape(p.slug()))
                    .append(".html\">").append(escape(p.primary().title())).append("</a><br><code>").append(escape(p.slug()))
                    .append("</code>").append(p.kind() == Page.Kind.PAGE ? " (page)" : "").append("</td>");
            b.append("<td><span class=\"state ").append(cls).append("\">").append(escape(s.state().label()))
                    .append(s.required() && s.state() == TranslationStatus.State.MISSING ? " (required)" : "").append("</span></td>");
            b.append("<td>");
            if (s.state() == TranslationStatus.State.OUTDATED) {
                b.append(escape(s.since().describe()));
                if (s.size() != null) {
                    b.append("<br>").append(escape(s.size().toString()));
                }
            }
            b.append("</td><td>");
            Integer n = parityErrors.get(p.slug());
            if (n != null) {
                b.append(n == 0 ? "<span class=\"state same\">same structure</span>"
                        : "<span class=\"state invalid\">" + n + (n == 1 ? " difference" : " differences") + "</span>");
            }
            b.append("</td><td>");
            if (p.en() != null) {
                b.append("<a href=\"/").append(p.en().sitePath()).append("\" hreflang=\"en\">English</a> ");
            }
            if (p.ru() != null) {
                b.append("<a href=\"/").append(p.ru().sitePath()).append("\" hreflang=\"ru\">Русский</a>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
        return frame("Translation review", b.toString());
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
