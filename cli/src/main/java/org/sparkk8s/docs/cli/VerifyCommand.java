package org.sparkk8s.docs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;
import org.sparkk8s.docs.verifier.Verifier;
import org.sparkk8s.docs.verifier.live.Consent;
import org.sparkk8s.docs.verifier.live.K3sCluster;
import org.sparkk8s.docs.verifier.live.LiveOptions;
import org.sparkk8s.docs.verifier.live.Progress;
import org.sparkk8s.docs.verifier.live.Toolbox;
import org.sparkk8s.docs.verifier.report.Report;
import org.sparkk8s.docs.verifier.report.Summary;

/** {@code docs verify}: runs the guides' scenarios and checks, writes the report, prints what failed. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove the guides' commands: static checks of every snippet and preset (bash -n, ShellCheck, "
                + "YAML, Kubernetes and values schemas), then every scenario of snippets/*/verify.yaml rendered with "
                + "real Helm, offline (name clashes, PSS restricted, invariants), and coverage of every included snippet.",
                "With --level api or ready (or --cluster) the scenarios also run for real, as shell processes: on a "
                        + "throw-away k3s cluster in Docker (--cluster k3s, the default), or on an existing cluster through "
                        + "a kubeconfig context you name (--cluster kubeconfig --context NAME).",
                "Writes target/verification/report.json and JUnit XML. Exit 0 when everything passed, 1 when something "
                        + "failed, 2 on a usage or environment error (also when the live tier cannot run: no Docker engine)."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    Docs docs;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Run every level up to this one: static, render, api or ready. Default: render, or api with --cluster.")
    String level;

    @Option(names = "--cluster", paramLabel = "KIND",
            description = "Where the live tier runs: k3s (a k3s container, needs Docker; default) or kubeconfig (an existing "
                    + "cluster; needs --context).")
    String cluster;

    @Option(names = "--context", paramLabel = "NAME",
            description = "The kubeconfig context of the existing cluster (--cluster kubeconfig). Never defaulted to the current context.")
    String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig that holds --context (default: $KUBECONFIG, else ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--yes",
            description = "Do not ask before running against an existing cluster (needed where there is no terminal to ask on).")
    boolean yes;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "Run up to N independent scenarios at once on the cluster (scenarios sharing a namespace never overlap). Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(names = "--host-tools",
            description = "Run the steps with this machine's helm and kubectl instead of the toolbox container (k3s).")
    boolean hostTools;

    @Option(names = "--pass-env", paramLabel = "NAME",
            description = "Let the steps see this variable of your environment (repeatable); by default they see only "
                    + "PATH, LANG, LC_ALL, LC_CTYPE and TZ, e.g. for a kubeconfig's credential plugin.")
    List<String> passEnv = new ArrayList<>();

    @Option(names = "--k3s-image", paramLabel = "IMAGE",
            description = "The k3s image (default: " + K3sCluster.IMAGE + "), e.g. from a registry mirror.")
    String k3sImage;

    @Option(names = "--toolbox-image", paramLabel = "IMAGE",
            description = "The image with helm, kubectl and bash (default: " + Toolbox.IMAGE + ").")
    String toolboxImage;

    @Option(names = "--guide", paramLabel = "SLUG",
            description = "Run only the scenarios of this guide, e.g. multi-version-deployment.")
    String guide;

    @Option(names = "--scenario", paramLabel = "GLOB",
            description = "Run only the scenarios whose id matches, e.g. 'same-namespace' or 'preset-*'. Static checks and coverage still cover everything.")
    String scenario;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Where report.json and junit/ go (default: target/verification in the repository).")
    Path reportDir;

    @Option(names = "--shellcheck", paramLabel = "PATH", defaultValue = "shellcheck",
            description = "The ShellCheck executable; when it is missing, its checks are reported skipped. Default: ${DEFAULT-VALUE}.")
    String shellcheck;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per core).")
    int threads;

    @Override
    public Integer call() {
        Level upTo = level(cluster != null || context != null);
        Workspace ws = docs.workspace();
        Verifier.Options options = Verifier.Options.upTo(upTo).withScenarioFilter(scenario).withGuide(guide)
                .withReportDir(reportDir).withShellcheck(shellcheck).withThreads(threads);
        if (upTo.isLive()) {
            options = options.withLive(live());
            quietContainerLogs();
        }
        Report report;
        try {
            report = Verifier.verify(ws, options);
        } catch (Verifier.LiveTierSkipped e) {
            // the static and render tiers ran: show what they found, then why the live tier did not
            print(ws, options, e.report());
            throw new EnvironmentError(e.getMessage(), e);
        } catch (Verifier.EnvironmentException e) {
            throw new EnvironmentError(e.getMessage(), e);
        }
        print(ws, options, report);
        return report.ok() ? ExitCode.OK : ExitCode.CONTENT;
    }

    private Level level(boolean clusterNamed) {
        Level upTo;
        try {
            upTo = level == null ? (clusterNamed ? Level.API : Level.RENDER) : Level.fromId(level);
        } catch (IllegalArgumentException e) {
            throw new EnvironmentError("--level: " + e.getMessage());
        }
        if (clusterNamed && !upTo.isLive()) {
            throw new EnvironmentError("--cluster and --context run the live tier: use --level api or --level ready, not --level " + level);
        }
        if (parallel < 1) {
            throw new EnvironmentError("--parallel must be at least 1");
        }
        return upTo;
    }

    private LiveOptions live() {
        String kind = cluster != null ? cluster : context != null ? "kubeconfig" : "k3s";
        LiveOptions o;
        switch (kind) {
            case "k3s" -> {
                if (context != null || kubeconfig != null) {
                    throw new EnvironmentError("--context and --kubeconfig name an existing cluster: use them with --cluster kubeconfig");
                }
                o = LiveOptions.k3s();
            }
            case "kubeconfig" -> {
                if (k3sImage != null || toolboxImage != null) {
                    throw new EnvironmentError("--k3s-image and --toolbox-image go with --cluster k3s; an existing cluster uses this machine's helm and kubectl");
                }
                o = LiveOptions.kubeconfig(context, kubeconfig, yes ? Consent.given() : Consent.terminal());
            }
            default -> throw new EnvironmentError("--cluster: unknown kind '" + kind + "' (expected k3s or kubeconfig)");
        }
        PrintWriter out = docs.out();
        return o.withHostTools(hostTools).withParallel(parallel).withPassEnv(passEnv).withImages(k3sImage, toolboxImage)
                .withProgress(Progress.to(line -> {
                    out.println(line);
                    out.flush();
                }));
    }

    /** Testcontainers logs an ERROR when it finds no Docker engine; the command says so itself, in one line. */
    private void quietContainerLogs() {
        if (docs.verbose) {
            return;
        }
        for (String name : new String[] {"org.testcontainers", "tc", "com.github.dockerjava"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l) {
                l.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
    }

    private void print(Workspace ws, Verifier.Options options, Report report) {
        Terminal t = docs.terminal();
        for (Finding f : report.failures()) {
            docs.err().println(line(t, f));
        }
        docs.err().flush();
        for (String s : Summary.summaryLines(report)) {
            boolean last = s.startsWith("verification ");
            docs.out().println(last ? (report.ok() ? t.ok(s) : t.error(s)) : s);
        }
        if (docs.verbose) {
            report.phases().forEach((phase, ms) -> docs.out().println("  " + phase + ": " + ms + " ms"));
        }
        docs.out().println("report: " + ws.relative(Verifier.reportDir(ws, options).resolve("report.json")));
        docs.out().flush();
    }

    /** {@code path:line (guide …, scenario …): message}, the location in bold when colours are on. */
    private static String line(Terminal t, Finding f) {
        if (!t.colour()) {
            return f.toString();
        }
        String context = f.context() == null || f.context().isEmpty() ? "" : " (" + f.context() + ")";
        return "\u001B[1m" + f.location() + context + ":\u001B[0m " + t.error(f.message());
    }
}
