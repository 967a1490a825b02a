package org.sparkk8s.docs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;

/** {@code docs build}: the whole site into a folder, published only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into target/site (or --out). On any error the previous site stays as it was.")
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    Docs docs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to publish the site (default: target/site).")
    Path out;

    @Override
    public Integer call() {
        Workspace ws = docs.workspace();
        Path target = out != null ? out.toAbsolutePath().normalize() : ws.siteDir();
        long start = System.nanoTime();
        try (SiteGenerator generator = new SiteGenerator(ws)) {
            BuildResult r = generator.build(target);
            for (Problem w : r.warnings()) {
                docs.err().println(docs.terminal().problem(w));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            docs.out().println(docs.terminal().ok("built " + r.written().size() + " pages into " + display(ws, target) + " in " + ms + " ms"));
            if (docs.verbose) {
                docs.out().println("stages (ms): " + r.timings());
            }
            return ExitCode.OK;
        }
    }

    static String display(Workspace ws, Path p) {
        return ws.relative(p).toString();
    }
}
