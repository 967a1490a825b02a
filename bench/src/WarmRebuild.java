import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.BuildResult;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.serve.ServeSession;

/**
 * The warm path of {@code docs serve}, timed: starts a serve session in this process (server,
 * watcher, one warm Asciidoctor), then changes one guide N times and measures each time from the
 * write of the guide to the moment its page on disk holds the change.
 * usage: WarmRebuild WORKSPACE GUIDE (repository-relative) [N=30]
 */
public class WarmRebuild {
    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.at(Path.of(args[0]));
        Path guide = ws.root().resolve(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String name = guide.getFileName().toString();
        String lang = guide.getParent().getFileName().toString().replace("guides-", "");
        Path page = ws.siteDir().resolve(lang).resolve(name.substring(0, name.lastIndexOf('.')) + ".html");
        String original = Files.readString(guide, StandardCharsets.UTF_8);
        LinkedBlockingQueue<BuildResult> rebuilt = new LinkedBlockingQueue<>();
        List<Double> millis = new ArrayList<>();
        try (SiteGenerator generator = new SiteGenerator(ws, true);
             ServeSession session = ServeSession.start(generator, ws.siteDir(), new InetSocketAddress("127.0.0.1", 0),
                     new PrintWriter(new StringWriter()))) {
            session.onRebuilt(rebuilt::add);
            for (int i = 0; i < n + 3; i++) {
                String marker = "warm-rebuild-marker-" + i + "-" + System.nanoTime();
                String changed = original.replaceFirst("\n\n", "\n\n" + marker + "\n\n");
                long start = System.nanoTime();
                Files.writeString(guide, changed, StandardCharsets.UTF_8);
                while (!Files.readString(page, StandardCharsets.UTF_8).contains(marker)) {
                    if (System.nanoTime() - start > 60_000_000_000L) {
                        throw new IllegalStateException("the page was not rewritten within a minute");
                    }
                    Thread.sleep(0, 250_000); // polls without taking a core from the rebuild
                }
                double ms = (System.nanoTime() - start) / 1e6;
                BuildResult r = rebuilt.poll(60, TimeUnit.SECONDS);
                if (r == null) {
                    throw new IllegalStateException("no rebuild finished");
                }
                if (System.getenv("WARM_REBUILD_STAGES") != null) {
                    System.out.printf("%.1f ms to the page; stages %s%n", (System.nanoTime() - start) / 1e6 > 0 ? ms : 0, r.timings());
                }
                Thread.sleep(150);
                rebuilt.clear();
                if (i >= 3) { // the first changes warm the JIT up, as the first edits of a session do
                    millis.add(ms);
                }
            }
        } finally {
            Files.writeString(guide, original, StandardCharsets.UTF_8);
        }
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        double p90 = millis.get((int) Math.ceil(millis.size() * 0.9) - 1);
        System.out.printf("warm rebuild of %s: %d changes, median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                args[1], millis.size(), median, p90, millis.get(0), millis.get(millis.size() - 1));
        System.out.printf("RESULT median=%.1f p90=%.1f%n", median, p90);
        System.exit(0);
    }
}
