package org.sparkk8s.docs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository in a test's temporary folder, with commits at fixed dates. */
record TestGit(Path root) {

    static TestGit init(Path root) {
        TestGit g = new TestGit(root);
        g.run(null, "init", "-q", "-b", "main");
        return g;
    }

    /** Commits everything at {@code isoDate}; returns the commit id. */
    String commit(String message, String isoDate) {
        run(null, "add", "-A");
        run(isoDate, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
        return run(null, "rev-parse", "HEAD").strip();
    }

    String run(String date, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
