package org.sparkk8s.docs.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the source folders (recursively, including folders created later) and hands each
 * burst of changes to a callback as one set of absolute paths. A burst ends after
 * {@link #QUIET_MILLIS} without events: an editor's save is often two events (truncate, write)
 * and the file must be read after the second. Editor scratch files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    /** How long the watcher waits for more events before it reports a burst. */
    public static final long QUIET_MILLIS = 8;

    private final WatchService service;
    private final Path root;
    private final Set<Path> tops;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /** Watches {@code folders} (below {@code root}; they may not exist yet) and calls {@code onChange} from its own thread. */
    public SourceWatcher(Path root, List<Path> folders, Consumer<Set<Path>> onChange) {
        this.root = root.toAbsolutePath().normalize();
        this.tops = new LinkedHashSet<>();
        folders.forEach(f -> tops.add(f.toAbsolutePath().normalize()));
        try {
            this.service = FileSystems.getDefault().newWatchService();
            // the root itself, to notice a watched folder that is created after start
            keys.put(this.root.register(service, StandardWatchEventKinds.ENTRY_CREATE), this.root);
            for (Path top : tops) {
                registerTree(top);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(() -> loop(onChange), "source-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
                WatchKey k = d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                keys.put(k, d);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path p = dir.resolve((Path) event.context()).toAbsolutePath().normalize();
            boolean watched = tops.stream().anyMatch(p::startsWith);
            if (!watched) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).filter(SourceWatcher::interesting).forEach(changed::add);
                    }
                } catch (IOException e) {
                    // the folder went away again
                }
            } else if (interesting(p)) {
                changed.add(p);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** False for editor scratch files (.swp, ~, 4913, hidden files). */
    static boolean interesting(Path p) {
        String n = p.getFileName().toString();
        return !(n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx") || n.equals("4913")
                || n.endsWith(".tmp"));
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
