package org.sparkk8s.docs.site.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.translation.PageStructure;
import org.sparkk8s.docs.core.translation.Section;
import org.sparkk8s.docs.core.translation.SectionChanges;
import org.sparkk8s.docs.core.translation.TextDiff;
import org.sparkk8s.docs.core.translation.TranslationStatus;

/**
 * One pair side by side: a row per section, aligned by section id, English on the left and
 * Russian on the right, as the site renders them. Sections English changed or added since the
 * translation's source are highlighted with what changed; sections one language lacks are marked.
 */
final class SideBySide {

    /** How a row stands. */
    enum RowState {
        SAME("same", "same"), CHANGED("changed", "changed in English since the translation"),
        NEW("new", "new in English since the translation"), MISSING("missing", "missing in Russian"),
        EXTRA("extra", "not in English");

        final String css;
        final String label;

        RowState(String css, String label) {
            this.css = css;
            this.label = label;
        }
    }

    private record Row(String id, Section en, Section ru, RowState state, List<TextDiff.Row> diff) {
    }

    private final TranslationStatus status;
    private final List<Problem> parity;
    private final HtmlSections enHtml;
    private final HtmlSections ruHtml;

    SideBySide(TranslationStatus status, List<Problem> parity, HtmlSections enHtml, HtmlSections ruHtml) {
        this.status = status;
        this.parity = parity;
        this.enHtml = enHtml;
        this.ruHtml = ruHtml;
    }

    String html() {
        PagePair pair = status.pair();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"review-nav\"><a href=\"/review/\">← All pages</a>");
        if (pair.en() != null) {
            b.append(" · <a href=\"/").append(pair.en().sitePath()).append("\" hreflang=\"en\">English page</a>");
        }
        if (pair.ru() != null) {
            b.append(" · <a href=\"/").append(pair.ru().sitePath()).append("\" hreflang=\"ru\">Русская страница</a>");
        }
        b.append("</p>\n<h1>").append(ReviewPages.escape(pair.primary().title())).append("</h1>\n");
        b.append(statusLine());
        if (!parity.isEmpty()) {
            b.append("<details class=\"review-parity\" open><summary>").append(parity.size())
                    .append(parity.size() == 1 ? " structural difference" : " structural differences")
                    .append(" (docs check fails on these)</summary><ul>\n");
            for (Problem p : parity) {
                b.append("<li><code>").append(ReviewPages.escape(p.toString())).append("</code></li>\n");
            }
            b.append("</ul></details>\n");
        }
        b.append("<p class=\"review-legend\"><span class=\"state changed\">changed in English</span> "
                + "<span class=\"state new\">new in English</span> <span class=\"state missing\">missing in Russian</span> "
                + "<span class=\"state extra\">not in English</span></p>\n");
        for (Row r : rows()) {
            row(b, r);
        }
        Optional<SectionChanges> changes = changes();
        if (changes.isPresent() && !changes.get().removed().isEmpty()) {
            b.append("<p class=\"review-status outdated\">English removed these sections since the translation: ");
            b.append(String.join(", ", changes.get().removed().stream().map(id -> "<code>" + ReviewPages.escape(id) + "</code>").toList()));
            b.append(".</p>\n");
        }
        return ReviewPages.frame("Review: " + pair.slug(), b.toString());
    }

    private String statusLine() {
        String cls = status.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String text = switch (status.state()) {
            case UP_TO_DATE -> "Up to date: the translation records the English page as it is now (source "
                    + status.recorded().abbreviated() + ").";
            case OUTDATED -> "Outdated: English changed since " + status.since().describe()
                    + (status.size() != null ? " (" + status.size() + ")" : "")
                    + (status.olderEnglish() != null ? ". The sections that changed are highlighted; open “What changed” under each."
                    : ". The English it was made from is not in this clone's history, so changed sections cannot be shown.");
            case UNMARKED -> "Unmarked: the translation records no translation-source, so the sections English changed "
                    + "since cannot be told. Run docs translations mark when it matches English.";
            case MISSING -> "Not translated: there is no Russian page.";
            case NO_ENGLISH -> "No English page: only the Russian page exists.";
            case INVALID -> status.problem().toString();
        };
        return "<p class=\"review-status " + cls + "\">" + ReviewPages.escape(text) + "</p>\n";
    }

    private Optional<SectionChanges> changes() {
        if (status.state() != TranslationStatus.State.OUTDATED || status.olderEnglish() == null) {
            return Optional.empty();
        }
        return SectionChanges.between(status.olderEnglish(), status.pair().en());
    }

    private List<Row> rows() {
        PagePair pair = status.pair();
        List<Section> en = pair.en() == null ? List.of() : PageStructure.of(pair.en()).sections().all();
        List<Section> ru = pair.ru() == null ? List.of() : PageStructure.of(pair.ru()).sections().all();
        Map<String, Section> ruById = new LinkedHashMap<>();
        ru.forEach(s -> ruById.putIfAbsent(s.id(), s));
        Map<String, Section> enById = new LinkedHashMap<>();
        en.forEach(s -> enById.putIfAbsent(s.id(), s));
        Optional<SectionChanges> changes = changes();
        List<Row> rows = new ArrayList<>();
        for (Section s : en) {
            Section r = ruById.get(s.id());
            RowState state = RowState.SAME;
            List<TextDiff.Row> diff = List.of();
            if (changes.isPresent()) {
                SectionChanges.Change c = changes.get().of(s.id());
                if (c != SectionChanges.Change.SAME) {
                    state = c == SectionChanges.Change.NEW ? RowState.NEW : RowState.CHANGED;
                    diff = changes.get().rows(s.id());
                }
            }
            if (r == null && pair.ru() != null && state == RowState.SAME) {
                state = RowState.MISSING;
            }
            rows.add(new Row(s.id(), s, r, state, diff));
        }
        // a section only the translation has goes after the row of the section before it there
        String previous = null;
        for (Section r : ru) {
            if (enById.containsKey(r.id())) {
                previous = r.id();
                continue;
            }
            int at = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(previous) || rows.get(i).ru() != null && rows.get(i).ru().id().equals(previous)) {
                    at = i + 1;
                }
            }
            rows.add(Math.min(at, rows.size()), new Row(r.id(), null, r, RowState.EXTRA, List.of()));
            previous = r.id();
        }
        return rows;
    }

    private void row(StringBuilder b, Row r) {
        Section any = r.en() != null ? r.en() : r.ru();
        String label = r.id().isEmpty() ? "beginning of the page" : r.id();
        b.append("<section class=\"review-row ").append(r.state().css).append("\" id=\"row-")
                .append(ReviewPages.escape(r.id().isEmpty() ? "top" : r.id())).append("\">\n<header style=\"padding-left:")
                .append(0.75 + Math.max(0, any.level() - 1) * 1.25).append("rem\"><code>").append(ReviewPages.escape(label))
                .append("</code>");
        if (r.state() != RowState.SAME) {
            b.append(" <span class=\"state ").append(r.state().css).append("\">").append(r.state().label).append("</span>");
        }
        b.append("</header>\n<div class=\"review-cols\">\n<div class=\"review-en\" lang=\"en\">");
        column(b, enHtml, r.en(), "Not in English.");
        if (!r.diff().isEmpty()) {
            b.append("<details class=\"review-changes\"><summary>What changed in English since the translation</summary>"
                    + "<pre class=\"review-diff\">");
            List<TextDiff.Row> diff = r.diff();
            boolean skipped = false;
            for (int i = 0; i < diff.size(); i++) {
                // the changed lines and two lines around each; the rest of the section is in the column above
                if (!nearChange(diff, i)) {
                    if (!skipped) {
                        b.append("…\n");
                    }
                    skipped = true;
                    continue;
                }
                skipped = false;
                TextDiff.Row d = diff.get(i);
                for (TextDiff.Segment seg : d.segments()) {
                    String t = ReviewPages.escape(seg.text());
                    b.append(switch (seg.op()) {
                        case SAME -> t;
                        case REMOVED -> "<del>" + t + "</del>";
                        case ADDED -> "<ins>" + t + "</ins>";
                    });
                }
                b.append('\n');
            }
            b.append("</pre></details>");
        }
        b.append("</div>\n<div class=\"review-ru\" lang=\"ru\">");
        column(b, ruHtml, r.ru(), r.en() != null && status.pair().ru() == null ? "Не переведено." : "Нет в русской версии.");
        b.append("</div>\n</div>\n</section>\n");
    }

    private static boolean nearChange(List<TextDiff.Row> rows, int i) {
        for (int k = Math.max(0, i - 2); k <= Math.min(rows.size() - 1, i + 2); k++) {
            if (rows.get(k).changed()) {
                return true;
            }
        }
        return false;
    }

    private static void column(StringBuilder b, HtmlSections html, Section s, String absent) {
        if (s == null) {
            b.append("<p class=\"review-empty\">").append(ReviewPages.escape(absent)).append("</p>");
            return;
        }
        String title = s.isRoot() ? s.title() : html != null && html.title(s.id()) != null ? html.title(s.id()) : s.title();
        String tag = s.isRoot() ? "h2" : "h" + Math.min(6, s.level() + 1);
        b.append('<').append(tag).append('>').append(ReviewPages.escape(title)).append("</").append(tag).append('>');
        String content = html == null ? null : html.html(s.id());
        if (content == null) {
            b.append("<p class=\"review-empty\">(the built page has no such section yet: run a build)</p>");
        } else {
            b.append(content);
        }
    }
}
