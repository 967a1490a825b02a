package org.sparkk8s.docs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.convert.AsciidoctorRuntime;
import org.sparkk8s.docs.site.export.MarkdownExport;
import org.sparkk8s.docs.site.export.StaleExport;

/** {@code docs export-markdown}: the guides as GitHub-readable Markdown in {@code markdown/guides/}. */
@Command(name = "export-markdown", mixinStandardHelpOptions = true,
        description = "Write every guide, in both languages, as self-contained GitHub Markdown to markdown/guides/ "
                + "(snippets inlined, links rewritten), with a README.md listing them. --check only compares.")
final class ExportMarkdownCommand implements Callable<Integer> {

    @ParentCommand
    Docs docs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the files (default: markdown/guides).")
    Path out;

    @Option(names = "--check", description = "Write nothing; exit 1 and name the first differing line of each file that is not what an export would write now.")
    boolean check;

    @Override
    public Integer call() {
        Workspace ws = docs.workspace();
        Path dir = out != null ? out.toAbsolutePath().normalize() : ws.root().resolve(MarkdownExport.folder());
        AsciidoctorRuntime.boot(SiteGenerator.fewPages(ws)); // JRuby boots while the catalog is read
        MarkdownExport export = new MarkdownExport(AsciidoctorRuntime.get(), Catalog.load(ws));
        if (check) {
            List<StaleExport> stale = export.staleIn(dir);
            stale.forEach(s -> docs.err().println(docs.terminal().error(s.toString())));
            if (!stale.isEmpty()) {
                return ExitCode.CONTENT;
            }
            docs.out().println(docs.terminal().ok(BuildCommand.display(ws, dir) + " is up to date"));
            return ExitCode.OK;
        }
        MarkdownExport.Written w = export.write(dir);
        docs.out().println(docs.terminal().ok("exported " + (w.changed().size() + w.unchanged().size()) + " files to "
                + BuildCommand.display(ws, dir) + " (" + w.changed().size() + " changed"
                + (w.removed().isEmpty() ? "" : ", removed " + String.join(", ", w.removed())) + ")"));
        return ExitCode.OK;
    }
}
