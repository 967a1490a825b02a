package org.sparkk8s.docs.site.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.stage.SitePage;

/**
 * The latest verification report as the site shows it — badges on code blocks and the status
 * page — together with the catalog whose includes the badges belong to. Without a report there are
 * no badges and the status page says how to produce one.
 */
public final class Verification {

    private static final Verification NONE = new Verification(null, null, null);

    private final Catalog catalog;
    private final VerificationReport report;
    private final String unreadable;
    /** The status page's slug per language, looked up once rather than for every page's badges. */
    private final Map<Language, String> statusPages = new EnumMap<>(Language.class);

    private Verification(Catalog catalog, VerificationReport report, String unreadable) {
        this.catalog = catalog;
        this.report = report;
        this.unreadable = unreadable;
        if (catalog != null) {
            for (Language l : Language.values()) {
                catalog.pages(l).stream().filter(this::showsStatus).findFirst().ifPresent(p -> statusPages.put(l, p.slug()));
            }
        }
    }

    /** Adds nothing to any page. */
    public static Verification none() {
        return NONE;
    }

    /** Reads {@code target/verification/report.json} if there is one. */
    public static Verification read(Workspace workspace, Catalog catalog) {
        Path file = VerificationReport.file(workspace);
        if (!Files.isRegularFile(file)) {
            return new Verification(catalog, null, null);
        }
        try {
            return new Verification(catalog, VerificationReport.read(file), null);
        } catch (NoSuchFileException e) {
            return new Verification(catalog, null, null); // removed between the two looks
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Verification(catalog, null, reason);
        }
    }

    /** The same report for a catalog read again after an edit. */
    public Verification with(Catalog newCatalog) {
        return this == NONE ? NONE : new Verification(newCatalog, report, unreadable);
    }

    /** True for a page that holds the status block, which every change of the guides' includes or of the report rewrites. */
    public boolean showsStatus(Page page) {
        return page != null && page.kind() == Page.Kind.PAGE
                && page.text().lines().stream().anyMatch(l -> l.strip().equals("[." + VerificationPage.ROLE + "]"));
    }

    /** Fills the status block of a page that has one. */
    void fillStatusPage(Element main, SitePage page, Language language) {
        if (catalog != null && showsStatus(page.source())) {
            VerificationPage.fill(main, catalog, report, unreadable, language);
        }
    }

    /** Badges under the code blocks of a page, when there is a report. */
    void addBadges(Element main, SitePage page, Language language) {
        if (catalog == null || report == null || page.source() == null) {
            return;
        }
        String href = Optional.ofNullable(statusPages.get(language))
                .map(slug -> slug + ".html" + (page.kind() == SitePage.Kind.GUIDE ? "#guide-" + page.slug() : ""))
                .orElse(null);
        VerificationBadges.add(main, page.source(), catalog, report, new VerificationLabels(language), href);
    }
}
