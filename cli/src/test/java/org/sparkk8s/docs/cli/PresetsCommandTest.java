package org.sparkk8s.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsCommandTest {

    @TempDir
    Path root;

    @BeforeEach
    void workspace() {
        CliRun.workspace("good", root);
    }

    private CliRun presets(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--root";
        all[1] = root.toString();
        all[2] = "presets";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.docs(all);
    }

    @Test
    void listsAndShowsPresets() throws Exception {
        CliRun list = presets("list");
        assertEquals(0, list.exit(), list.err());
        assertEquals("demo  charts/spark-demo  Demo preset\n", list.out());
        assertEquals("demo  charts/spark-demo  Демо-набор\n", presets("list", "--lang", "ru").out());
        CliRun show = presets("show", "demo");
        assertEquals(Files.readString(root.resolve("presets/values-demo.yaml")), show.out());
    }

    @Test
    void copyNeverOverwritesWithoutForceAndPrintsTheHelmCommand() throws Exception {
        Path to = root.resolve("my-values");
        CliRun copy = presets("copy", "demo", "--to", to.toString());
        assertEquals(0, copy.exit(), copy.err());
        assertEquals(Files.readString(root.resolve("presets/values-demo.yaml")), Files.readString(to.resolve("values-demo.yaml")));
        assertTrue(copy.out().contains("helm install spark-demo charts/spark-demo -f " + to.resolve("values-demo.yaml")), copy.out());

        Files.writeString(to.resolve("values-demo.yaml"), "# my edits\n");
        CliRun again = presets("copy", "demo", "--to", to.toString());
        assertEquals(1, again.exit());
        assertEquals(to.resolve("values-demo.yaml") + ": already exists; not overwritten (use --force to replace it)", again.err().strip());
        assertEquals("# my edits\n", Files.readString(to.resolve("values-demo.yaml")));

        assertEquals(0, presets("copy", "demo", "--to", to.toString(), "--force").exit());
        assertEquals(Files.readString(root.resolve("presets/values-demo.yaml")), Files.readString(to.resolve("values-demo.yaml")));
    }

    @Test
    void anUnknownPresetIsAUsageError() {
        CliRun run = presets("show", "nope");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("no preset named 'nope' in presets/presets.yaml (known: demo)"), run.err());
    }

    @Test
    void aBrokenIndexIsAContentErrorWithItsLine() throws Exception {
        Files.writeString(root.resolve("presets/presets.yaml"), "presets:\n  - name: demo\n    file: values-demo.yaml\n    chart: charts/missing\n"
                + "    title: {en: a, ru: b}\n    description: {en: a, ru: b}\n");
        CliRun run = presets("list");
        assertEquals(1, run.exit());
        assertEquals("presets/presets.yaml:2: preset 'demo': chart 'charts/missing' not found (no charts/missing/Chart.yaml)", run.err().strip());
    }
}
