package org.sparkk8s.docs.site.enrich;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.glossary.Glossary;
import org.sparkk8s.docs.site.convert.HeadingIds;

/**
 * Fills a page's {@code glossary-table} block (AsciiDoc {@code [.glossary-table]}) with the terms
 * of {@code content/glossary.yaml}, English beside Russian, on both language's glossary pages;
 * the table is made from the file, so the page cannot drift from what {@code docs check} enforces.
 */
public final class GlossaryTable {

    public static final String CLASS = "glossary-table";

    private GlossaryTable() {
    }

    /** Replaces every {@code .glossary-table} block below {@code main}. */
    static void fill(Element main, Glossary glossary, Language language) {
        List<Element> blocks = main.select("." + CLASS);
        if (blocks.isEmpty()) {
            return;
        }
        boolean ru = language == Language.RU;
        List<Glossary.Term> terms = new ArrayList<>(glossary.terms());
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        terms.sort(Comparator.comparing((Glossary.Term t) -> t.bare().toLowerCase(Locale.ROOT), collator));
        for (Element block : blocks) {
            Element wrap = new Element("div").addClass("table-wrap");
            Element table = wrap.appendElement("table").addClass("glossary");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").attr("lang", "en").text("English");
            head.appendElement("th").attr("lang", "ru").text("Русский");
            head.appendElement("th").text(ru ? "Не писать" : "Not to be written");
            Element body = table.appendElement("tbody");
            HeadingIds ids = new HeadingIds();
            for (Glossary.Term t : terms) {
                Element row = body.appendElement("tr").id("term-" + ids.next(t.english()));
                Element en = row.appendElement("td").attr("lang", "en");
                en.appendElement("strong").text(t.bare());
                if (t.qualifier() != null) {
                    en.appendText(" ").appendElement("span").addClass("glossary-qualifier").text("(" + t.qualifier() + ")");
                }
                Element rus = row.appendElement("td");
                if (t.keep()) {
                    rus.attr("lang", "en").appendText(t.bare());
                    rus.appendText(" ").appendElement("span").addClass("glossary-keep").attr("lang", language.code())
                            .text(ru ? "(латиницей)" : "(kept in Latin)");
                } else {
                    rus.attr("lang", "ru").text(t.russian());
                }
                Element avoid = row.appendElement("td").attr("lang", "ru");
                avoid.text(String.join(", ", t.avoid().stream().map(v -> v.replace("*", "…")).toList()));
            }
            block.replaceWith(wrap);
        }
    }
}
