package org.sparkk8s.docs.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Tells the pages open in browsers that the site changed, over Server-Sent Events: each page
 * served by {@code docs serve} carries a small script that listens on {@link #EVENTS} and reloads
 * when its own file was rewritten, or shows the build error when a rebuild failed.
 */
public final class LiveReload implements AutoCloseable {

    public static final String EVENTS = "/__live/events";
    public static final String SCRIPT = "/__live/reload.js";

    /** Injected into every HTML page served; never written into the built site. */
    public static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\"></script>";

    private static final String CLIENT = """
            (function () {
              'use strict';
              if (!window.EventSource) { return; }
              var here = decodeURIComponent(location.pathname);
              if (here.charAt(here.length - 1) === '/') { here += 'index.html'; }
              var source = new EventSource('%s');
              source.addEventListener('reload', function (event) {
                var paths = JSON.parse(event.data);
                if (paths.indexOf('*') >= 0 || paths.indexOf(here) >= 0) { location.reload(); }
              });
              source.addEventListener('failed', function (event) {
                var box = document.getElementById('docs-serve-error') || document.createElement('pre');
                box.id = 'docs-serve-error';
                box.textContent = JSON.parse(event.data).join('\\n');
                box.style.cssText = 'position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:99;margin:0;padding:1rem;'
                  + 'white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;color:#fff;background:#b42318;border-radius:6px;';
                document.body.appendChild(box);
              });
              window.addEventListener('pagehide', function () { source.close(); });
            })();
            """.formatted(EVENTS);

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-reload-ping");
        t.setDaemon(true);
        return t;
    });

    public LiveReload() {
        keepAlive.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** Answers a request for the event stream and keeps it open. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    static byte[] client() {
        return CLIENT.getBytes(StandardCharsets.UTF_8);
    }

    /** Pages at these URL paths ({@code /en/x.html}, or {@code *} for all) should reload. */
    public void reload(List<String> urlPaths) {
        send("event: reload\ndata: " + json(urlPaths) + "\n\n");
    }

    /** A rebuild failed; the open pages show why. */
    public void failed(List<String> messages) {
        send("event: failed\ndata: " + json(messages) + "\n\n");
    }

    public int listeners() {
        return listeners.size();
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the browser is gone
                }
            }
        }
    }

    private static String json(List<String> values) {
        StringBuilder s = new StringBuilder("[");
        for (String v : values) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"');
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    case '\t' -> s.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            s.append(String.format("\\u%04x", (int) c));
                        } else {
                            s.append(c);
                        }
                    }
                }
            }
            s.append('"');
        }
        return s.append(']').toString();
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        listeners.clear();
    }
}
