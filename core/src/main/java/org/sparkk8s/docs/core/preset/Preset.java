package org.sparkk8s.docs.core.preset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.Language;

/**
 * A Helm values overlay users copy: its file below {@code presets/}, the chart(s) it is meant for
 * (repository-relative, e.g. {@code charts/spark-4.1}), and its title and description per language.
 */
public record Preset(String name, String file, List<String> charts, Map<Language, String> title,
                     Map<Language, String> description, int line) {

    public String title(Language language) {
        return title.getOrDefault(language, title.get(Language.EN));
    }

    public String description(Language language) {
        return description.getOrDefault(language, description.get(Language.EN));
    }

    /** The path of the values file relative to the repository root. */
    public Path path() {
        return Path.of("presets", file);
    }
}
