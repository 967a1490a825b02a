package org.sparkk8s.docs.core.translation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.sparkk8s.docs.core.Workspace;

/**
 * The versions English files had, read from git — the only place core starts a process. It reads
 * ({@code rev-parse}, {@code hash-object}, {@code cat-file}, {@code log}); its one write,
 * {@link #store}, adds a file's version to the object database for {@code docs translations mark},
 * touching no index, ref or working file. Without git (no repository, or no {@code git} command)
 * it knows only the files as they are now.
 */
public final class EnglishHistory {

    /** A commit that changed a file; {@code blob} is the file's blob id after it, null when it deleted the file. */
    public record Revision(String commit, OffsetDateTime date, String blob) {
    }

    private final Workspace workspace;
    private final String unavailable;
    private final boolean shallow;
    private final Map<Path, List<Revision>> revisions = new HashMap<>();
    private final Map<String, Optional<String>> texts = new HashMap<>();
    /** Blob ids of files as they are now, hashed in one process for all pages (a process each would cost more). */
    private final Map<Path, TranslationSource> blobsNow = new HashMap<>();

    private EnglishHistory(Workspace workspace, String unavailable, boolean shallow) {
        this.workspace = workspace;
        this.unavailable = unavailable;
        this.shallow = shallow;
    }

    /** The history of the repository {@code workspace} lies in, if git is there to read it. */
    public static EnglishHistory of(Workspace workspace) {
        Result probe;
        try {
            probe = run(workspace, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository");
        } catch (IOException e) {
            return new EnglishHistory(workspace, "no git command on this machine", false);
        }
        if (probe.exit() != 0) {
            return new EnglishHistory(workspace, "not in a git repository", false);
        }
        return new EnglishHistory(workspace, null, probe.text().contains("\ntrue") || probe.text().endsWith("true"));
    }

    /** A history that never asks git, as on a machine without it. */
    public static EnglishHistory without(Workspace workspace, String why) {
        return new EnglishHistory(workspace, why, false);
    }

    public boolean available() {
        return unavailable == null;
    }

    /** Why there is no history, or null. */
    public String unavailableReason() {
        return unavailable;
    }

    /** A shallow clone lacks old versions; a source it cannot find is then no error. */
    public boolean shallow() {
        return shallow;
    }

    /**
     * The version of {@code file} (repository-relative) as it is now, named in {@code scheme}: a
     * blob id as {@code git hash-object} gives it (which applies the repository's filters), or
     * the content hash.
     */
    public TranslationSource current(Path file, TranslationSource.Scheme scheme) {
        byte[] bytes = bytes(workspace.root().resolve(file));
        if (scheme == TranslationSource.Scheme.SHA256) {
            return TranslationSource.contentHashOf(bytes);
        }
        if (available()) {
            hashAll(List.of(file));
            TranslationSource known = blobsNow.get(file);
            if (known != null) {
                return known;
            }
        }
        return TranslationSource.blobOf(bytes);
    }

    /** Hashes the files (repository-relative) as they are now, in one git process, for {@link #current}. */
    public void hashAll(java.util.Collection<Path> files) {
        List<Path> todo = files.stream().filter(f -> !blobsNow.containsKey(f)).distinct().toList();
        if (!available() || todo.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("hash-object", "--"));
        todo.forEach(f -> args.add(slashes(f)));
        Result r = git(args.toArray(String[]::new));
        String[] ids = r.text().strip().split("\n");
        if (r.exit() == 0 && ids.length == todo.size()) {
            for (int i = 0; i < ids.length; i++) {
                blobsNow.put(todo.get(i), new TranslationSource(TranslationSource.Scheme.GIT_BLOB, ids[i].strip()));
            }
        }
    }

    /** The scheme {@code mark} records in this repository: blob ids with git, content hashes without. */
    public TranslationSource.Scheme scheme() {
        return available() ? TranslationSource.Scheme.GIT_BLOB : TranslationSource.Scheme.SHA256;
    }

    /**
     * Adds the version of {@code file} (repository-relative) as it is now to git's object database,
     * as {@code git add} would but without staging it, so that the English a translation was marked
     * against can be read back even if it changes again before it is committed. True when stored.
     */
    public boolean store(Path file) {
        if (!available()) {
            return false;
        }
        Result r = git("hash-object", "-w", "--", slashes(file));
        return r.exit() == 0;
    }

    /** True when the repository has the blob. */
    public boolean knows(String blobId) {
        if (!available()) {
            return false;
        }
        Result r = git("cat-file", "-t", blobId);
        return r.exit() == 0 && r.text().strip().equals("blob");
    }

    /** The text of a blob, if the repository has it. */
    public Optional<String> text(String blobId) {
        return texts.computeIfAbsent(blobId, id -> {
            if (!available()) {
                return Optional.empty();
            }
            Result r = git("cat-file", "blob", id);
            return r.exit() == 0 ? Optional.of(r.text()) : Optional.empty();
        });
    }

    /** The commits that changed {@code file} (repository-relative), newest first. */
    public List<Revision> revisions(Path file) {
        return revisions.computeIfAbsent(file, f -> {
            if (!available()) {
                return List.of();
            }
            Result r = git("log", "--format=%x1e%H%x1f%cI", "--raw", "--no-abbrev", "--no-renames", "--", slashes(f));
            if (r.exit() != 0) {
                return List.of();
            }
            List<Revision> out = new ArrayList<>();
            for (String record : r.text().split("\u001e")) {
                if (record.isBlank()) {
                    continue;
                }
                String[] lines = record.split("\n");
                String[] head = lines[0].split("\u001f");
                String blob = null;
                boolean changed = false;
                for (String l : lines) {
                    if (l.startsWith(":")) {
                        String[] fields = l.substring(1).split("[ \t]");
                        if (fields.length >= 5) {
                            changed = true;
                            blob = fields[4].startsWith("D") || fields[3].chars().allMatch(c -> c == '0') ? null : fields[3];
                        }
                    }
                }
                if (!changed || head.length < 2) {
                    continue; // a merge that took one side's version: no change of its own
                }
                try {
                    out.add(new Revision(head[0], OffsetDateTime.parse(head[1].strip()), blob));
                } catch (DateTimeParseException e) {
                    // not a commit line we understand; skip it rather than guess a date
                }
            }
            return List.copyOf(out);
        });
    }

    private Result git(String... args) {
        try {
            return run(workspace, args);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git", e);
        }
    }

    private record Result(int exit, String text) {
    }

    private static Result run(Workspace workspace, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", workspace.root().toString(), "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // read-only commands must not take the index lock, so a check never blocks a running git
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            out = buffer.toByteArray();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Result(-1, "");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String slashes(Path file) {
        return file.toString().replace('\\', '/');
    }
}
