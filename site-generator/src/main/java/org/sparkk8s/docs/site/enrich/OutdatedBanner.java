package org.sparkk8s.docs.site.enrich;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.translation.TranslationStatus;
import org.sparkk8s.docs.site.stage.SitePage;

/**
 * The note at the top of a translation whose English page changed after it was made: in Russian,
 * with the date English moved on (the first English commit after the translation's source) and a
 * link to the English page, so a reader knows to check the original.
 */
public final class OutdatedBanner {

    public static final String CLASS = "translation-outdated";
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    /** Outdated statuses by the site path of their Russian page. */
    private final Map<String, TranslationStatus> outdated = new HashMap<>();

    private OutdatedBanner() {
    }

    public static OutdatedBanner none() {
        return new OutdatedBanner();
    }

    public static OutdatedBanner of(List<TranslationStatus> statuses) {
        OutdatedBanner b = new OutdatedBanner();
        for (TranslationStatus s : statuses) {
            if (s.state() == TranslationStatus.State.OUTDATED) {
                b.outdated.put(s.pair().ru().sitePath(), s);
            }
        }
        return b;
    }

    /** What the banner of {@code page} says, for telling whether an update must rewrite the page; empty for none. */
    public String signature(SitePage page) {
        TranslationStatus s = outdated.get(page.path());
        return s == null ? "" : s.since().kind() + " " + s.since().date();
    }

    /** Puts the banner first in {@code main} when {@code page} is an outdated translation. */
    void addTo(Element main, SitePage page) {
        TranslationStatus s = outdated.get(page.path());
        if (s == null || !page.isContent()) {
            return;
        }
        String english = page.root() + s.pair().en().sitePath();
        String when = switch (s.since().kind()) {
            case COMMITTED -> "изменилась " + RU_DATE.format(s.since().date()) + " г., уже после того, как был сделан этот перевод";
            case UNCOMMITTED -> "изменена после того, как был сделан этот перевод (изменения ещё не закоммичены)";
            case UNKNOWN -> "изменилась после того, как был сделан этот перевод";
        };
        Element banner = new Element("aside").addClass(CLASS).attr("role", "note").attr("lang", "ru");
        Element p = banner.appendElement("p");
        p.appendElement("strong").text("Перевод отстаёт от оригинала.");
        p.appendText(" Английская версия этой страницы " + when + ". ");
        p.appendElement("a").attr("href", english).attr("hreflang", "en").addClass("translation-original")
                .text("Читать актуальную версию на английском");
        if (s.since().date() != null) {
            banner.attr("data-since", s.since().date().toLocalDate().toString());
        }
        main.prependChild(banner);
    }
}
