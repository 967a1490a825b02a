package org.sparkk8s.docs.verifier.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.verifier.Finding;

/**
 * Every scenario and exemption of the repository, read from all {@code snippets/<topic>/verify.yaml}
 * files, with the problems found while reading them. A scenario with a problem is left out of
 * {@link #scenarios()}; its problems are in {@link #problems()}.
 */
public record Plan(List<Scenario> scenarios, List<Exemption> exemptions, List<Finding> problems, List<Path> files) {

    public static Plan read(Catalog catalog) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        List<Path> files = scenarioFiles(catalog.workspace().snippetsDir());
        Map<String, Scenario> seen = new HashMap<>();
        for (Path f : files) {
            ScenarioFile read = ScenarioFile.read(catalog, f);
            problems.addAll(read.problems());
            exemptions.addAll(read.exemptions());
            for (Scenario s : read.scenarios()) {
                Scenario first = seen.putIfAbsent(s.id(), s);
                if (first != null) {
                    problems.add(Finding.at(s.location(), "duplicate scenario id '" + s.id() + "' (first at " + first.location() + ")"));
                } else {
                    scenarios.add(s);
                }
            }
        }
        return new Plan(List.copyOf(scenarios), List.copyOf(exemptions), List.copyOf(problems),
                files.stream().map(catalog.workspace()::relative).toList());
    }

    private static List<Path> scenarioFiles(Path snippets) {
        if (!Files.isDirectory(snippets)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(snippets)) {
            return s.filter(p -> p.getFileName().toString().equals(Catalog.SCENARIO_FILE) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
