package org.sparkk8s.docs.site.enrich;

import java.util.List;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.core.preset.PresetIndex;

/**
 * Fills a page's {@code presets-table} block (AsciiDoc {@code [.presets-table]}) with the presets
 * of {@code presets/presets.yaml} in the page's language, so the presets page never drifts from
 * the index. Each preset links to its values file, published under {@code /presets/}.
 */
public final class PresetTable {

    public static final String CLASS = "presets-table";

    private PresetTable() {
    }

    /** Replaces every {@code .presets-table} block below {@code main}; {@code root} leads to the site root. */
    static void fill(Element main, PresetIndex index, Language language, String root) {
        List<Element> blocks = main.select("." + CLASS);
        if (blocks.isEmpty()) {
            return;
        }
        boolean ru = language == Language.RU;
        for (Element block : blocks) {
            Element wrap = new Element("div").addClass("table-wrap");
            Element table = wrap.appendElement("table").addClass("presets");
            Element head = table.appendElement("thead").appendElement("tr");
            head.appendElement("th").text(ru ? "Пресет" : "Preset");
            head.appendElement("th").text(ru ? "Чарты" : "Charts");
            head.appendElement("th").text(ru ? "Что это" : "What it is");
            Element body = table.appendElement("tbody");
            for (Preset p : index.all()) {
                Element row = body.appendElement("tr").id("preset-" + p.name());
                Element name = row.appendElement("td");
                name.appendElement("strong").text(p.title(language));
                name.appendElement("br");
                name.appendElement("code").text(p.name());
                Element charts = row.appendElement("td");
                for (String c : p.charts()) {
                    charts.appendElement("code").text(c);
                    charts.appendText(" ");
                }
                Element what = row.appendElement("td");
                what.appendElement("p").text(p.description(language));
                Element get = what.appendElement("p");
                get.appendElement("code").text("./docs presets copy " + p.name());
                get.appendText(" · ");
                get.appendElement("a").attr("href", root + "presets/" + p.file()).text(p.file());
            }
            block.replaceWith(wrap);
        }
    }
}
