package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Path;
import java.util.List;

/** The local tools the static tier runs, found on {@code PATH}, with their versions for the report. */
public record Tools(Path bash, String bashVersion, Path shellcheck, String shellcheckVersion, String shellcheckMissing) {

    /** Looks the tools up; {@code shellcheckName} may be a name on PATH or a path. */
    public static Tools find(String shellcheckName, Path workDir) {
        Path bash = Processes.find("bash");
        String bashVersion = null;
        if (bash != null) {
            String v = Processes.run(List.of(bash.toString(), "-c", "echo $BASH_VERSION"), workDir, 30).stdout().strip();
            bashVersion = v.isEmpty() ? "unknown" : v;
        }
        Path sc = Processes.find(shellcheckName);
        String missing = sc == null ? shellcheckName + " not found on PATH (install the Debian package 'shellcheck')" : null;
        String scVersion = sc == null ? null : new ShellCheck(sc, null).version(workDir);
        return new Tools(bash, bashVersion, sc, scVersion, missing);
    }

    public BashSyntax bashSyntax() {
        return new BashSyntax(bash);
    }

    public ShellCheck shellCheck() {
        return new ShellCheck(shellcheck, shellcheckMissing);
    }
}
