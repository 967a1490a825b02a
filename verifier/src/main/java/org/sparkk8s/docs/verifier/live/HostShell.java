package org.sparkk8s.docs.verifier.live;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Verifier;
import org.sparkk8s.docs.verifier.run.Sandbox;

/**
 * Commands run as processes on this machine ({@code --host-tools}, and existing clusters, whose
 * kubeconfig may point at 127.0.0.1 or need the host's credential plugins). The environment is
 * {@link Environment#scrub scrubbed}; {@code HOME} and {@code TMPDIR} are folders of the run;
 * {@code KUBECONFIG} is the kubeconfig the run wrote; PATH starts with a folder holding the
 * {@code helm} wrapper (see the {@code helm} resource), which calls the helm found on PATH.
 */
public final class HostShell implements Shell {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> base;
    private final Duration grace;
    private final String helm;
    private final String kubectl;

    private HostShell(Path dir, Map<String, String> base, Duration grace, String helm, String kubectl) {
        this.dir = dir;
        this.base = base;
        this.grace = grace;
        this.helm = helm;
        this.kubectl = kubectl;
    }

    /**
     * A shell for a run whose folder is {@code runDir}, talking to the cluster of {@code kubeconfig}.
     *
     * @param parent this machine's environment (normally {@link System#getenv()})
     * @param passEnv variables the user chose to keep ({@code --pass-env})
     * @param grace how long a process gets between SIGTERM and SIGKILL
     */
    public static HostShell create(Path runDir, Path kubeconfig, Map<String, String> parent, List<String> passEnv,
                                   Level level, Duration grace) {
        try {
            Path bin = Files.createDirectories(runDir.resolve("bin"));
            Path home = Files.createDirectories(runDir.resolve("home"));
            Path tmp = Files.createDirectories(runDir.resolve("tmp"));
            Files.createDirectories(runDir.resolve("scripts"));
            Map<String, String> env = new LinkedHashMap<>(Environment.scrub(parent, passEnv));
            String path = env.get("PATH");
            String helm = which("helm", path);
            String kubectl = which("kubectl", path);
            Path shim = bin.resolve("helm");
            try (InputStream in = HostShell.class.getResourceAsStream("helm")) {
                Files.write(shim, in.readAllBytes());
            }
            Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
            env.put("PATH", bin + File.pathSeparator + path);
            env.put("HOME", home.toString());
            env.put("TMPDIR", tmp.toString());
            env.put("KUBECONFIG", kubeconfig.toString());
            env.put("DOCS_VERIFY_LEVEL", level.id());
            env.put("DOCS_VERIFY_HELM", helm == null ? "" : helm);
            return new HostShell(runDir, Map.copyOf(env), grace, helm, kubectl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the live run's folder " + runDir, e);
        }
    }

    /** Fails with what to install when {@code helm} or {@code kubectl} is not on PATH. */
    public HostShell requireTools(String hint) {
        List<String> missing = new ArrayList<>();
        if (helm == null) {
            missing.add("helm (Helm 3: https://helm.sh/docs/intro/install/)");
        }
        if (kubectl == null) {
            missing.add("kubectl (https://kubernetes.io/docs/tasks/tools/)");
        }
        if (!missing.isEmpty()) {
            throw new Verifier.EnvironmentException("not found on PATH: " + String.join(", ", missing) + "; " + hint);
        }
        return this;
    }

    /** The executable called {@code name} on {@code path}, or null. */
    public static String which(String name, String path) {
        if (name.contains("/")) {
            return Files.isExecutable(Path.of(name)) ? name : null;
        }
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toAbsolutePath().toString();
            }
        }
        return null;
    }

    @Override
    public Map<String, String> baseEnvironment() {
        return base;
    }

    @Override
    public Running start(Command c) {
        Map<String, String> env = Environment.with(base, c.env());
        List<String> argv = new ArrayList<>(c.argv());
        // ProcessBuilder looks programs up on the JVM's own PATH; the command's PATH is what counts
        String program = which(argv.get(0), env.get("PATH"));
        if (program != null) {
            argv.set(0, program);
        }
        ProcessBuilder pb = new ProcessBuilder(argv).directory(new File(c.directory()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(c.stdout().toFile())
                .redirectError(c.stderr().toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p;
        try {
            Files.createDirectories(c.stdout().toAbsolutePath().getParent());
            Files.createDirectories(c.stderr().toAbsolutePath().getParent());
            p = pb.start();
        } catch (IOException e) {
            // as bash reports a missing program: exit 127 and the reason on stderr
            write(c.stderr(), argv.get(0) + ": " + e.getMessage() + "\n");
            write(c.stdout(), "");
            return new Done(new Result(127, Ending.EXITED, List.of(), List.of(), 0, c.stdout(), c.stderr()));
        }
        return new HostRunning(p, c, start);
    }

    private final class HostRunning implements Running {

        private final Process process;
        private final Command command;
        private final long start;
        private final ProcessTree tree;
        private volatile boolean interrupted;

        HostRunning(Process process, Command command, long start) {
            this.process = process;
            this.command = command;
            this.start = start;
            this.tree = new ProcessTree(process.toHandle());
        }

        @Override
        public Result await() {
            long deadline = start + command.timeout().toNanos();
            List<String> killed = List.of();
            Ending ending = Ending.EXITED;
            try {
                while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    tree.snapshot();
                    if (interrupted) {
                        killed = tree.kill(grace);
                        ending = Ending.INTERRUPTED;
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        killed = tree.kill(grace);
                        ending = Ending.TIMED_OUT;
                        break;
                    }
                }
                process.waitFor(grace.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killed = tree.kill(grace);
                ending = Ending.INTERRUPTED;
            }
            if (interrupted && ending == Ending.EXITED) {
                ending = Ending.INTERRUPTED;
            }
            List<String> leftovers = tree.killLeftovers(grace);
            int exit = process.isAlive() ? -1 : process.exitValue();
            return new Result(exit, ending, killed, leftovers, (System.nanoTime() - start) / 1_000_000, command.stdout(),
                    command.stderr());
        }

        @Override
        public void kill() {
            interrupted = true;
        }
    }

    /** A command that never started. */
    private record Done(Result result) implements Running {

        @Override
        public Result await() {
            return result;
        }

        @Override
        public void kill() {
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String share(Sandbox sandbox, String name) {
        return sandbox.root().toString();
    }

    @Override
    public void unshare(String directory) {
        // the sandbox is reset and reused by the runner
    }

    @Override
    public String put(String name, byte[] content) {
        try {
            Path p = dir.resolve("scripts").resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> toolVersions() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("helm", helm == null ? null : firstLine(quick(List.of(helm, "version", "--short"))));
        out.put("kubectl", kubectl == null ? null : clientVersion(quick(List.of(kubectl, "version", "--client", "-o", "json"))));
        return out;
    }

    /** {@code gitVersion} of {@code kubectl version --client -o json}. */
    static String clientVersion(String json) {
        try {
            JsonNode v = JSON.readTree(json).path("clientVersion").path("gitVersion");
            return v.isTextual() ? v.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String quick(List<String> argv) {
        try {
            Path out = Files.createTempFile(dir.resolve("tmp"), "version", ".out");
            Path err = Files.createTempFile(dir.resolve("tmp"), "version", ".err");
            Result r = run(new Command(argv, Map.of(), dir.toString(), Duration.ofSeconds(30), out, err));
            String text = r.exit() == 0 ? r.out() : null;
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return text;
        } catch (IOException e) {
            return null;
        }
    }

    static String firstLine(String s) {
        return s == null || s.isBlank() ? null : s.strip().lines().findFirst().orElse(null);
    }

    @Override
    public String describe() {
        return "host tools";
    }

    @Override
    public void close() {
        // the run's folder is removed by the runner
    }

    /** Files a host shell writes: owner-only, since a kubeconfig holds credentials. */
    static void ownerOnly(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        }
    }
}
