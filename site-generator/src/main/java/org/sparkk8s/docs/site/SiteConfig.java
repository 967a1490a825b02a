package org.sparkk8s.docs.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.core.text.YamlErrors;

/** Site-wide settings from {@code content/site.yaml}: the public base URL and the site's name per language. */
public record SiteConfig(URI baseUrl, Map<Language, String> names) {

    public static final String FILE = "site.yaml";
    public static final URI DEFAULT_BASE_URL = URI.create("http://127.0.0.1:8080/");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Doc(@JsonProperty("base-url") String baseUrl, @JsonProperty("name") Map<String, String> name) {
    }

    public static SiteConfig defaults() {
        Map<Language, String> names = new EnumMap<>(Language.class);
        names.put(Language.EN, "Spark on Kubernetes");
        names.put(Language.RU, "Spark в Kubernetes");
        return new SiteConfig(DEFAULT_BASE_URL, names);
    }

    /** Reads {@code content/site.yaml}; a missing file means the defaults. */
    public static SiteConfig load(Workspace ws) {
        Path file = ws.contentDir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Path shown = ws.relative(file);
        SourceText text = SourceText.read(file, shown);
        Doc doc;
        try {
            doc = YAML.readValue(text.text(), Doc.class);
        } catch (JsonProcessingException e) {
            throw YamlErrors.locate(e, text, 0);
        }
        SiteConfig d = defaults();
        if (doc == null) {
            return d;
        }
        URI base = d.baseUrl();
        if (doc.baseUrl() != null) {
            base = parseBaseUrl(doc.baseUrl(), SourceLocation.of(shown, lineOf(text, "base-url:")));
        }
        Map<Language, String> names = new EnumMap<>(d.names());
        if (doc.name() != null) {
            for (Map.Entry<String, String> e : doc.name().entrySet()) {
                try {
                    names.put(Language.fromCode(e.getKey()), e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw new ContentException(SourceLocation.of(shown, lineOf(text, e.getKey() + ":")), "name: " + ex.getMessage());
                }
            }
        }
        return new SiteConfig(base, names);
    }

    private static URI parseBaseUrl(String value, SourceLocation at) {
        try {
            URI u = new URI(value.endsWith("/") ? value : value + "/");
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw new ContentException(at, "base-url must be an absolute http(s) URL, got '" + value + "'");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ContentException(at, "base-url is not a valid URL: " + e.getMessage());
        }
    }

    private static int lineOf(SourceText text, String prefix) {
        for (int i = 0; i < text.lines().size(); i++) {
            if (text.lines().get(i).strip().startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }

    public String name(Language language) {
        return names.getOrDefault(language, names.get(Language.EN));
    }

    /** The absolute URL of a site path such as {@code en/quick-start.html}. */
    public String absolute(String sitePath) {
        return baseUrl.resolve(sitePath).toString();
    }

    /** The path part of the base URL, always ending in {@code /}; pages that may be served at any path link from it. */
    public String basePath() {
        String p = baseUrl.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
