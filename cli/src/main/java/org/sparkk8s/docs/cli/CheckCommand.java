package org.sparkk8s.docs.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.check.SiteCheck;

/** {@code docs check}: includes, tags, unused snippets and the links of a fresh build. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that every include resolves and every tag exists, that every snippet file is included "
                + "or linked by a page, and that the built site has no broken link or anchor. The published site is not touched.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Docs docs;

    @Override
    public Integer call() {
        List<Problem> problems;
        try (SiteGenerator generator = new SiteGenerator(docs.workspace())) {
            problems = SiteCheck.run(generator);
        }
        long errors = problems.stream().filter(Problem::isError).count();
        for (Problem p : problems) {
            docs.err().println(docs.terminal().problem(p));
        }
        if (errors > 0) {
            docs.err().println(docs.terminal().error(errors + (errors == 1 ? " problem" : " problems") + " found"));
            return ExitCode.CONTENT;
        }
        docs.out().println(docs.terminal().ok("check passed"));
        return ExitCode.OK;
    }
}
