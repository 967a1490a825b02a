package org.sparkk8s.docs.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sparkk8s.docs.site.FileTrees;

/**
 * Publishes a site all at once: the build writes into a fresh folder next to the target, and
 * only when everything succeeded is the folder renamed into place. A failed build leaves the
 * previous site exactly as it was.
 */
public final class Publisher {

    private final Path target;

    public Publisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    /** A new empty folder beside the target (same file system, so the final rename is cheap). */
    public Path begin() {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target, e);
        }
    }

    /** Puts the finished {@code staged} folder in place of the target and removes the old site. */
    public void commit(Path staged) {
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staged, target);
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                try {
                    move(old, target);
                    old = null;
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw new UncheckedIOException("cannot publish the site to " + target, e);
        } finally {
            if (old != null) {
                FileTrees.delete(old);
            }
        }
    }

    /** Drops an unfinished folder; the target is not touched. */
    public void abort(Path staged) {
        FileTrees.delete(staged);
    }

    /**
     * Replaces one file of the published site (used by {@code docs serve} for a changed page):
     * written beside it and renamed, so the server never sends a half-written page.
     */
    public void replaceFile(String sitePath, byte[] content) {
        Path file = target.resolve(sitePath).normalize();
        if (!file.startsWith(target)) {
            throw new IllegalArgumentException("outside the site: " + sitePath);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes one file of the published site, if present. */
    public void deleteFile(String sitePath) {
        Path file = target.resolve(sitePath).normalize();
        if (file.startsWith(target)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
