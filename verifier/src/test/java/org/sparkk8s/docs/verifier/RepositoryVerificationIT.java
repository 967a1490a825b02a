package org.sparkk8s.docs.verifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.testing.TestFiles;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.Summary;

/**
 * {@code mvn verify}: the static and render tiers over the whole repository, exactly as
 * {@code docs verify} runs them, writing the report the site reads. Fails listing every failure.
 */
class RepositoryVerificationIT {

    private static Path repository() {
        return Path.of(System.getProperty("verify.repository", "..")).toAbsolutePath().normalize();
    }

    @Test
    void staticAndRenderTiersPassOverTheWholeRepository() {
        Workspace ws = Workspace.at(repository());
        Report r = Verifier.verify(ws, Verifier.Options.upTo(Level.RENDER));
        List<String> lines = Summary.failureLines(r);
        assertTrue(r.ok(), () -> lines.size() + " verification failure(s):\n" + String.join("\n", lines) + "\n"
                + String.join("\n", Summary.summaryLines(r)));
        System.out.println(String.join("\n", Summary.summaryLines(r)));
    }

    @Test
    void theSameRunFailsOnACopyOfTheRepositoryWithAPresetTypo(@TempDir Path copy) throws IOException {
        Path presets = repository().resolve("presets/presets.yaml");
        assumeTrue(Files.isRegularFile(presets), "no presets to break");
        Matcher file = Pattern.compile("(?m)^\\s*file:\\s*(\\S+)").matcher(Files.readString(presets));
        assumeTrue(file.find(), "no preset file listed");
        for (String dir : new String[] {"charts", "presets", "snippets", "guides-en", "guides-ru", "content"}) {
            if (Files.isDirectory(repository().resolve(dir))) {
                TestFiles.copyTree(repository().resolve(dir), copy.resolve(dir));
            }
        }
        Path preset = copy.resolve("presets").resolve(file.group(1));
        List<String> text = Files.readAllLines(preset);
        Files.writeString(preset, String.join("\n", text) + "\nnoSuchValue: 1\n");
        Report r = Verifier.verify(Workspace.at(copy), Verifier.Options.upTo(Level.STATIC).withReportDir(copy.resolve("report")));
        assertFalse(r.ok());
        String expected = "presets/" + file.group(1) + ":" + (text.size() + 1) + ": key 'noSuchValue' is not allowed by the chart's schema";
        assertTrue(Summary.failureLines(r).stream().anyMatch(l -> l.startsWith(expected)),
                () -> "expected a failure starting with\n  " + expected + "\ngot\n  " + String.join("\n  ", Summary.failureLines(r)));
    }
}
