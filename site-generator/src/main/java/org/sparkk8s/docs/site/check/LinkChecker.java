package org.sparkk8s.docs.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site: every internal {@code href} and {@code src} must lead to a file of the
 * site, and every {@code #fragment} to an element with that id on the page it leads to. Links to
 * other sites are not followed.
 */
public final class LinkChecker {

    private final Path site;
    private final String basePath;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /** {@code basePath} is the path the site is served under ({@code /} by default). */
    public LinkChecker(Path site, String basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    public List<BrokenLink> check() {
        List<BrokenLink> out = new ArrayList<>();
        for (Path page : htmlFiles()) {
            Document doc = parse(page);
            String pagePath = site.relativize(page).toString().replace('\\', '/');
            for (Element e : doc.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String link = e.attr(attr);
                String problem = problem(page, link);
                if (problem != null) {
                    out.add(new BrokenLink(pagePath, e.sourceRange().start().lineNumber(), link, problem));
                }
            }
        }
        return out;
    }

    /** Why {@code link} on {@code page} is broken, or null when it is fine or leads off the site. */
    private String problem(Path page, String link) {
        if (link.isEmpty() || link.equals("#")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "not a valid link: " + e.getReason();
        }
        if (uri.getScheme() != null || link.startsWith("//")) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return "leads outside the site (" + basePath + ")";
            }
            target = site.resolve(path.substring(basePath.length())).normalize();
        } else {
            target = page.getParent().resolve(path).normalize();
        }
        if (!target.startsWith(site)) {
            return "leads outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file: " + site.relativize(target).toString().replace('\\', '/');
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(fragment)) {
            return "no element with id '" + fragment + "' in " + site.relativize(target).toString().replace('\\', '/');
        }
        return null;
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            Set<String> s = new HashSet<>();
            Document doc = parse(p);
            doc.select("[id]").forEach(e -> s.add(e.id()));
            doc.select("a[name]").forEach(e -> s.add(e.attr("name")));
            return s;
        });
    }

    private static Document parse(Path page) {
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> htmlFiles() {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
