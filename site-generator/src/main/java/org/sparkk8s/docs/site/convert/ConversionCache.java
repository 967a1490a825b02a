package org.sparkk8s.docs.site.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Converted pages kept by the hash of everything that went into them, in memory and in
 * {@code target/site-cache/}: a page whose text, included regions and converter are unchanged is
 * never converted again — not within a process, not across {@code serve} rebuilds, and not by the
 * next {@code docs build}, which then does not even start Asciidoctor when nothing changed.
 * An entry is only ever read back under its own hash, so a stale entry cannot be used.
 */
public final class ConversionCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, ConvertedPage> memory = new ConcurrentHashMap<>();

    /** A cache in {@code dir}; null keeps it in memory only. */
    public ConversionCache(Path dir) {
        this.dir = dir;
    }

    public static ConversionCache inMemory() {
        return new ConversionCache(null);
    }

    /** True when the folder holds entries from an earlier build. */
    public boolean hasEntries() {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".json"));
        } catch (IOException e) {
            return false;
        }
    }

    public Optional<ConvertedPage> get(String key) {
        ConvertedPage m = memory.get(key);
        if (m != null || dir == null) {
            return Optional.ofNullable(m);
        }
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ConvertedPage p = JSON.readValue(file.toFile(), ConvertedPage.class);
            memory.put(key, p);
            return Optional.of(p);
        } catch (IOException e) {
            return Optional.empty(); // unreadable: convert again
        }
    }

    public void put(String key, ConvertedPage page) {
        memory.put(key, page);
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            JSON.writeValue(tmp.toFile(), page);
            try {
                Files.move(tmp, dir.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conversion cache in " + dir, e);
        }
    }

    /** Drops every entry but {@code keys}, so the folder holds what the last build used. */
    public void retainOnly(Set<String> keys) {
        memory.keySet().retainAll(keys);
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                String key = name.endsWith(".json") ? name.substring(0, name.length() - 5) : null;
                if (key == null || !keys.contains(key)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
