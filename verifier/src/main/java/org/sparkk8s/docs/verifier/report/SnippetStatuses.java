package org.sparkk8s.docs.verifier.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.plan.Exemption;
import org.sparkk8s.docs.verifier.plan.Plan;
import org.sparkk8s.docs.verifier.plan.SnippetText;
import org.sparkk8s.docs.verifier.run.InvariantOutcome;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.render.StepFiles;
import org.sparkk8s.docs.verifier.run.StepResult;

/**
 * Folds every check, step and invariant into one status per snippet id, by line: a failure at a
 * line fails every region around that line; an id passes when each of its lines was run by a step
 * that passed; it is exempt when its lines are exempt; skipped when only steps above the run's
 * level run it; not-run otherwise. Static checks apply to every id of their file.
 */
final class SnippetStatuses {

    private static final String LOCAL = "local";

    /** A unit of evidence about lines of one file. */
    private record Evidence(Status status, Level level, String where, Instant at, long millis, Set<Integer> lines,
                            List<Finding> findings, String message, String scenario, Finding cause) {
    }

    private SnippetStatuses() {
    }

    /** @param renderWhere where render-level checks ran, e.g. {@code helm-java v3.21.0 (offline)} */
    static Map<String, SnippetStatus> of(Catalog catalog, Plan plan, List<CheckResult> checks,
                                         List<ScenarioResult> scenarios, Coverage coverage, String renderWhere) {
        // ids and their lines, per file (shown path)
        Map<String, Map<String, Set<Integer>>> ids = new TreeMap<>();
        Map<String, SnippetFile> files = new HashMap<>();
        for (SnippetFile f : catalog.snippets().values()) {
            String shown = shown(f);
            files.put(shown, f);
            Map<String, Set<Integer>> byId = ids.computeIfAbsent(shown, k -> new LinkedHashMap<>());
            byId.put(f.path(), SnippetText.of(f, (String) null).contentLines());
            for (String tag : f.tagNames()) {
                byId.put(f.path() + "#" + tag, SnippetText.of(f, tag).contentLines());
            }
        }
        for (SnippetFile f : catalog.presetFiles().values()) {
            String shown = shown(f);
            files.put(shown, f);
            Map<String, Set<Integer>> byId = ids.computeIfAbsent(shown, k -> new LinkedHashMap<>());
            byId.put(f.path(), SnippetText.of(f, (String) null).contentLines());
            for (String tag : f.tagNames()) {
                byId.put(f.path() + "#" + tag, SnippetText.of(f, tag).contentLines());
            }
        }
        Map<String, Map<Integer, Set<String>>> guideLines = new HashMap<>();
        for (Coverage.Entry e : coverage.entries()) {
            String shown = e.include().isPreset() ? "presets/" + e.include().presetFile() : "snippets/" + e.include().snippetPath();
            SnippetFile f = files.get(shown);
            if (f == null) {
                continue;
            }
            Set<Integer> lines = SnippetText.of(f, e.include().selection()).contentLines();
            ids.get(shown).putIfAbsent(e.id(), lines);
            if (e.page().kind() == Page.Kind.GUIDE) {
                Map<Integer, Set<String>> gl = guideLines.computeIfAbsent(shown, k -> new HashMap<>());
                lines.forEach(l -> gl.computeIfAbsent(l, x -> new TreeSet<>()).add(e.page().slug()));
            }
        }
        Map<String, List<Evidence>> evidence = new HashMap<>();
        for (CheckResult c : checks) {
            Map<String, List<Finding>> byFile = new LinkedHashMap<>();
            for (Finding f : c.findings()) {
                byFile.computeIfAbsent(shownPath(f.location().file()), k -> new ArrayList<>()).add(f);
            }
            if (!byFile.containsKey(c.subject())) {
                byFile.put(c.subject(), List.of());
            }
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Evidence(
                        e.getValue().isEmpty() && c.status() != Status.FAILED ? c.status() : Status.FAILED,
                        c.level(), c.level() == Level.STATIC ? LOCAL : renderWhere, c.at(), c.millis(), null, e.getValue(),
                        c.status() == Status.SKIPPED ? c.name() + " skipped: " + c.note() : null, null, null));
            }
        }
        for (ScenarioResult s : scenarios) {
            for (StepResult r : s.steps()) {
                String shown = r.step().shownFile();
                Set<Integer> runLines = r.step().script().contentLines();
                Map<String, List<Finding>> byFile = new LinkedHashMap<>();
                byFile.put(shown, new ArrayList<>());
                for (Finding f : r.findings()) {
                    byFile.computeIfAbsent(shownPath(f.location().file()), k -> new ArrayList<>()).add(f);
                }
                Finding cause = null;
                if (r.status() == Status.FAILED && byFile.get(shown).isEmpty()) {
                    cause = r.findings().isEmpty() ? Finding.at(r.step().location(), r.message()) : r.findings().get(0);
                }
                if (r.status() != Status.SKIPPED && r.status() != Status.NOT_RUN) {
                    // a values file or manifest the step passes is run with it
                    for (Path used : StepFiles.used(r.step())) {
                        String u = shownPath(used);
                        SnippetFile uf = files.get(u);
                        if (uf != null && !u.equals(shown)) {
                            List<Finding> at = byFile.getOrDefault(u, List.of());
                            evidence.computeIfAbsent(u, k -> new ArrayList<>()).add(new Evidence(
                                    at.isEmpty() ? Status.PASSED : Status.FAILED,
                                    r.proved() == null ? s.level() : r.proved(), s.where(), r.at(), 0,
                                    SnippetText.of(uf, (String) null).contentLines(), List.of(),
                                    "passed by " + r.step().run().id() + " in scenario " + s.scenario().id(), s.scenario().id(), null));
                        }
                    }
                }
                for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                    boolean own = e.getKey().equals(shown);
                    String message = r.status() == Status.SKIPPED || r.status() == Status.NOT_RUN
                            ? r.message() + " (scenario " + s.scenario().id() + ")"
                            : r.proved() == Level.RENDER ? "rendered by scenario " + s.scenario().id() + ": " + r.message()
                            : r.proved() != null && r.proved().isLive() ? "ran at level " + r.proved().id() + " in scenario "
                                    + s.scenario().id() + ": " + r.message()
                            : r.message() + " (scenario " + s.scenario().id() + ")";
                    evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Evidence(
                            own ? r.status() : e.getValue().isEmpty() ? Status.PASSED : Status.FAILED,
                            r.proved() == null ? s.level() : r.proved(), s.where(), r.at(), r.millis(),
                            own ? runLines : Set.of(), e.getValue(), message, s.scenario().id(), own ? cause : null));
                }
            }
            for (InvariantOutcome i : s.invariants()) {
                for (Finding f : i.findings()) {
                    evidence.computeIfAbsent(shownPath(f.location().file()), k -> new ArrayList<>()).add(new Evidence(
                            Status.FAILED, s.level(), s.where(), s.at(), 0, Set.of(), List.of(f), f.message(), s.scenario().id(), null));
                }
            }
        }
        Map<String, Set<Integer>> exemptLines = new HashMap<>();
        Map<String, String> exemptReason = new HashMap<>();
        for (Exemption e : plan.exemptions()) {
            String shown = shown(e.text().file());
            exemptLines.computeIfAbsent(shown, k -> new HashSet<>()).addAll(e.text().contentLines());
            e.text().contentLines().forEach(l -> exemptReason.putIfAbsent(shown + ":" + l, e.reason()));
        }

        Map<String, SnippetStatus> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, Set<Integer>>> file : ids.entrySet()) {
            String shown = file.getKey();
            List<Evidence> ev = evidence.getOrDefault(shown, List.of());
            for (Map.Entry<String, Set<Integer>> id : file.getValue().entrySet()) {
                out.put(id.getKey(), status(id.getKey(), shown, id.getValue(), ev, exemptLines.getOrDefault(shown, Set.of()),
                        exemptReason, guideLines.getOrDefault(shown, Map.of()), files.get(shown)));
            }
        }
        return out;
    }

    private static SnippetStatus status(String id, String shown, Set<Integer> lines, List<Evidence> ev,
                                        Set<Integer> exempt, Map<String, String> exemptReason,
                                        Map<Integer, Set<String>> guideLines, SnippetFile file) {
        Set<String> guides = new TreeSet<>();
        lines.forEach(l -> guides.addAll(guideLines.getOrDefault(l, Set.of())));
        Instant at = null;
        long millis = 0;
        Finding firstFailure = null;
        Level failLevel = null;
        String failWhere = null;
        List<String> skipNotes = new ArrayList<>();
        Set<Integer> runPassed = new HashSet<>();
        Set<Integer> runSkipped = new HashSet<>();
        Set<String> scenarios = new TreeSet<>();
        Level proved = Level.STATIC;
        String provedWhere = LOCAL;
        String provedMessage = null;
        String skipMessage = null;
        boolean staticRan = false;
        for (Evidence e : ev) {
            // a finding at a line concerns every id containing that line; one without a line, the whole file
            List<Finding> mine = e.findings().stream()
                    .filter(f -> f.location().line() <= 0 || lines.contains(f.location().line()))
                    .toList();
            boolean touches = e.lines() == null || e.lines().stream().anyMatch(lines::contains) || !mine.isEmpty();
            if (!touches) {
                continue;
            }
            at = at == null || (e.at() != null && e.at().isAfter(at)) ? e.at() : at;
            millis += e.millis();
            if (e.scenario() != null && e.lines() != null && !e.lines().isEmpty()) {
                scenarios.add(e.scenario());
            }
            if (!mine.isEmpty() && firstFailure == null) {
                firstFailure = mine.get(0);
                failLevel = e.level();
                failWhere = e.where() == null ? LOCAL : e.where();
            }
            if (e.lines() == null) {
                staticRan |= e.status() != Status.SKIPPED;
                if (e.status() == Status.SKIPPED && e.message() != null) {
                    skipNotes.add(e.message());
                }
                continue;
            }
            boolean ranFine = e.status() == Status.PASSED || (e.status() == Status.FAILED && e.cause() == null);
            if (ranFine) {
                // a failed step's other lines did run: their own ids are judged by their own lines
                runPassed.addAll(e.lines());
                if (e.status() == Status.PASSED && e.level().compareTo(proved) > 0) {
                    // the highest level a passing step reached: render, or api / ready on a live cluster
                    proved = e.level();
                    provedWhere = e.where();
                    provedMessage = e.message();
                } else if (provedMessage == null && e.status() == Status.PASSED) {
                    provedMessage = e.message();
                }
            } else if (e.status() == Status.FAILED) {
                if (firstFailure == null && e.lines().containsAll(lines)) {
                    // the step failed because of something outside this file (a values file, an object check)
                    firstFailure = e.cause();
                    failLevel = e.level();
                    failWhere = e.where();
                }
            } else {
                runSkipped.addAll(e.lines());
                skipMessage = skipMessage == null ? e.message() : skipMessage;
            }
        }
        String skipped = skipNotes.isEmpty() ? "" : "; " + String.join("; ", new TreeSet<>(skipNotes));
        SourceLocation first = location(shown, lines);
        List<String> g = List.copyOf(guides);
        List<String> sc = List.copyOf(scenarios);
        if (firstFailure != null) {
            return new SnippetStatus(id, Status.FAILED, failLevel, failWhere, at, millis, firstFailure.message(),
                    firstFailure.location(), g, sc);
        }
        Level staticLevel = staticRan || ev.stream().anyMatch(e -> e.lines() == null && e.status() == Status.PASSED) ? Level.STATIC : null;
        if (!lines.isEmpty() && runPassed.containsAll(lines)) {
            return new SnippetStatus(id, Status.PASSED, proved, provedWhere, at, millis,
                    (provedMessage == null ? "passed" : provedMessage) + skipped, first, g, sc);
        }
        Set<Integer> coveredOrExempt = new HashSet<>(runPassed);
        coveredOrExempt.addAll(exempt);
        if (!lines.isEmpty() && exempt.stream().anyMatch(lines::contains) && coveredOrExempt.containsAll(lines)) {
            String reason = null;
            for (int l : lines) {
                reason = reason == null ? exemptReason.get(shown + ":" + l) : reason;
            }
            return new SnippetStatus(id, Status.EXEMPT, staticLevel, LOCAL, at, millis, reason, first, g, sc);
        }
        Set<Integer> any = new HashSet<>(coveredOrExempt);
        any.addAll(runSkipped);
        if (!lines.isEmpty() && any.containsAll(lines) && !runSkipped.isEmpty()) {
            if (staticLevel != null && skipNotes.isEmpty()) {
                // its step belongs to a higher level than this run reached: what this run proved is
                // the static tier, and the report says so by the level (DESIGN: passed at static)
                return new SnippetStatus(id, Status.PASSED, Level.STATIC, LOCAL, at, millis,
                        "static checks passed; " + (skipMessage == null ? "its step did not run" : skipMessage),
                        first, g, sc);
            }
            return new SnippetStatus(id, Status.SKIPPED, staticLevel, LOCAL, at, millis,
                    (skipMessage == null ? "skipped" : skipMessage) + skipped, first, g, sc);
        }
        boolean partly = lines.stream().anyMatch(coveredOrExempt::contains);
        String message = lines.isEmpty() ? "empty"
                : partly ? "only part of it is run by scenario steps" : "no scenario step runs it";
        if (file != null && file.shownAs().startsWith("presets") && staticLevel != null) {
            return new SnippetStatus(id, Status.PASSED, ev.stream().anyMatch(e -> e.level() == Level.RENDER && e.status() == Status.PASSED)
                    ? Level.RENDER : Level.STATIC, ev.stream().filter(e -> e.level() == Level.RENDER).map(Evidence::where)
                    .filter(w -> w != null).findFirst().orElse(LOCAL), at, millis,
                    "values schema and render checks passed" + skipped, first, g, sc);
        }
        return new SnippetStatus(id, Status.NOT_RUN, staticLevel, LOCAL, at, millis, message + skipped, first, g, sc);
    }

    private static SourceLocation location(String shown, Set<Integer> lines) {
        return SourceLocation.of(Path.of(shown), lines.isEmpty() ? 0 : lines.stream().min(Integer::compare).orElse(0));
    }

    private static String shown(SnippetFile f) {
        return f.shownAs().toString().replace('\\', '/');
    }

    private static String shownPath(Path p) {
        return p.toString().replace('\\', '/');
    }
}
