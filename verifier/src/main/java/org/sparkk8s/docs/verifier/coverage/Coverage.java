package org.sparkk8s.docs.verifier.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.plan.Exemption;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.plan.SnippetText;
import org.sparkk8s.docs.verifier.plan.Step;
import org.sparkk8s.docs.verifier.render.StepFiles;

/**
 * Which included snippet lines some scenario step runs. An include is covered when every
 * non-blank line it shows is run by a step (the step may run a larger region or the whole file),
 * or exempt with a reason; selections with {@code tags=}, wildcards and negations are compared
 * line by line. A values file or manifest a step passes to helm or kubectl counts as run by
 * that step. Preset includes are covered by the preset checks (schema and render), not by
 * scenarios. Both languages include the same snippets, so their coverage is identical by
 * construction; a pair whose includes differ is flagged.
 */
public record Coverage(List<Entry> entries, Map<String, GuideCoverage> guides, List<Finding> uncovered) {

    /** How one include is covered. */
    public enum State { RUN, EXEMPT, PRESET, UNCOVERED }

    /** One include of one page. */
    public record Entry(Page page, Include include, String id, State state, List<String> scenarios, String exemptReason,
                        Set<Integer> missingLines) {
    }

    /** Counts for one language of a page. */
    public record Counts(int includes, int run, int exempt, int presets, int uncovered) {

        public double percent() {
            return includes == 0 ? 100.0 : 100.0 * (includes - uncovered) / includes;
        }
    }

    /** One page in both languages; {@code identical} is false when its translations include different snippets. */
    public record GuideCoverage(String slug, Page.Kind kind, Map<Language, Counts> languages, boolean identical, String difference) {
    }

    public static Coverage of(Catalog catalog, Plan plan) {
        Map<String, Map<Integer, List<String>>> run = new HashMap<>();
        for (Scenario s : plan.scenarios()) {
            for (Step step : s.allSteps()) {
                mark(run, step.run().file(), step.script().contentLines(), s.id());
                // values files and manifests the step passes to helm or kubectl are exercised by it too
                for (java.nio.file.Path used : StepFiles.used(step)) {
                    if (used.getNameCount() > 1 && used.getName(0).toString().equals("snippets")) {
                        String rel = used.subpath(1, used.getNameCount()).toString().replace('\\', '/');
                        catalog.snippet(rel).ifPresent(f -> mark(run, rel, SnippetText.of(f, (String) null).contentLines(), s.id()));
                    }
                }
            }
        }
        Map<String, Map<Integer, Exemption>> exempt = new HashMap<>();
        for (Exemption e : plan.exemptions()) {
            Map<Integer, Exemption> lines = exempt.computeIfAbsent(e.snippet().file(), f -> new HashMap<>());
            e.text().contentLines().forEach(l -> lines.putIfAbsent(l, e));
        }
        List<Entry> entries = new ArrayList<>();
        List<Finding> uncovered = new ArrayList<>();
        for (Page page : catalog.pages()) {
            for (Include inc : page.includes()) {
                if (inc.isPreset()) {
                    entries.add(new Entry(page, inc, inc.snippetId(), State.PRESET, List.of(), null, Set.of()));
                    continue;
                }
                if (!inc.isSnippet() || catalog.extract(inc).isEmpty()) {
                    continue;
                }
                SnippetFile file = catalog.snippet(inc.snippetPath()).orElseThrow();
                SnippetText text = SnippetText.of(file, inc.selection());
                Map<Integer, List<String>> runHere = run.getOrDefault(inc.snippetPath(), Map.of());
                Map<Integer, Exemption> exemptHere = exempt.getOrDefault(inc.snippetPath(), Map.of());
                Set<Integer> missing = new TreeSet<>();
                Set<String> scenarios = new TreeSet<>();
                Exemption reason = null;
                boolean anyExempt = false;
                for (int l : text.contentLines()) {
                    List<String> by = runHere.get(l);
                    if (by != null) {
                        scenarios.addAll(by);
                    } else if (exemptHere.containsKey(l)) {
                        anyExempt = true;
                        reason = reason == null ? exemptHere.get(l) : reason;
                    } else {
                        missing.add(l);
                    }
                }
                State state = !missing.isEmpty() ? State.UNCOVERED : anyExempt ? State.EXEMPT : State.RUN;
                entries.add(new Entry(page, inc, inc.snippetId(), state, List.copyOf(scenarios),
                        reason == null ? null : reason.reason(), missing));
                if (state == State.UNCOVERED) {
                    String id = "snippets/" + inc.snippetId();
                    String partly = missing.size() == text.contentLines().size() ? ""
                            : " (" + lines(missing) + " of it " + (missing.size() == 1 ? "is" : "are") + " not run)";
                    uncovered.add(Finding.at(inc.location(), "includes " + id + ", which no scenario step runs and which is not exempt" + partly));
                }
            }
        }
        return new Coverage(List.copyOf(entries), guides(catalog, entries), List.copyOf(uncovered));
    }

    private static void mark(Map<String, Map<Integer, List<String>>> run, String file, Set<Integer> lines, String scenario) {
        Map<Integer, List<String>> byLine = run.computeIfAbsent(file, f -> new HashMap<>());
        for (int l : lines) {
            List<String> ids = byLine.computeIfAbsent(l, x -> new ArrayList<>());
            if (!ids.contains(scenario)) {
                ids.add(scenario);
            }
        }
    }

    private static Map<String, GuideCoverage> guides(Catalog catalog, List<Entry> entries) {
        Map<String, GuideCoverage> out = new TreeMap<>();
        for (PagePair pair : catalog.pairs()) {
            Map<Language, Counts> langs = new LinkedHashMap<>();
            Map<Language, List<String>> ids = new LinkedHashMap<>();
            for (Language lang : Language.values()) {
                Page page = pair.in(lang).orElse(null);
                if (page == null) {
                    continue;
                }
                int n = 0;
                int r = 0;
                int x = 0;
                int p = 0;
                int u = 0;
                List<String> list = new ArrayList<>();
                for (Entry e : entries) {
                    if (e.page() != page) {
                        continue;
                    }
                    n++;
                    list.add(e.id());
                    switch (e.state()) {
                        case RUN -> r++;
                        case EXEMPT -> x++;
                        case PRESET -> p++;
                        default -> u++;
                    }
                }
                langs.put(lang, new Counts(n, r, x, p, u));
                ids.put(lang, list);
            }
            if (langs.values().stream().allMatch(c -> c.includes() == 0)) {
                continue;
            }
            String difference = null;
            if (ids.size() == 2 && !ids.get(Language.EN).equals(ids.get(Language.RU))) {
                List<String> onlyEn = new ArrayList<>(ids.get(Language.EN));
                onlyEn.removeAll(ids.get(Language.RU));
                List<String> onlyRu = new ArrayList<>(ids.get(Language.RU));
                onlyRu.removeAll(ids.get(Language.EN));
                difference = "the translations include different snippets"
                        + (onlyEn.isEmpty() ? "" : "; only en: " + String.join(", ", onlyEn))
                        + (onlyRu.isEmpty() ? "" : "; only ru: " + String.join(", ", onlyRu))
                        + (onlyEn.isEmpty() && onlyRu.isEmpty() ? " (same snippets, different order or count)" : "");
            }
            out.put(pair.slug(), new GuideCoverage(pair.slug(), pair.kind(), langs, difference == null, difference));
        }
        return out;
    }

    /** Totals over every include of every page. */
    public Counts total() {
        int n = entries.size();
        int r = (int) entries.stream().filter(e -> e.state() == State.RUN).count();
        int x = (int) entries.stream().filter(e -> e.state() == State.EXEMPT).count();
        int p = (int) entries.stream().filter(e -> e.state() == State.PRESET).count();
        return new Counts(n, r, x, p, n - r - x - p);
    }

    private static String lines(Set<Integer> missing) {
        List<Integer> l = new ArrayList<>(missing);
        if (l.size() == 1) {
            return "line " + l.get(0);
        }
        return "lines " + String.join(", ", l.stream().map(String::valueOf).toList());
    }
}
