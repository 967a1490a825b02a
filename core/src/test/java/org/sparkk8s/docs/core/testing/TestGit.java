package org.sparkk8s.docs.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a test's temporary folder, with commits at fixed dates. Shared with the
 * other modules' tests through core's test jar.
 */
public final class TestGit {

    private final Path root;

    private TestGit(Path root) {
        this.root = root;
    }

    public static TestGit init(Path root) {
        TestGit g = new TestGit(root);
        g.run("init", "-q", "-b", "main");
        return g;
    }

    /** Commits everything at {@code isoDate} (e.g. {@code 2025-03-14T10:00:00+00:00}); returns the commit id. */
    public String commit(String message, String isoDate) {
        run("add", "-A");
        runAt(isoDate, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
        return run("rev-parse", "HEAD").strip();
    }

    public String run(String... args) {
        return runAt(null, args);
    }

    private String runAt(String date, String... args) {
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
