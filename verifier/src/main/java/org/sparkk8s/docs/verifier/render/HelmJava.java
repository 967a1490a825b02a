package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.marcnuri.helm.DependencyCommand;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * Real Helm, in-process through helm-java (Helm's Go code as a native library), offline.
 * Calls are serialized: Helm keeps process-wide state (environment-derived settings, the
 * registry client) and renders take milliseconds once the library is loaded.
 */
public final class HelmJava {

    private static final Object LOCK = new Object();
    private static volatile String version;

    private HelmJava() {
    }

    /** Helm's version, e.g. {@code v3.21.0}; the first call loads the native library (~0.7 s). */
    public static String version() {
        if (version == null) {
            synchronized (LOCK) {
                if (version == null) {
                    version = Helm.version().call().strip();
                }
            }
        }
        return version;
    }

    /** What {@code helm template} / a client-side {@code helm install --dry-run} renders. */
    static String template(Path chart, String release, String namespace, List<Path> valuesFiles,
                           Map<String, String> sets, String chartVersion, String kubeVersion, boolean skipCrds,
                           boolean dependencyUpdate) {
        synchronized (LOCK) {
            TemplateCommand t = new Helm(chart).template().withName(release).withNamespace(namespace);
            for (Path f : valuesFiles) {
                t = t.withValuesFile(f);
            }
            for (Map.Entry<String, String> s : sets.entrySet()) {
                t = t.set(s.getKey(), s.getValue());
            }
            if (chartVersion != null) {
                t = t.withVersion(chartVersion);
            }
            if (kubeVersion != null) {
                t = t.withKubeVersion(kubeVersion);
            }
            if (skipCrds) {
                t = t.skipCrds();
            }
            if (dependencyUpdate) {
                t = t.dependencyUpdate();
            }
            return t.call();
        }
    }

    static String dependency(Path chart, boolean update, boolean skipRefresh, boolean verify, Path keyring) {
        synchronized (LOCK) {
            DependencyCommand.DependencySubcommand<String> c = update
                    ? new Helm(chart).dependency().update() : new Helm(chart).dependency().build();
            if (skipRefresh) {
                c = c.skipRefresh();
            }
            if (verify) {
                c = c.verify();
            }
            if (keyring != null) {
                c = c.withKeyring(keyring);
            }
            return c.call();
        }
    }

    static LintResult lint(Path chart, boolean strict, boolean quiet) {
        synchronized (LOCK) {
            LintCommand l = new Helm(chart).lint();
            if (strict) {
                l = l.strict();
            }
            if (quiet) {
                l = l.quiet();
            }
            return l.call();
        }
    }
}
