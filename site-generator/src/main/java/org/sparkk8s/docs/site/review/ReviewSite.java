package org.sparkk8s.docs.site.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.PageStructure;
import org.sparkk8s.docs.core.translation.Parity;
import org.sparkk8s.docs.core.translation.Staleness;
import org.sparkk8s.docs.core.translation.TranslationStatus;

/**
 * The translation review of {@code docs serve}: {@code /review/} lists every page pair with its
 * status, {@code /review/<name>.html} shows a pair side by side. Pages are made on request from
 * the sources and the site as last built, so they are always current and never published.
 */
public final class ReviewSite {

    /** Where {@code docs serve} mounts the review. */
    public static final String PREFIX = "/review/";
    private static final Pattern PAIR_PAGE = Pattern.compile("^/review/([A-Za-z0-9][A-Za-z0-9._-]*)\\.html$");
    private static final Pattern SITE_PAGE = Pattern.compile("^/(en|ru)/([A-Za-z0-9][A-Za-z0-9._-]*)\\.html$");

    private final Workspace workspace;
    private final Supplier<Path> site;

    /** {@code site} supplies the folder of the site as last built (null before the first build). */
    public ReviewSite(Workspace workspace, Supplier<Path> site) {
        this.workspace = workspace;
        this.site = site;
    }

    /** The review page at the request path {@code rawPath}, or empty for a path the review does not have. */
    public Optional<String> page(String rawPath) {
        if (rawPath.equals(PREFIX) || rawPath.equals(PREFIX + "index.html")) {
            Catalog catalog = Catalog.load(workspace);
            return Optional.of(ReviewPages.index(Staleness.of(catalog, EnglishHistory.of(workspace)), parity(catalog)));
        }
        Matcher m = PAIR_PAGE.matcher(rawPath);
        if (!m.matches()) {
            return Optional.empty();
        }
        Catalog catalog = Catalog.load(workspace);
        Optional<PagePair> pair = catalog.pairs().stream().filter(p -> p.slug().equals(m.group(1))).findFirst();
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        TranslationStatus status = Staleness.of(pair.get(), EnglishHistory.of(workspace));
        List<Problem> parity = pair.get().isComplete()
                ? Parity.compare(PageStructure.of(pair.get().en()), PageStructure.of(pair.get().ru())) : List.of();
        return Optional.of(new SideBySide(status, parity, built(pair.get().en()), built(pair.get().ru())).html());
    }

    /** The link a page served by {@code docs serve} gets to its review (HTML to add before {@code </body>}). */
    public static String linkFor(String rawPath) {
        if (rawPath.startsWith(PREFIX)) {
            return "";
        }
        Matcher m = SITE_PAGE.matcher(rawPath);
        String target = m.matches() ? PREFIX + m.group(2) + ".html" : PREFIX;
        String text = m.matches() && m.group(1).equals("ru") ? "Сверка перевода" : "Review translation";
        return "<a class=\"serve-review-link\" href=\"" + target + "\" style=\"position:fixed;right:1rem;bottom:1rem;z-index:40;"
                + "padding:0.4rem 0.75rem;border-radius:6px;font-size:0.85rem;text-decoration:none;"
                + "background:var(--accent,#0a5bb5);color:var(--bg,#fff)\">" + text + "</a>";
    }

    /** The review pages to reload after a rebuild wrote these site pages. */
    public static List<String> affectedBy(List<String> written) {
        List<String> out = new ArrayList<>();
        for (String w : written) {
            Matcher m = SITE_PAGE.matcher("/" + w);
            if (m.matches()) {
                out.add(PREFIX + m.group(2) + ".html");
            }
        }
        if (!out.isEmpty()) {
            out.add(PREFIX + "index.html");
        }
        return out;
    }

    private java.util.Map<String, Integer> parity(Catalog catalog) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (PagePair p : catalog.pairs()) {
            if (p.isComplete()) {
                out.put(p.slug(), Parity.compare(PageStructure.of(p.en()), PageStructure.of(p.ru())).size());
            }
        }
        return out;
    }

    /** The built HTML of a page, cut into sections; null when the page or the site is not built. */
    private HtmlSections built(Page page) {
        Path root = site.get();
        if (page == null || root == null) {
            return null;
        }
        Path file = root.resolve(page.sitePath());
        try {
            return Files.isRegularFile(file) ? HtmlSections.of(Files.readString(file, StandardCharsets.UTF_8), page.sitePath()) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
