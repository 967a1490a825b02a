package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.preset.Preset;
import org.sparkk8s.docs.core.preset.PresetIndex;

/** Every preset of this repository copies, refuses to overwrite a copy, and replaces it with --force. */
class RepositoryPresetsCopyTest {

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyPresetCopyRefusesToOverwrite() {
        Workspace ws = Workspace.discover(Path.of("")).orElseThrow();
        List<Preset> presets = PresetIndex.load(ws).all();
        assertFalse(presets.isEmpty(), "presets/presets.yaml lists no preset");
        return presets.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Path to = out.resolve(p.name());
            Path copied = to.resolve(p.file());
            String original = Files.readString(ws.root().resolve(p.path()));
            String root = ws.root().toString();

            CliRun first = CliRun.docs("--root", root, "presets", "copy", p.name(), "--to", to.toString());
            assertEquals(0, first.exit(), first.err());
            assertEquals(original, Files.readString(copied));
            assertTrue(first.out().contains("-f " + copied), first.out());

            Files.writeString(copied, "# edited by the user\n");
            CliRun again = CliRun.docs("--root", root, "presets", "copy", p.name(), "--to", to.toString());
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("not overwritten"), again.err());
            assertEquals("# edited by the user\n", Files.readString(copied));

            CliRun forced = CliRun.docs("--root", root, "presets", "copy", p.name(), "--to", to.toString(), "--force");
            assertEquals(0, forced.exit(), forced.err());
            assertEquals(original, Files.readString(copied));
        }));
    }
}
