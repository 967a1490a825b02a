package org.sparkk8s.docs.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.translation.EnglishHistory;
import org.sparkk8s.docs.core.translation.TranslationCheck;
import org.sparkk8s.docs.site.BuildFailure;
import org.sparkk8s.docs.site.FileTrees;
import org.sparkk8s.docs.site.SiteConfig;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.stage.SitePage;
import org.sparkk8s.docs.site.stage.SitePlan;

/**
 * What {@code docs check} finds: the catalog's errors and warnings (every include resolves, every
 * tag exists), snippet files no page uses, and — when the sources are sound — every broken link
 * or anchor in a fresh build of the site, made in a temporary folder so the published site is
 * not touched. Problems in built pages are reported at the source page and line they come from.
 */
public final class SiteCheck {

    private SiteCheck() {
    }

    public static List<Problem> run(SiteGenerator generator) {
        Catalog catalog = Catalog.load(generator.workspace());
        List<Problem> problems = new ArrayList<>(catalog.problems());
        problems.addAll(SnippetUsage.unused(catalog));
        // parity, required translations, translation sources, glossary (core's TranslationCheck)
        problems.addAll(TranslationCheck.run(catalog, EnglishHistory.of(generator.workspace())));
        if (!catalog.errors().isEmpty()) {
            return problems;
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory("docs-check-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path site = tmp.resolve("site");
            try {
                generator.build(site);
            } catch (BuildFailure f) {
                problems.addAll(f.problems());
                return problems;
            }
            String basePath;
            try {
                basePath = SiteConfig.load(generator.workspace()).basePath();
            } catch (ContentException e) {
                basePath = "/";
            }
            SitePlan plan = SitePlan.of(catalog);
            for (BrokenLink b : new LinkChecker(site, basePath).check()) {
                problems.add(Problem.error(locate(plan, b), "broken link '" + b.link() + "': " + b.reason()));
            }
            return problems;
        } finally {
            FileTrees.delete(tmp);
        }
    }

    /** The source line a broken link in a built page comes from, as near as it can be told. */
    static SourceLocation locate(SitePlan plan, BrokenLink b) {
        Page source = plan.at(b.page()).map(SitePage::source).orElse(null);
        if (source == null) {
            return SourceLocation.of(Path.of("(site)", b.page()), b.line());
        }
        String link = b.link();
        int hash = link.indexOf('#');
        List<String> needles = new ArrayList<>();
        if (hash >= 0 && hash + 1 < link.length()) {
            needles.add(link.substring(hash + 1));
        }
        String path = hash >= 0 ? link.substring(0, hash) : link;
        if (!path.isEmpty()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            needles.add(name);
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                needles.add(name.substring(0, dot));
            }
        }
        List<String> lines = source.text().lines();
        for (String needle : needles) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return source.at(i + 1);
                }
            }
        }
        return SourceLocation.wholeFile(source.path());
    }
}
