package org.sparkk8s.docs.site.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.core.preset.PresetIndex;

/**
 * The presets page, drawn from {@code presets/presets.yaml} so it never drifts from the index.
 *
 * <ul>
 * <li>A {@code [.presets-table]} block (AsciiDoc) becomes a table of every preset in the page's
 *     language: title and name, linking to the preset's card, and its charts.</li>
 * <li>A {@code [.preset]} paragraph whose text is a preset's name becomes that preset's card: title,
 *     description, charts and the {@code docs presets copy} command. The listing block that follows
 *     the card — the page's {@code include::{presets}/<file>[]} — gets a download button beside
 *     its copy button; the file is published under {@code /presets/}.</li>
 * </ul>
 *
 * A page with the table must show a card and include the file of every preset in the index, and a
 * card must name a known preset followed by a listing; otherwise the build fails naming the page.
 */
public final class PresetTable {

    public static final String CLASS = "presets-table";
    public static final String CARD_CLASS = "preset";

    private PresetTable() {
    }

    /** Fills the table and the cards below {@code main}; {@code root} leads to the site root. */
    static void fill(Element main, PresetIndex index, Language language, String root, Page source) {
        List<Element> tables = main.select("div." + CLASS);
        Map<String, Element> cards = cards(main, index, source);
        if (tables.isEmpty() && cards.isEmpty()) {
            return;
        }
        boolean ru = language == Language.RU;
        if (!tables.isEmpty()) {
            requireEveryPreset(index, cards.keySet(), source);
        }
        for (Element block : tables) {
            block.replaceWith(table(index, language, ru));
        }
        for (Map.Entry<String, Element> e : cards.entrySet()) {
            Preset p = index.find(e.getKey()).orElseThrow();
            Element card = e.getValue();
            Element listing = card.nextElementSibling();
            Element content = listing.selectFirst("> .content");
            content.prependElement("a").addClass("download-button")
                    .attr("href", root + "presets/" + p.file())
                    .attr("download", p.file())
                    .attr("aria-label", (ru ? "Скачать " : "Download ") + p.file())
                    .text(ru ? "Скачать " + p.file() : "Download " + p.file());
            card.replaceWith(card(p, language, ru));
        }
    }

    private static Element table(PresetIndex index, Language language, boolean ru) {
        Element wrap = new Element("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").addClass("presets");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text(ru ? "Пресет" : "Preset");
        head.appendElement("th").text(ru ? "Чарты" : "Charts");
        Element body = table.appendElement("tbody");
        for (Preset p : index.all()) {
            Element row = body.appendElement("tr");
            Element name = row.appendElement("td");
            name.appendElement("a").attr("href", "#" + anchor(p)).appendElement("strong").text(p.title(language));
            name.appendElement("br");
            name.appendElement("code").text(p.file());
            Element charts = row.appendElement("td");
            for (String c : p.charts()) {
                charts.appendElement("code").text(c);
                charts.appendText(" ");
            }
        }
        return wrap;
    }

    private static Element card(Preset p, Language language, boolean ru) {
        Element card = new Element("div").addClass("preset-card").attr("data-preset", p.name());
        Element what = card.appendElement("p");
        what.appendElement("strong").text(p.title(language) + ".");
        what.appendText(" " + p.description(language));
        Element facts = card.appendElement("p");
        facts.appendText(ru ? (p.charts().size() == 1 ? "Чарт: " : "Чарты: ") : (p.charts().size() == 1 ? "Chart: " : "Charts: "));
        for (int i = 0; i < p.charts().size(); i++) {
            facts.appendText(i == 0 ? "" : ", ");
            facts.appendElement("code").text(p.charts().get(i));
        }
        facts.appendText(ru ? ". Скопировать в текущую папку: " : ". Copy it into the current folder: ");
        facts.appendElement("code").text("./docs presets copy " + p.name());
        return card;
    }

    /** The section a page gives a preset's card: {@code preset-<name>}. */
    static String anchor(Preset p) {
        return "preset-" + p.name();
    }

    /** The page's cards by preset name, in page order; a card naming no preset, or with no listing after it, is an error. */
    private static Map<String, Element> cards(Element main, PresetIndex index, Page source) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element card : main.select("div.paragraph." + CARD_CLASS)) {
            String name = card.text().strip();
            if (index.find(name).isEmpty()) {
                throw new ContentException(lineOf(source, name), "a [.preset] card names '" + name + "', which is not in presets/presets.yaml");
            }
            Element next = card.nextElementSibling();
            if (next == null || !next.hasClass("listingblock") || next.selectFirst("> .content > pre") == null) {
                throw new ContentException(lineOf(source, name), "the [.preset] card of '" + name + "' must be followed by a listing that includes its file");
            }
            if (out.put(name, card) != null) {
                throw new ContentException(lineOf(source, name), "preset '" + name + "' has two [.preset] cards on this page");
            }
        }
        return out;
    }

    /** The page that lists the presets shows every one of them: a card and its file. */
    private static void requireEveryPreset(PresetIndex index, Set<String> carded, Page source) {
        Set<String> included = source == null ? Set.of() : source.includes().stream()
                .filter(Include::isPreset).map(Include::presetFile).collect(Collectors.toSet());
        for (Preset p : index.all()) {
            if (!carded.contains(p.name())) {
                throw new ContentException(lineOf(source, "[." + CLASS + "]"),
                        "preset '" + p.name() + "' of presets/presets.yaml has no [.preset] card on this page");
            }
            if (!included.contains(p.file())) {
                throw new ContentException(lineOf(source, "[." + CLASS + "]"),
                        "preset '" + p.name() + "' is shown without its file: add include::{presets}/" + p.file() + "[] after its card");
            }
        }
    }

    /** The first line of the page that mentions {@code text}, or the whole page. */
    private static SourceLocation lineOf(Page source, String text) {
        if (source == null) {
            return SourceLocation.wholeFile(java.nio.file.Path.of("content"));
        }
        List<String> lines = source.text().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return source.at(i + 1);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return source.at(i + 1);
            }
        }
        return SourceLocation.wholeFile(source.path());
    }
}
