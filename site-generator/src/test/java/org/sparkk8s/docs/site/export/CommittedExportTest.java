package org.sparkk8s.docs.site.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.site.convert.AsciidoctorRuntime;

/** The exports committed in {@code markdown/guides/} are exactly what {@code docs export-markdown} writes from the guides now. */
class CommittedExportTest {

    @Test
    void theCommittedExportsAreCurrent() {
        Workspace ws = Workspace.discover(Path.of("")).orElseThrow();
        List<StaleExport> stale = new MarkdownExport(AsciidoctorRuntime.get(), Catalog.load(ws))
                .staleIn(ws.root().resolve(MarkdownExport.folder()));
        if (!stale.isEmpty()) {
            fail("the Markdown exports in markdown/guides/ are not what the guides give now; run ./docs export-markdown and commit the result:\n"
                    + String.join("\n", stale.stream().map(StaleExport::toString).toList()));
        }
    }
}
