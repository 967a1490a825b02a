package org.sparkk8s.docs.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds every {@code http(s)://} reference in a built site's HTML, CSS and JS that would make a
 * browser contact a host other than the site's own. Links a reader may follow ({@code <a href>})
 * are not requests and are allowed; so are URLs in JS and CSS comments (licence headers).
 */
final class ExternalReferences {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'()<>]+");

    private ExternalReferences() {
    }

    static List<String> in(Path site, URI baseUrl) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = f.getFileName().toString();
                String rel = site.relativize(f).toString();
                String text;
                if (name.endsWith(".html")) {
                    text = requestsOfHtml(Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.endsWith(".css") || name.endsWith(".js")) {
                    text = withoutCommentLines(Files.readString(f, StandardCharsets.UTF_8));
                } else {
                    continue;
                }
                Matcher m = URL.matcher(text);
                while (m.find()) {
                    URI u = URI.create(m.group().replaceAll("[.,;]+$", ""));
                    if (!baseUrl.getHost().equals(u.getHost())) {
                        out.add(rel + ": " + m.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Everything of a page that can make a request: all attributes except a link's href, inline scripts and styles. */
    private static String requestsOfHtml(String html) {
        Document d = Jsoup.parse(html);
        StringBuilder s = new StringBuilder();
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(a -> {
                if (!(e.tagName().equals("a") && a.getKey().equals("href"))) {
                    s.append(a.getValue()).append('\n');
                }
            });
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                s.append(withoutCommentLines(e.data())).append('\n');
            }
        }
        return s.toString();
    }

    /** Drops lines that are comments: {@code //…}, or inside or starting a block comment. */
    private static String withoutCommentLines(String code) {
        StringBuilder out = new StringBuilder();
        boolean inBlock = false;
        for (String line : code.split("\n")) {
            String t = line.strip();
            if (inBlock) {
                if (t.contains("*/")) {
                    inBlock = false;
                }
                continue;
            }
            if (t.startsWith("/*")) {
                inBlock = !t.contains("*/");
                continue;
            }
            if (t.startsWith("//") || t.startsWith("*")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
