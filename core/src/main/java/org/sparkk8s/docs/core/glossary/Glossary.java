package org.sparkk8s.docs.core.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.core.text.YamlErrors;

/**
 * {@code content/glossary.yaml}: how Russian pages write each English term. A term maps to its
 * Russian rendering, or to {@code keep} when it stays in Latin; {@code avoid} lists renderings
 * that must not be used (a trailing {@code *} on a word allows any ending).
 *
 * <pre>
 * Helm: keep
 * History Server:
 *   ru: keep
 *   avoid: [сервер* истори*]
 * deployment (the process):
 *   ru: развертывание
 *   avoid: [деплой*]
 * </pre>
 */
public final class Glossary {

    /** The file below {@code content/}. */
    public static final String FILE = "glossary.yaml";
    /** The value that keeps a term in Latin. */
    public static final String KEEP = "keep";

    /**
     * One entry.
     *
     * @param russian the Russian rendering; null for a term kept in Latin
     * @param line    where the term stands in the glossary
     */
    public record Term(String english, String russian, List<String> avoid, int line) {

        public boolean keep() {
            return russian == null;
        }

        /** The term without a qualifier in parentheses: {@code deployment (the process)} is {@code deployment}. */
        public String bare() {
            int p = english.indexOf(" (");
            return p > 0 && english.endsWith(")") ? english.substring(0, p) : english;
        }

        /** The qualifier in parentheses, or null. */
        public String qualifier() {
            int p = english.indexOf(" (");
            return p > 0 && english.endsWith(")") ? english.substring(p + 2, english.length() - 1) : null;
        }
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path path;
    private final List<Term> terms;

    private Glossary(Path path, List<Term> terms) {
        this.path = path;
        this.terms = List.copyOf(terms);
    }

    public static Glossary empty(Workspace ws) {
        return new Glossary(ws.relative(file(ws)), List.of());
    }

    public static Path file(Workspace ws) {
        return ws.contentDir().resolve(FILE);
    }

    /** Reads the glossary; none is an empty glossary; a malformed one or a term given twice is an error with its line. */
    public static Glossary load(Workspace ws) {
        Path file = file(ws);
        if (!Files.isRegularFile(file)) {
            return empty(ws);
        }
        return parse(SourceText.read(file, ws.relative(file)));
    }

    public static Glossary parse(SourceText text) {
        Path shown = text.shownAs();
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (JsonParser p = YAML.createParser(text.text())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Glossary(shown, terms);
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ContentException(SourceLocation.of(shown, line(p)),
                        "the glossary must be a mapping of English terms: 'Helm: keep' or 'namespace: пространство имён'");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String english = p.currentName().strip();
                int line = line(p);
                Integer before = seen.putIfAbsent(english.toLowerCase(Locale.ROOT), line);
                if (before != null) {
                    throw new ContentException(SourceLocation.of(shown, line),
                            "term '" + english + "' is already in the glossary (line " + before + ")");
                }
                terms.add(term(p, english, line, shown));
            }
        } catch (JsonProcessingException e) {
            throw YamlErrors.locate(e, text, 0);
        } catch (IOException e) {
            throw new ContentException(SourceLocation.wholeFile(shown), "cannot read the glossary: " + e.getMessage(), e);
        }
        return new Glossary(shown, terms);
    }

    private static Term term(JsonParser p, String english, int line, Path shown) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) {
            return new Term(english, russian(p.getText(), english, line, shown), List.of(), line);
        }
        if (t != JsonToken.START_OBJECT) {
            throw new ContentException(SourceLocation.of(shown, line(p)), "term '" + english
                    + "': expected its Russian rendering, 'keep', or a mapping with 'ru' and 'avoid'");
        }
        String russian = null;
        boolean hasRussian = false;
        List<String> avoid = new ArrayList<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = line(p);
            JsonToken v = p.nextToken();
            switch (key) {
                case "ru" -> {
                    if (v != JsonToken.VALUE_STRING) {
                        throw new ContentException(SourceLocation.of(shown, keyLine), "term '" + english + "': 'ru' must be text");
                    }
                    russian = russian(p.getText(), english, keyLine, shown);
                    hasRussian = true;
                }
                case "avoid" -> {
                    if (v == JsonToken.VALUE_STRING) {
                        avoid.add(variant(p.getText(), english, keyLine, shown));
                    } else if (v == JsonToken.START_ARRAY) {
                        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                            if (v != JsonToken.VALUE_STRING) {
                                throw new ContentException(SourceLocation.of(shown, line(p)), "term '" + english + "': 'avoid' lists text only");
                            }
                            avoid.add(variant(p.getText(), english, line(p), shown));
                        }
                    } else {
                        throw new ContentException(SourceLocation.of(shown, keyLine), "term '" + english + "': 'avoid' must be a list");
                    }
                }
                default -> throw new ContentException(SourceLocation.of(shown, keyLine),
                        "term '" + english + "': unknown key '" + key + "' (expected ru, avoid)");
            }
        }
        if (!hasRussian) {
            throw new ContentException(SourceLocation.of(shown, line), "term '" + english + "' has no 'ru' (its rendering, or keep)");
        }
        return new Term(english, russian, List.copyOf(avoid), line);
    }

    private static String russian(String value, String english, int line, Path shown) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new ContentException(SourceLocation.of(shown, line), "term '" + english + "' has an empty Russian rendering");
        }
        return v.equals(KEEP) ? null : v;
    }

    private static String variant(String value, String english, int line, Path shown) {
        String v = value.strip();
        if (v.isEmpty() || v.equals("*")) {
            throw new ContentException(SourceLocation.of(shown, line), "term '" + english + "': an empty 'avoid' entry");
        }
        return v;
    }

    private static int line(JsonParser p) {
        int n = p.currentTokenLocation().getLineNr();
        return Math.max(1, n);
    }

    /** The glossary file, repository-relative. */
    public Path path() {
        return path;
    }

    /** The terms in the file's order. */
    public List<Term> terms() {
        return terms;
    }

    public SourceLocation at(Term term) {
        return SourceLocation.of(path, term.line());
    }
}
