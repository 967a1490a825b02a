package org.sparkk8s.docs.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.site.SiteGenerator;
import org.sparkk8s.docs.site.serve.ServeSession;

/** {@code docs serve}: build, serve on localhost, rebuild on every change and reload the open page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on http://127.0.0.1:8080/ and rebuild on every change of "
                + "guides-en/, guides-ru/, content/, snippets/ or presets/; open pages reload by themselves.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Docs docs;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to publish the site (default: target/site).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(docs.spec.commandLine(), "--port must be between 0 and 65535");
        }
        Workspace ws = docs.workspace();
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new EnvironmentError("--bind " + bind + ": not an address of this machine");
        }
        Path target = out != null ? out.toAbsolutePath().normalize() : ws.siteDir();
        SiteGenerator generator = new SiteGenerator(ws, true);
        ServeSession session;
        try {
            session = ServeSession.start(generator, target, address, docs.out());
        } catch (BindException e) {
            generator.close();
            throw new EnvironmentError("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); try --port", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            generator.close();
            stopped.countDown();
        }, "docs-serve-stop"));
        docs.out().println(docs.terminal().ok("serving " + session.url() + " — watching the sources; Ctrl+C stops"));
        docs.out().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
