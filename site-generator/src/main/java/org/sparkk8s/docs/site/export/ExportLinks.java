package org.sparkk8s.docs.site.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Where a link of a guide leads once the guide is a Markdown file in {@code markdown/guides/} on GitHub:
 * another guide becomes its sibling export, a site-only page its repository counterpart, and any
 * other file of the repository a relative path to it.
 */
final class ExportLinks {

    /**
     * The folder the exports are written to, relative to the repository root. Not {@code docs/guides/}
     * as first planned: {@code docs} is the launcher script at the root, and a path cannot be both.
     */
    static final Path FOLDER = Path.of("markdown", "guides");
    /** The list of exports; the site's home page corresponds to it. */
    static final String INDEX = "README.md";

    /** From the folder back to the repository root. */
    private static final String UP = "../".repeat(FOLDER.getNameCount());
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern PAGE_FILE = Pattern.compile("^(.*)\\.(adoc|asciidoc|md|markdown|html)$");

    private final Catalog catalog;

    ExportLinks(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The export's file name: the slug upper-cased, {@code -RU} for Russian ({@code MULTI-VERSION-DEPLOYMENT-RU.md}). */
    static String fileName(Page guide) {
        return guide.slug().toUpperCase(Locale.ROOT) + (guide.language() == Language.EN ? "" : "-" + guide.language().code().toUpperCase(Locale.ROOT)) + ".md";
    }

    /** A path of the repository (forward slashes, relative to its root) as seen from {@code markdown/guides/}. */
    static String repository(String repositoryPath) {
        return UP + repositoryPath;
    }

    /**
     * The link for a cross-reference from {@code from} to the page {@code slug} (in the same folder on the
     * site, where guides and other pages of a language live together), with an optional fragment.
     */
    String page(Page from, String slug, String fragment, SourceLocation at) {
        Page target = catalog.page(from.language(), slug)
                .or(() -> catalog.page(from.language().other(), slug))
                .orElseThrow(() -> new ContentException(at, "cross-reference to '" + slug + "', which is no page of "
                        + from.language().code() + " or " + from.language().other().code()));
        return of(target, fragment);
    }

    /**
     * A relative link or image path written in {@code from}, resolved against the page's folder: a page
     * source ({@code other.adoc}, {@code other.md}) or the site page it becomes ({@code other.html}) leads to
     * its export; any other file of the repository is linked where it lies. Absolute URLs stay as they are.
     */
    String relative(Page from, String target, SourceLocation at) {
        if (target.isEmpty() || target.startsWith("#") || SCHEME.matcher(target).find() || target.startsWith("//")) {
            return target;
        }
        int cut = firstOf(target, '#', '?');
        String pathPart = cut < 0 ? target : target.substring(0, cut);
        String rest = cut < 0 ? "" : target.substring(cut);
        Path root = catalog.workspace().root();
        Path resolved = root.resolve(from.path()).getParent().resolve(decode(pathPart)).normalize();
        if (!resolved.startsWith(root)) {
            throw new ContentException(at, "link '" + target + "' leaves the repository");
        }
        Path inRepository = root.relativize(resolved);
        Optional<Page> page = catalog.page(inRepository);
        if (page.isPresent()) {
            return of(page.get(), fragment(rest));
        }
        Matcher m = PAGE_FILE.matcher(resolved.getFileName() == null ? "" : resolved.getFileName().toString());
        if (m.matches() && resolved.getParent().equals(root.resolve(from.path()).getParent())) {
            Optional<Page> bySlug = catalog.page(from.language(), m.group(1));
            if (bySlug.isPresent()) {
                return of(bySlug.get(), fragment(rest));
            }
        }
        String shown = inRepository.toString().replace('\\', '/');
        return repository(shown.isEmpty() ? "" : shown + (pathPart.endsWith("/") ? "/" : "")) + rest;
    }

    /**
     * A guide's export; for other pages their counterpart in the repository: the home page is the list
     * of exports, the presets page is drawn from {@code presets/presets.yaml} and so is the presets
     * folder, and any other page is its source file, which GitHub renders as well.
     */
    private static String of(Page target, String fragment) {
        if (target.kind() == Page.Kind.GUIDE) {
            return fileName(target) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
        }
        return switch (target.slug()) {
            case "index" -> INDEX;
            case "presets" -> repository("presets/");
            default -> repository(target.path().toString().replace('\\', '/'));
        };
    }

    private static String fragment(String rest) {
        int hash = rest.indexOf('#');
        return hash < 0 ? null : rest.substring(hash + 1);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** A percent-encoded path as the file name it means ({@code +} is a plus in a path, not a space). */
    private static String decode(String path) {
        return path.contains("%") ? java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8) : path;
    }
}
