package org.sparkk8s.docs.site.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from its folder: GET and HEAD only (405 otherwise), and nothing outside
 * the folder — {@code ..} segments, encoded or not, are refused and a symbolic link that leads
 * out of it is not followed. Missing files get the site's {@code 404.html}. With live reload on,
 * HTML pages are sent with the reload script added (the files themselves are not changed).
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("sh", "text/plain; charset=utf-8"),
            Map.entry("yaml", "text/plain; charset=utf-8"),
            Map.entry("yml", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<Path> site;
    private final LiveReload liveReload;
    /** HTML added before {@code </body>} of every page served, by request path (the review link of docs serve). */
    private final List<Function<String, String>> additions = new CopyOnWriteArrayList<>();

    private SiteServer(HttpServer server, ExecutorService executor, Supplier<Path> site, LiveReload liveReload) {
        this.server = server;
        this.executor = executor;
        this.site = site;
        this.liveReload = liveReload;
    }

    /**
     * Starts serving the folder {@code site} supplies (read per request, so a rebuilt site is
     * served at once) on {@code address}; {@code liveReload} may be null.
     */
    public static SiteServer start(InetSocketAddress address, Supplier<Path> site, LiveReload liveReload) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        SiteServer s = new SiteServer(server, executor, site, liveReload);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The root URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /**
     * Serves pages made on request under {@code prefix} (e.g. {@code /review/}): {@code pages}
     * gives the HTML for a raw request path, or empty for a 404. They are never files of the site.
     */
    public void mount(String prefix, Function<String, Optional<String>> pages) {
        server.createContext(prefix, exchange -> {
            try (exchange) {
                boolean head = exchange.getRequestMethod().equals("HEAD");
                if (!head && !exchange.getRequestMethod().equals("GET")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
                    return;
                }
                String rawPath = exchange.getRequestURI().getRawPath();
                Optional<String> html;
                try {
                    html = pages.apply(rawPath);
                } catch (RuntimeException e) {
                    // a page made on request failed: say so in the browser rather than drop the connection
                    send(exchange, 500, "text/plain; charset=utf-8", ("500 " + e + "\n").getBytes(StandardCharsets.UTF_8), head);
                    return;
                }
                if (html.isEmpty()) {
                    notFound(exchange, site.get(), head, rawPath);
                    return;
                }
                String type = TYPES.get("html");
                send(exchange, 200, type, inject(type, html.get().getBytes(StandardCharsets.UTF_8), rawPath), head);
            } catch (IOException e) {
                // the client went away
            }
        });
    }

    /** Adds {@code html(requestPath)} before {@code </body>} of every HTML page this server sends. */
    public void addToPages(Function<String, String> html) {
        additions.add(html);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (liveReload != null && exchange.getRequestMethod().equals("GET")
                && exchange.getRequestURI().getRawPath().equals(LiveReload.EVENTS)) {
            liveReload.open(exchange); // stays open: the exchange belongs to the event stream now
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (liveReload != null && rawPath.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), LiveReload.client(), head);
                return;
            }
            Path root = site.get();
            Path file = root == null ? null : SitePaths.resolve(root, rawPath);
            if (file == null) {
                notFound(exchange, root, head, rawPath);
                return;
            }
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                notFound(exchange, root, head, rawPath);
                return;
            }
            String type = type(file);
            send(exchange, 200, type, inject(type, body, rawPath), head);
        } catch (IOException e) {
            // the client went away
        }
    }

    private void notFound(HttpExchange exchange, Path root, boolean head, String rawPath) throws IOException {
        byte[] body = "404 not found\n".getBytes(StandardCharsets.UTF_8);
        String type = "text/plain; charset=utf-8";
        if (root != null && Files.isRegularFile(root.resolve("404.html"))) {
            body = inject(TYPES.get("html"), Files.readAllBytes(root.resolve("404.html")), rawPath);
            type = TYPES.get("html");
        }
        send(exchange, 404, type, body, head);
    }

    /** Adds the live-reload script (when live reload is on) and the additions before {@code </body>} of an HTML page. */
    private byte[] inject(String type, byte[] body, String rawPath) {
        if (liveReload == null && additions.isEmpty() || !type.startsWith("text/html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        int at = html.lastIndexOf("</body>");
        if (at < 0) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
        out.writeBytes(html.substring(0, at).getBytes(StandardCharsets.UTF_8));
        for (Function<String, String> addition : additions) {
            out.writeBytes(addition.apply(rawPath).getBytes(StandardCharsets.UTF_8));
        }
        if (liveReload != null) {
            out.writeBytes(LiveReload.SCRIPT_TAG.getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(html.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
