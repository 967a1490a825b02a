package org.sparkk8s.docs.core.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.log.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.guide.IncludeAttributes;
import org.sparkk8s.docs.core.text.SourceText;

/**
 * Proves that our tag extraction selects exactly the lines AsciidoctorJ's own include
 * directive selects, and reports the same problems at the same lines, for tricky fixtures and
 * for every tagged region under the repository's {@code snippets/}.
 */
class TagExtractorEquivalenceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/tags").toAbsolutePath();
    private static final String BEGIN = "BEGIN-INCLUDE-MARKER";
    private static final String END = "END-INCLUDE-MARKER";

    private static Asciidoctor asciidoctor;
    private static final List<String> captured = new ArrayList<>();
    private static final List<LogRecord> logged = new ArrayList<>();

    /** Reads the preprocessed source, where include directives have been replaced by their lines. */
    public static class CapturingPreprocessor extends Preprocessor {
        @Override
        public void process(Document document, PreprocessorReader reader) {
            captured.clear();
            captured.addAll(reader.readLines());
        }
    }

    @BeforeAll
    static void boot() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.javaExtensionRegistry().preprocessor(CapturingPreprocessor.class);
        asciidoctor.registerLogHandler(logged::add);
        // the handler above sees every record; keep the expected warnings off the console
        java.util.logging.Logger.getLogger("asciidoctor").setLevel(java.util.logging.Level.OFF);
    }

    @AfterAll
    static void shutdown() {
        asciidoctor.shutdown();
    }

    /** Asciidoctor's result for {@code include::<file>[<attrlist>]}: lines and normalized warnings. */
    private static Outcome asciidoctor(Path baseDir, String relFile, String attrlist) {
        logged.clear();
        String src = BEGIN + "\ninclude::" + relFile + "[" + attrlist + "]\n" + END + "\n";
        asciidoctor.load(src, Options.builder().safe(SafeMode.SAFE).baseDir(baseDir.toFile()).build());
        int b = captured.indexOf(BEGIN);
        int e = captured.lastIndexOf(END);
        assertTrue(b >= 0 && e > b, "markers not found in preprocessed lines: " + captured);
        List<String> warnings = new ArrayList<>();
        for (LogRecord r : logged) {
            warnings.addAll(normalize(r.getMessage()));
        }
        return new Outcome(List.copyOf(captured.subList(b + 1, e)), warnings);
    }

    private static final Pattern MISMATCHED = Pattern.compile("^mismatched end tag \\(expected '(.*)' but found '(.*)'\\) at line (\\d+) of include");
    private static final Pattern UNEXPECTED = Pattern.compile("^unexpected end tag '(.*)' at line (\\d+) of include");
    private static final Pattern UNCLOSED = Pattern.compile("^detected unclosed tag '(.*)' starting at line (\\d+) of include");
    private static final Pattern NOT_FOUND = Pattern.compile("^tags? '(.*)' not found in include");

    private static List<String> normalize(String message) {
        Matcher m;
        if ((m = MISMATCHED.matcher(message)).find()) {
            return List.of("MISMATCHED_END " + m.group(3) + " " + m.group(2) + " " + m.group(1));
        }
        if ((m = UNEXPECTED.matcher(message)).find()) {
            return List.of("UNEXPECTED_END " + m.group(2) + " " + m.group(1) + " ");
        }
        if ((m = UNCLOSED.matcher(message)).find()) {
            return List.of("UNCLOSED " + m.group(2) + " " + m.group(1) + " ");
        }
        if ((m = NOT_FOUND.matcher(message)).find()) {
            List<String> out = new ArrayList<>();
            for (String t : m.group(1).split(", ")) {
                out.add("NOT_FOUND 0 " + t + " ");
            }
            return out;
        }
        return List.of("OTHER " + message);
    }

    private static Outcome ours(Path file, String attrlist) {
        Map<String, String> attrs = IncludeAttributes.parse(attrlist);
        TagSelection sel = TagSelection.fromAttributes(attrs.get("tag"), attrs.get("tags"));
        TagExtractor.Result r = TagExtractor.extract(SourceText.read(file).lines(), sel, file.getFileName().toString());
        List<String> warnings = new ArrayList<>();
        for (TagExtractor.Warning w : r.warnings()) {
            warnings.add(w.kind() + " " + w.line() + " " + w.tag() + " " + (w.expected() == null ? "" : w.expected()));
        }
        return new Outcome(r.lines(), warnings);
    }

    record Outcome(List<String> lines, List<String> warnings) {
    }

    /** Selections that exercise every branch of Asciidoctor's tag filter. */
    private static List<String> attrlistsFor(Set<String> tags) {
        Set<String> out = new LinkedHashSet<>(List.of(
                "", "tag=", "tag=!", "tags=", "tags=!", "tags=;", "tags=*", "tags=**", "tags=!*", "tags=!**",
                "tags=**;*", "tags=**;!*", "tags=*;**", "tags=!*;**", "tag=missing", "tags=missing;also-missing",
                "tags=\"*,!missing\""));
        List<String> names = new ArrayList<>(tags);
        for (String t : names) {
            out.add("tag=" + t);
            out.add("tag=!" + t);
            out.add("tags=" + t);
            out.add("tags=!" + t);
            out.add("tags=**;!" + t);
            out.add("tags=*;!" + t);
            out.add("tags=!" + t + ";*");
            out.add("tags=!" + t + ";**");
            out.add("tags=" + t + ";missing");
            out.add("tags=\"" + t + ",!" + t + "\"");
        }
        for (int i = 0; i + 1 < names.size(); i++) {
            out.add("tags=" + names.get(i) + ";" + names.get(i + 1));
            out.add("tags=\"" + names.get(i) + "," + names.get(i + 1) + "\"");
            out.add("tags=" + names.get(i) + ";!" + names.get(i + 1));
            out.add("tags=!" + names.get(i) + ";" + names.get(i + 1));
            out.add("tags=" + names.get(i + 1) + ";" + names.get(i));
        }
        return new ArrayList<>(out);
    }

    /** Every tag-like name in a file, well-formed or not, so mismatched fixtures are covered too. */
    private static Set<String> tagNamesIn(Path file) {
        Set<String> names = new LinkedHashSet<>();
        for (String l : SourceText.read(file).lines()) {
            Matcher m = TagExtractor.TAG_DIRECTIVE.matcher(l);
            if (m.find()) {
                names.add(m.group(2));
            }
        }
        return names;
    }

    @TestFactory
    Stream<DynamicTest> fixturesMatchAsciidoctor() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path f : files.sorted().toList()) {
                for (String attrs : attrlistsFor(tagNamesIn(f))) {
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + "[" + attrs + "]", () -> {
                        Outcome expected = asciidoctor(FIXTURES, f.getFileName().toString(), attrs);
                        Outcome actual = ours(f, attrs);
                        assertEquals(expected.lines(), actual.lines(), "lines");
                        assertEquals(expected.warnings(), actual.warnings(), "warnings");
                    }));
                }
            }
        }
        assertTrue(tests.size() > 300, "the fixture set shrank: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRepositorySnippetRegionMatchesAsciidoctor() throws IOException {
        Workspace ws = Workspace.discover(Path.of("")).orElseThrow();
        Path snippets = ws.snippetsDir();
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(snippets)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = snippets.relativize(f).toString().replace('\\', '/');
            SnippetFile sf = SnippetFile.parse(rel, SourceText.read(f));
            List<String> attrlists = new ArrayList<>(List.of("", "tags=**", "tags=*"));
            sf.tagNames().forEach(t -> attrlists.add("tag=" + t));
            for (String attrs : attrlists) {
                tests.add(DynamicTest.dynamicTest(rel + "[" + attrs + "]", () -> {
                    Outcome expected = asciidoctor(snippets, rel, attrs);
                    Outcome actual = ours(f, attrs);
                    assertEquals(expected.lines(), actual.lines(), "lines");
                    assertEquals(expected.warnings(), actual.warnings(), "warnings");
                    assertTrue(actual.warnings().isEmpty(), "repository snippets must be well-formed: " + actual.warnings());
                }));
            }
        }
        assertFalse(files.stream().noneMatch(f -> !tagNamesIn(f).isEmpty()),
                "no tagged snippet under " + snippets + ": nothing to prove");
        return tests.stream();
    }
}
