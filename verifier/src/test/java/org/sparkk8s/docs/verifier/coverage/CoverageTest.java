package org.sparkk8s.docs.verifier.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.plan.Plan;

class CoverageTest {

    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    private Coverage coverage() {
        Catalog c = Catalog.load(Workspace.at(root));
        return Coverage.of(c, Plan.read(c));
    }

    @Test
    void aStepRunningAnEnclosingRegionCoversTheRegionsInsideAndAMultiTagIncludeIsComparedLineByLine() throws IOException {
        write("snippets/t/a.sh", "# tag::all[]\n# tag::one[]\necho 1\n# end::one[]\n# tag::two[]\necho 2\n# end::two[]\n# end::all[]\n"
                + "# tag::three[]\necho 3\n# end::three[]\n");
        write("snippets/t/verify.yaml", "scenarios:\n  - id: s\n    guide: g\n    steps:\n      - run: t/a.sh#all\n");
        String guide = "= G\n\n----\ninclude::{snippets}/t/a.sh[tag=one]\n----\n\n----\ninclude::{snippets}/t/a.sh[tags=two;three]\n----\n";
        write("guides-en/g.adoc", guide);
        write("guides-ru/g.adoc", guide);
        Coverage c = coverage();
        assertEquals(Coverage.State.RUN, c.entries().get(0).state());
        assertEquals(List.of("s"), c.entries().get(0).scenarios());
        Coverage.Entry partial = c.entries().get(1);
        assertEquals(Coverage.State.UNCOVERED, partial.state());
        assertEquals(Set.of(10), partial.missingLines());
        assertEquals("guides-en/g.adoc:8: includes snippets/t/a.sh[tags=two;three], which no scenario step runs and which "
                + "is not exempt (line 10 of it is not run)", c.uncovered().get(0).toString());
        assertEquals(50.0, c.guides().get("g").languages().get(Language.RU).percent());
        assertTrue(c.guides().get("g").identical());
    }

    @Test
    void exemptLinesCoverAndTranslationsThatIncludeDifferentSnippetsAreFlagged() throws IOException {
        write("snippets/t/a.sh", "# tag::one[]\necho 1\n# end::one[]\n# tag::two[]\necho 2\n# end::two[]\n");
        write("snippets/t/verify.yaml", "scenarios: []\nexempt:\n  t/a.sh: needs a cluster\n");
        write("guides-en/g.adoc", "= G\n\n----\ninclude::{snippets}/t/a.sh[tag=one]\n----\n\n----\ninclude::{snippets}/t/a.sh[tag=two]\n----\n");
        write("guides-ru/g.adoc", "= Г\n\n----\ninclude::{snippets}/t/a.sh[tag=one]\n----\n");
        Coverage c = coverage();
        assertEquals(List.of(), c.uncovered().stream().map(Finding::toString).toList());
        assertEquals("needs a cluster", c.entries().get(0).exemptReason());
        assertFalse(c.guides().get("g").identical());
        assertEquals("the translations include different snippets; only en: t/a.sh#two", c.guides().get("g").difference());
    }
}
