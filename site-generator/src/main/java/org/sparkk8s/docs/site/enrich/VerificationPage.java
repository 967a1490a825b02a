package org.sparkk8s.docs.site.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Fills the block with the role {@code verification-status} (AsciiDoc {@code [.verification-status]})
 * from the report: when and how the run went, coverage per guide and language, then every snippet
 * of every guide with its status, failures first. Without a report it says how to make one.
 */
final class VerificationPage {

    static final String ROLE = "verification-status";

    private VerificationPage() {
    }

    static void fill(Element main, Catalog catalog, VerificationReport report, String unreadable, Language language) {
        VerificationLabels labels = new VerificationLabels(language);
        for (Element block : main.select("." + ROLE)) {
            Element out = new Element("div").addClass(ROLE).attr(VerificationBadges.SEARCH_SKIP, "");
            if (report == null) {
                out.appendElement("p").addClass("verify-missing").text(unreadable != null ? labels.unreadable(unreadable) : labels.noReport());
            } else {
                content(out, catalog, report, language, labels);
            }
            block.replaceWith(out);
        }
    }

    private static void content(Element out, Catalog catalog, VerificationReport report, Language language, VerificationLabels labels) {
        List<PagePair> guides = new ArrayList<>(catalog.pairs().stream().filter(p -> p.kind() == Page.Kind.GUIDE).toList());
        guides.sort(Comparator.comparingInt((PagePair p) -> p.primary().navOrder()).thenComparing(PagePair::slug));
        Map<PagePair, List<Row>> rows = new LinkedHashMap<>();
        int[] counts = new int[SnippetVerdict.Status.values().length];
        for (PagePair pair : guides) {
            List<Row> list = rows(pair.in(language).orElse(pair.primary()), report);
            list.forEach(r -> counts[r.verdict().status().ordinal()]++);
            rows.put(pair, list);
        }

        Element summary = out.appendElement("ul").addClass("verify-summary");
        summary.appendElement("li").text(labels.written(report.generatedAt()));
        summary.appendElement("li").text(labels.levels() + ": " + String.join(", ", report.levels()));
        List<String> where = new ArrayList<>(report.where());
        if (report.levels().contains("static")) {
            where.add(labels.localChecks());
        }
        summary.appendElement("li").text(labels.where() + ": " + String.join("; ", where));
        summary.appendElement("li").text(labels.live() + ": " + (report.live() == null ? labels.liveNotAsked() : report.live()));
        out.appendElement("p").text(labels.counts(counts[SnippetVerdict.Status.PASSED.ordinal()], counts[SnippetVerdict.Status.EXEMPT.ordinal()],
                counts[SnippetVerdict.Status.NOT_RUN.ordinal()] + counts[SnippetVerdict.Status.SKIPPED.ordinal()],
                counts[SnippetVerdict.Status.FAILED.ordinal()]));

        if (!report.failures().isEmpty()) {
            out.appendElement("h2").id("failures").text(labels.failures());
            Element list = out.appendElement("ul").addClass("verify-failures");
            report.failures().forEach(f -> list.appendElement("li").appendElement("code").text(f));
        }

        out.appendElement("h2").id("coverage").text(labels.coverage());
        List<String> header = new ArrayList<>(List.of(labels.guide()));
        for (Language l : Language.values()) {
            header.add(l.nativeName());
        }
        Element coverage = table(out, header.toArray(String[]::new));
        for (PagePair pair : guides) {
            Element tr = coverage.appendElement("tr");
            tr.appendElement("td").text(pair.in(language).orElse(pair.primary()).title());
            for (Language l : Language.values()) {
                VerificationReport.Coverage c = report.coverage(pair.slug()).get(l.code());
                tr.appendElement("td").text(pair.in(l).isEmpty() ? "—" : c == null ? labels.notInReport() : labels.coverage(c));
            }
        }

        for (Map.Entry<PagePair, List<Row>> e : rows.entrySet()) {
            Page shown = e.getKey().in(language).orElse(e.getKey().primary());
            Element h = out.appendElement("h2").id("guide-" + e.getKey().slug());
            h.appendElement("a").attr("href", shown.language() == language ? shown.slug() + ".html"
                    : "../" + shown.sitePath()).text(shown.title());
            Element body = table(out, labels.snippetHeader());
            for (Row r : e.getValue()) {
                Element tr = body.appendElement("tr").addClass(VerificationLabels.kind(r.verdict().status()));
                breakable(tr.appendElement("td").appendElement("code"), r.id());
                // the row has the details in its own columns, so the badge here is the status alone
                tr.appendElement("td").appendElement("span").addClass("verify-badge")
                        .addClass(VerificationLabels.kind(r.verdict().status())).text(labels.status(r.verdict()));
                tr.appendElement("td").text(r.verdict().level() == null ? "—" : r.verdict().level());
                Element when = tr.appendElement("td").addClass("verify-when");
                if (r.verdict().at() == null) {
                    when.text("—");
                } else {
                    when.appendElement("time").attr("datetime", r.verdict().at().toString())
                            .attr("title", VerificationLabels.time(r.verdict().at())).text(VerificationLabels.date(r.verdict().at()));
                }
                tr.appendElement("td").text(r.verdict().message() == null ? labels.notInReport() : r.verdict().message());
            }
        }
    }

    /** One snippet a guide shows and its verdict. */
    private record Row(String id, SnippetVerdict verdict, int order) {
    }

    /** Each distinct include of {@code page}, weakest first, then in page order. */
    private static List<Row> rows(Page page, VerificationReport report) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Include i : page.includes()) {
            if (i.isSnippet() || i.isPreset()) {
                byId.putIfAbsent(i.snippetId(), new Row(i.snippetId(), SnippetVerdict.of(i, report), byId.size()));
            }
        }
        List<Row> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Row r) -> r.verdict().status()).thenComparingInt(Row::order));
        return out;
    }

    /** A snippet id that may wrap after each {@code /} and before its {@code #} or {@code [}, rather than anywhere. */
    private static void breakable(Element code, String id) {
        for (String part : id.split("(?<=/)|(?=[#\\[])")) {
            if (code.childNodeSize() > 0) {
                code.appendElement("wbr");
            }
            code.appendText(part);
        }
    }

    /** A table with {@code header}, wrapped as the site wraps tables; returns its body. */
    private static Element table(Element parent, String[] header) {
        Element table = parent.appendElement("div").addClass("table-wrap").appendElement("table").addClass("verify-table");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : header) {
            tr.appendElement("th").text(h);
        }
        return table.appendElement("tbody");
    }
}
