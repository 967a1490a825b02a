package org.sparkk8s.docs.site.enrich;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.convert.ConvertedPage;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;

/**
 * The sidebar of each language: its guides and other pages ordered by {@code nav-order}, then by
 * title; a page that exists only in the other language is listed too and leads to its
 * "not translated yet" page.
 */
public final class Navigation {

    /** One sidebar link. */
    public record Entry(SitePage page, String title, int order) {

        public boolean untranslated() {
            return page.kind() == SitePage.Kind.UNTRANSLATED;
        }
    }

    private final Map<Language, List<Entry>> entries = new EnumMap<>(Language.class);

    private Navigation() {
    }

    /** {@code converted} holds the converted page of every source page in the plan, by the page's path. */
    public static Navigation of(SitePlan plan, Map<java.nio.file.Path, ConvertedPage> converted) {
        Navigation nav = new Navigation();
        for (Language lang : Language.values()) {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(lang.code()));
            List<Entry> list = new ArrayList<>();
            for (SitePage p : plan.pages(lang)) {
                Page shown = p.shown();
                ConvertedPage c = converted.get(shown.path());
                list.add(new Entry(p, c != null ? c.titleText() : shown.title(), shown.navOrder()));
            }
            list.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::title, collator)
                    .thenComparing(e -> e.page().path()));
            nav.entries.put(lang, List.copyOf(list));
        }
        return nav;
    }

    public List<Entry> entries(Language language) {
        return entries.getOrDefault(language, List.of());
    }

    /** The site path of a language's home: its {@code index} page, else the first page of its sidebar. */
    public String home(Language language) {
        List<Entry> list = entries(language);
        for (Entry e : list) {
            if (e.page().slug().equals("index") && !e.untranslated()) {
                return e.page().path();
            }
        }
        for (Entry e : list) {
            if (!e.untranslated()) {
                return e.page().path();
            }
        }
        return list.isEmpty() ? SitePlan.CHOOSER : list.get(0).page().path();
    }

    /**
     * Everything the sidebars, language switches and alternates of all pages depend on; when it
     * is unchanged after an edit, only the edited pages need to be written again.
     */
    public String signature() {
        StringBuilder s = new StringBuilder();
        entries.forEach((lang, list) -> {
            for (Entry e : list) {
                s.append(lang).append('|').append(e.page().path()).append('|').append(e.page().kind())
                        .append('|').append(e.order()).append('|').append(e.title()).append('\n');
            }
        });
        return s.toString();
    }
}
