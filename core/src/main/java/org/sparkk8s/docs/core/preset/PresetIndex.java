package org.sparkk8s.docs.core.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/** {@code presets/presets.yaml}: the presets users can list, show and copy. */
public final class PresetIndex {

    public static final String FILE = "presets.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, Preset> presets;

    private PresetIndex(Map<String, Preset> presets) {
        this.presets = presets;
    }

    public static PresetIndex empty() {
        return new PresetIndex(Map.of());
    }

    record Doc(@JsonProperty(required = true) List<Entry> presets) {
    }

    record Entry(@JsonProperty(required = true) String name, @JsonProperty(required = true) String file,
                 String chart, List<String> charts,
                 @JsonProperty(required = true) Map<String, String> title,
                 @JsonProperty(required = true) Map<String, String> description) {
    }

    /** Reads the index; a missing {@code presets/} folder is an empty index. */
    public static PresetIndex load(Workspace ws) {
        Path file = ws.presetsDir().resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        Path shown = ws.relative(file);
        SourceText text = SourceText.read(file, shown);
        Doc doc;
        try {
            doc = YAML.readValue(text.text(), Doc.class);
        } catch (JsonProcessingException e) {
            throw YamlErrors.locate(e, text, 0);
        }
        if (doc == null || doc.presets() == null) {
            throw new ContentException(SourceLocation.of(shown, 1), "expected a top-level 'presets:' list");
        }
        Map<String, Preset> out = new LinkedHashMap<>();
        for (Entry e : doc.presets()) {
            int line = lineOf(text, "name: " + e.name());
            SourceLocation at = SourceLocation.of(shown, line);
            if (out.containsKey(e.name())) {
                throw new ContentException(at, "duplicate preset name '" + e.name() + "' (first at line " + out.get(e.name()).line() + ")");
            }
            List<String> charts = new ArrayList<>();
            if (e.chart() != null) {
                charts.add(e.chart());
            }
            if (e.charts() != null) {
                charts.addAll(e.charts());
            }
            if (charts.isEmpty()) {
                throw new ContentException(at, "preset '" + e.name() + "' names no chart: set 'chart:' or 'charts:'");
            }
            for (String c : charts) {
                if (!Files.isRegularFile(ws.root().resolve(c).resolve("Chart.yaml"))) {
                    throw new ContentException(at, "preset '" + e.name() + "': chart '" + c + "' not found (no " + c + "/Chart.yaml)");
                }
            }
            Path values = ws.presetsDir().resolve(e.file()).normalize();
            if (!values.startsWith(ws.presetsDir()) || !Files.isRegularFile(values)) {
                throw new ContentException(at, "preset '" + e.name() + "': file presets/" + e.file() + " not found");
            }
            out.put(e.name(), new Preset(e.name(), e.file(), List.copyOf(charts), languages(e.title(), at, "title"),
                    languages(e.description(), at, "description"), line));
        }
        return new PresetIndex(out);
    }

    private static Map<Language, String> languages(Map<String, String> in, SourceLocation at, String what) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Map.Entry<String, String> e : in.entrySet()) {
            try {
                out.put(Language.fromCode(e.getKey()), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new ContentException(at, what + ": " + ex.getMessage());
            }
        }
        for (Language l : Language.values()) {
            if (!out.containsKey(l)) {
                throw new ContentException(at, what + " has no '" + l.code() + "' text");
            }
        }
        return out;
    }

    private static int lineOf(SourceText text, String needle) {
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals(needle) || l.equals("- " + needle)) {
                return i + 1;
            }
        }
        return 1;
    }

    public List<Preset> all() {
        return List.copyOf(presets.values());
    }

    public Optional<Preset> find(String name) {
        return Optional.ofNullable(presets.get(name));
    }
}
