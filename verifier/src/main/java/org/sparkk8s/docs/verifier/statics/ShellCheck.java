package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;

/**
 * ShellCheck over whole shell files, one process for a batch of files ({@code -f json1}). Findings
 * of level error, warning and info fail the check; style findings are listed in the check's note
 * but do not fail it. Info is where ShellCheck reports unquoted expansions (SC2086), and a guide's
 * reader copies commands verbatim, so those fail. {@code # shellcheck disable=SCxxxx} comments in
 * the file are honoured by ShellCheck itself. Where ShellCheck is not installed every file's check
 * is SKIPPED with that reason, never passed.
 */
public final class ShellCheck {

    public static final String NAME = "shellcheck";
    /** Levels that fail the check. */
    public static final Set<String> FAILING = Set.of("error", "warning", "info");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path executable;
    private final String missingReason;

    /** {@code executable} null means not installed; {@code missingReason} then says what was looked for. */
    public ShellCheck(Path executable, String missingReason) {
        this.executable = executable;
        this.missingReason = missingReason;
    }

    public boolean available() {
        return executable != null;
    }

    /** The tool's version line, e.g. {@code 0.9.0}; null when absent. */
    public String version(Path root) {
        if (executable == null) {
            return null;
        }
        Processes.Output out = Processes.run(List.of(executable.toString(), "--version"), root, 30);
        for (String l : out.stdout().split("\n")) {
            if (l.startsWith("version:")) {
                return l.substring("version:".length()).strip();
            }
        }
        return "unknown";
    }

    public List<CheckResult> check(Path root, List<SnippetFile> files) {
        List<CheckResult> out = new ArrayList<>();
        if (files.isEmpty()) {
            return out;
        }
        if (executable == null) {
            for (SnippetFile f : files) {
                out.add(CheckResult.skipped(NAME, shown(f), Level.STATIC, missingReason));
            }
            return out;
        }
        long start = System.nanoTime();
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--format=json1", "--shell=bash",
                "--external-sources", "--source-path=SCRIPTDIR"));
        Map<String, SnippetFile> byName = new HashMap<>();
        for (SnippetFile f : files) {
            cmd.add(shown(f));
            byName.put(shown(f), f);
        }
        Processes.Output result = Processes.run(cmd, root, 300);
        JsonNode comments;
        try {
            comments = JSON.readTree(result.stdout().isBlank() ? "{}" : result.stdout()).path("comments");
        } catch (JsonProcessingException e) {
            comments = null;
        }
        if (result.exit() > 1 || comments == null) {
            // shellcheck itself failed (a file removed while verifying, a crash): the files were not checked
            String why = "shellcheck could not run (exit " + result.exit() + "): "
                    + result.stderr().strip().lines().findFirst().orElse("no output");
            for (SnippetFile f : files) {
                out.add(CheckResult.of(NAME, shown(f), Level.STATIC,
                        List.of(Finding.at(SourceLocation.wholeFile(f.shownAs()), why)), null, start));
            }
            return out;
        }
        Map<String, List<Finding>> failing = new LinkedHashMap<>();
        Map<String, List<String>> style = new HashMap<>();
        for (JsonNode c : comments) {
            String file = c.path("file").asText();
            SnippetFile f = byName.get(file);
            int line = c.path("line").asInt();
            String level = c.path("level").asText();
            String text = "SC" + c.path("code").asText() + " (" + level + "): " + c.path("message").asText()
                    + Regions.suffix(f, line);
            if (FAILING.contains(level)) {
                failing.computeIfAbsent(file, k -> new ArrayList<>()).add(Finding.at(SourceLocation.of(Path.of(file), line), text));
            } else {
                style.computeIfAbsent(file, k -> new ArrayList<>()).add("line " + line + ": " + text);
            }
        }
        long each = (System.nanoTime() - start) / 1_000_000 / files.size();
        for (SnippetFile f : files) {
            List<Finding> fs = failing.getOrDefault(shown(f), List.of());
            List<String> notes = style.get(shown(f));
            String note = notes == null ? null : "style (not failing): " + String.join("; ", notes);
            out.add(new CheckResult(NAME, shown(f), Level.STATIC,
                    fs.isEmpty() ? org.sparkk8s.docs.verifier.Status.PASSED : org.sparkk8s.docs.verifier.Status.FAILED,
                    List.copyOf(fs), note, each, java.time.Instant.now()));
        }
        return out;
    }

    private static String shown(SnippetFile f) {
        return f.shownAs().toString().replace('\\', '/');
    }
}
