package org.sparkk8s.docs.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository the docs live in, and where each kind of source sits in it. */
public final class Workspace {

    private final Path root;

    private Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static Workspace at(Path root) {
        return new Workspace(root);
    }

    /** The nearest folder at or above {@code from} that has {@code guides-en/} or {@code snippets/}. */
    public static Optional<Workspace> discover(Path from) {
        for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("guides-en")) || Files.isDirectory(p.resolve("snippets"))) {
                return Optional.of(new Workspace(p));
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public Path guidesDir(Language language) {
        return root.resolve("guides-" + language.code());
    }

    /** Site pages that are not guides (home, presets, glossary). */
    public Path contentDir(Language language) {
        return root.resolve("content").resolve(language.code());
    }

    public Path contentDir() {
        return root.resolve("content");
    }

    public Path snippetsDir() {
        return root.resolve("snippets");
    }

    public Path presetsDir() {
        return root.resolve("presets");
    }

    public Path chartsDir() {
        return root.resolve("charts");
    }

    public Path targetDir() {
        return root.resolve("target");
    }

    /** Where {@code docs build} publishes the site. */
    public Path siteDir() {
        return targetDir().resolve("site");
    }

    public Path verificationDir() {
        return targetDir().resolve("verification");
    }

    /** {@code file} relative to the root, for messages; unchanged when it lies outside. */
    public Path relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : file;
    }

    /** True when {@code file}, once normalized, lies inside the repository. */
    public boolean contains(Path file) {
        return file.toAbsolutePath().normalize().startsWith(root);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
