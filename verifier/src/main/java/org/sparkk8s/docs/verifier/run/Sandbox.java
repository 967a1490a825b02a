package org.sparkk8s.docs.verifier.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.sparkk8s.docs.core.Workspace;

/**
 * A private copy of the repository for one scenario, so that its steps start from what a fresh
 * clone has (no {@code charts/<chart>/charts/} left by another scenario's
 * {@code helm dependency build}) and cannot change the sources. What is copied: the files git
 * would check out plus untracked files that are not ignored ({@code git ls-files}); outside a git
 * work tree, every file except {@code .git}, {@code target} and {@code node_modules}. Java module
 * folders (those with a {@code pom.xml}) are never copied: guides do not run them. A sandbox is
 * {@link #reset()} between the scenarios one worker runs, rather than copied anew.
 */
public final class Sandbox implements AutoCloseable {

    private static final Set<String> NEVER = Set.of(".git", "target", "node_modules", ".idea", ".vscode");

    private final Path root;
    private final Path source;
    private final List<Path> files;
    /** Size and modification time of each copied file, to find what a scenario changed. */
    private final java.util.Map<Path, String> stamps = new java.util.HashMap<>();

    private Sandbox(Path root, Path source, List<Path> files) {
        this.root = root;
        this.source = source;
        this.files = files;
    }

    /** The files to copy for {@code ws}, repository-relative; list once per run and reuse. */
    public static List<Path> files(Workspace ws) {
        List<Path> fromGit = gitFiles(ws.root());
        List<Path> all = fromGit != null && !fromGit.isEmpty() ? fromGit : walk(ws.root());
        List<Path> out = new ArrayList<>();
        for (Path p : all) {
            if (p.getNameCount() > 1 && Files.isRegularFile(ws.root().resolve(p.getName(0)).resolve("pom.xml"))) {
                continue;
            }
            boolean skip = false;
            for (Path part : p) {
                skip |= NEVER.contains(part.toString());
            }
            if (!skip && Files.isRegularFile(ws.root().resolve(p))) {
                out.add(p);
            }
        }
        return out;
    }

    public static Sandbox copy(Workspace ws, List<Path> files) {
        try {
            Sandbox s = new Sandbox(Files.createTempDirectory("docs-verify-"), ws.root(), files);
            for (Path f : files) {
                s.copyIn(f);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the repository into a sandbox", e);
        }
    }

    private void copyIn(Path f) throws IOException {
        Path target = root.resolve(f.toString());
        Files.createDirectories(target.getParent());
        try {
            Files.copy(source.resolve(f), target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            stamps.put(f, stamp(target));
        } catch (java.nio.file.NoSuchFileException gone) {
            // deleted since the listing (an editor's temp file): a fresh clone would not have it either
        }
    }

    private static String stamp(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return a.size() + ":" + a.lastModifiedTime().toMillis() + ":" + a.isRegularFile();
    }

    /**
     * Puts the sandbox back as it was copied, for the next scenario: what a scenario created is
     * removed (a {@code charts/<chart>/charts/} folder, a {@code Chart.lock}) and what it changed is
     * copied again. Much cheaper than a new copy.
     */
    public void reset() {
        try {
            java.util.Set<Path> dirs = new java.util.HashSet<>();
            for (Path f : stamps.keySet()) {
                for (Path d = f.getParent(); d != null; d = d.getParent()) {
                    dirs.add(d);
                }
            }
            List<Path> all;
            try (Stream<Path> w = Files.walk(root)) {
                all = w.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : all) {
                if (p.equals(root)) {
                    continue;
                }
                Path rel = root.relativize(p);
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    if (!dirs.contains(rel)) {
                        Files.delete(p);
                    }
                } else if (!stamps.containsKey(rel)) {
                    Files.delete(p);
                } else if (!stamps.get(rel).equals(stamp(p))) {
                    copyIn(rel);
                }
            }
            for (Path f : stamps.keySet()) {
                if (!Files.exists(root.resolve(f.toString()))) {
                    copyIn(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the sandbox " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** {@code p} (inside the sandbox) as a repository-relative path, for messages. */
    public Path shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : p;
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is not worth failing a verification for
        }
    }

    private static List<Path> gitFiles(Path root) {
        if (!Files.exists(root.resolve(".git")) && !insideGit(root)) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z", "--cached", "--others",
                    "--exclude-standard").redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            List<Path> files = new ArrayList<>();
            for (String f : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!f.isEmpty()) {
                    files.add(Path.of(f));
                }
            }
            return files;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static boolean insideGit(Path root) {
        for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> walk(Path root) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && NEVER.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    out.add(root.relativize(file));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
