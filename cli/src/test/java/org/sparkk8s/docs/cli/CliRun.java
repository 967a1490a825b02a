package org.sparkk8s.docs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import picocli.CommandLine;

import org.sparkk8s.docs.core.testing.TestFiles;

/** Runs {@code docs} through its real entry point (picocli's execute) and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun docs(String... args) {
        CommandLine cl = Docs.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Copies a fixture workspace from {@code src/test/resources/workspaces/}. */
    static Path workspace(String name, Path into) {
        try {
            Path from = Path.of(CliRun.class.getResource("/workspaces/" + name).toURI());
            TestFiles.copyTree(from, into);
            return into;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of a folder with a hash of its content, to prove a folder was not touched. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)))
                        + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
