package org.sparkk8s.docs.verifier.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.MountableFile;

import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.run.Sandbox;

/**
 * The pinned container that holds {@code helm}, {@code kubectl} and bash, on the k3s container's
 * Docker network, so that a user needs only a JDK and Docker. Every command of the run executes
 * inside it (Docker's exec API, no {@code docker} CLI): a scenario's sandbox is copied in (no bind
 * mount, so it works with Docker Desktop, Colima, Podman or a remote engine alike), the kubeconfig
 * is the one for the k3s network alias, and the environment is only what the run sets — nothing of
 * this machine reaches it. A command past its timeout has its process tree ended by
 * {@code kill-tree.sh} inside the container.
 */
public final class Toolbox implements Shell {

    /** helm v3.17.3 and kubectl v1.32.5 (the k3s version) on Alpine 3.21, with bash, git, curl, jq; amd64 and arm64. */
    public static final String IMAGE = "dtzar/helm-kubectl:3.17.3";

    /**
     * What the guides' commands use beyond the image: {@code openssl rand} makes the passwords of
     * the production guides' secrets. Added once in a local image derived from {@link #IMAGE}
     * (Docker's build cache keeps it); an image that has it already skips the package manager.
     */
    static final String EXTRA = "command -v openssl >/dev/null || apk add --no-cache openssl";

    private static final String ROOT = "/verify";
    private static final String PATH = ROOT + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final GenericContainer<?> container;
    private final String image;
    private final Duration grace;
    private final Map<String, String> base;

    private Toolbox(GenericContainer<?> container, String image, Duration grace, Map<String, String> base) {
        this.container = container;
        this.image = image;
        this.grace = grace;
        this.base = base;
    }

    /**
     * Starts the toolbox on {@code network}.
     *
     * @param kubeconfig a kubeconfig whose server is reachable on that network
     * @param passEnv variables of this machine the user chose to pass ({@code --pass-env})
     */
    public static Toolbox start(String image, Network network, String kubeconfig, Level level, Map<String, String> parent,
                                List<String> passEnv, Duration grace) {
        ImageFromDockerfile derived = new ImageFromDockerfile(localName(image), false)
                .withDockerfileFromBuilder(b -> b.from(image).run(EXTRA).build());
        GenericContainer<?> c = new GenericContainer<>(derived)
                .withNetwork(network)
                .withCommand("tail", "-f", "/dev/null")
                .withCopyToContainer(Transferable.of(kubeconfig.getBytes(StandardCharsets.UTF_8), 0600), ROOT + "/kubeconfig")
                .withCopyToContainer(Transferable.of(resource("helm"), 0755), ROOT + "/bin/helm")
                .withCopyToContainer(Transferable.of(resource("kill-tree.sh"), 0755), ROOT + "/kill-tree.sh")
                .waitingFor(Wait.forSuccessfulCommand("helm version --short && kubectl version --client")
                        .withStartupTimeout(Duration.ofMinutes(2)));
        c.start();
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : passEnv) {
            if (parent.get(name) != null) {
                env.put(name, parent.get(name));
            }
        }
        env.put("PATH", PATH);
        env.put("HOME", ROOT + "/home");
        env.put("TMPDIR", "/tmp");
        env.put("LANG", "C.UTF-8");
        env.put("KUBECONFIG", ROOT + "/kubeconfig");
        env.put("DOCS_VERIFY_LEVEL", level.id());
        env.put("DOCS_VERIFY_HELM", "/usr/local/bin/helm");
        Toolbox t = new Toolbox(c, image, grace, Map.copyOf(env));
        t.quiet("mkdir", "-p", ROOT + "/home", ROOT + "/pids", ROOT + "/scripts", "/work");
        return t;
    }

    /** {@code sparkk8s-docs/toolbox:dtzar-helm-kubectl-3.17.3}: the derived image, named after its base. */
    static String localName(String image) {
        return "sparkk8s-docs/toolbox:" + image.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Toolbox.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> baseEnvironment() {
        return base;
    }

    @Override
    public Running start(Command c) {
        Map<String, String> env = Environment.with(base, c.env());
        List<String> envList = new ArrayList<>();
        env.forEach((k, v) -> envList.add(k + "=" + v));
        String pidFile = ROOT + "/pids/" + UUID.randomUUID();
        // the first process writes its pid, so that kill-tree.sh can find the tree later
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile));
        argv.addAll(c.argv());
        DockerClient docker = container.getDockerClient();
        String exec = docker.execCreateCmd(container.getContainerId())
                .withCmd(argv.toArray(String[]::new))
                .withEnv(envList)
                .withWorkingDir(c.directory())
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec().getId();
        long start = System.nanoTime();
        try {
            OutputStream out = Files.newOutputStream(c.stdout());
            OutputStream err = Files.newOutputStream(c.stderr());
            Frames frames = docker.execStartCmd(exec).exec(new Frames(out, err));
            return new ExecRunning(exec, pidFile, frames, c, start, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies Docker's stream frames into the command's output files. */
    private static final class Frames extends ResultCallback.Adapter<Frame> {

        private final OutputStream out;
        private final OutputStream err;

        Frames(OutputStream out, OutputStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void onNext(Frame frame) {
            try {
                (frame.getStreamType() == StreamType.STDERR ? err : out).write(frame.getPayload());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class ExecRunning implements Running {

        private final String exec;
        private final String pidFile;
        private final Frames frames;
        private final Command command;
        private final long start;
        private final OutputStream out;
        private final OutputStream err;
        private volatile boolean interrupted;

        ExecRunning(String exec, String pidFile, Frames frames, Command command, long start, OutputStream out,
                    OutputStream err) {
            this.exec = exec;
            this.pidFile = pidFile;
            this.frames = frames;
            this.command = command;
            this.start = start;
            this.out = out;
            this.err = err;
        }

        @Override
        public Result await() {
            long deadline = start + command.timeout().toNanos();
            Ending ending = Ending.EXITED;
            List<String> killed = List.of();
            try {
                while (!frames.awaitCompletion(200, TimeUnit.MILLISECONDS)) {
                    if (interrupted || System.nanoTime() > deadline) {
                        ending = interrupted ? Ending.INTERRUPTED : Ending.TIMED_OUT;
                        killed = killTree(pidFile);
                        frames.awaitCompletion(grace.toMillis() + 10_000, TimeUnit.MILLISECONDS);
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ending = Ending.INTERRUPTED;
                killed = killTree(pidFile);
            } finally {
                closeQuietly(out);
                closeQuietly(err);
            }
            InspectExecResponse r = container.getDockerClient().inspectExecCmd(exec).exec();
            Long code = r.getExitCodeLong();
            int exit = Boolean.TRUE.equals(r.isRunning()) || code == null ? -1 : code.intValue();
            quiet("rm", "-f", pidFile);
            return new Result(exit, ending, killed, List.of(), (System.nanoTime() - start) / 1_000_000,
                    command.stdout(), command.stderr());
        }

        @Override
        public void kill() {
            interrupted = true;
        }
    }

    private List<String> killTree(String pidFile) {
        String printed = quiet("/bin/sh", ROOT + "/kill-tree.sh", pidFile, Long.toString(Math.max(1, grace.toSeconds())));
        List<String> out = new ArrayList<>();
        printed.lines().filter(l -> !l.isBlank()).forEach(l -> {
            int space = l.indexOf(' ');
            out.add(space < 0 ? l : l.substring(space + 1).strip());
        });
        return out;
    }

    /** Runs a small command of the verifier's own inside the container and returns its stdout. */
    private String quiet(String... argv) {
        try {
            return container.execInContainer(argv).getStdout();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void closeQuietly(OutputStream s) {
        try {
            s.close();
        } catch (IOException e) {
            // the output is as complete as it will get
        }
    }

    @Override
    public String share(Sandbox sandbox, String name) {
        String dir = "/work/" + name;
        quiet("rm", "-rf", dir);
        container.copyFileToContainer(MountableFile.forHostPath(sandbox.root()), dir);
        return dir;
    }

    @Override
    public void unshare(String directory) {
        quiet("rm", "-rf", directory);
    }

    @Override
    public String put(String name, byte[] content) {
        String p = ROOT + "/scripts/" + name;
        container.copyFileToContainer(Transferable.of(content, 0644), p);
        return p;
    }

    @Override
    public Map<String, String> toolVersions() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("helm", HostShell.firstLine(quiet("helm", "version", "--short")));
        out.put("kubectl", HostShell.clientVersion(quiet("kubectl", "version", "--client", "-o", "json")));
        return out;
    }

    @Override
    public String describe() {
        return "toolbox " + image + " (with openssl)";
    }

    @Override
    public void close() {
        container.stop();
    }
}
