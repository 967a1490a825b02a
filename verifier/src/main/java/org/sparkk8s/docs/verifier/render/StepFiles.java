package org.sparkk8s.docs.verifier.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sparkk8s.docs.verifier.plan.Step;

/**
 * The files a step's commands read as input — {@code helm -f}, {@code --set-file} and
 * {@code kubectl apply|create -f} — so that a values overlay or manifest a guide shows counts as
 * run by the step that passes it. Read from the script without running anything; a script the
 * parser cannot read uses no files.
 */
public final class StepFiles {

    private StepFiles() {
    }

    /** Repository-relative paths of the files the step passes to helm or kubectl. */
    public static Set<Path> used(Step step) {
        Set<Path> out = new LinkedHashSet<>();
        List<ShellCommand> commands;
        try {
            commands = ShellParser.parse(step.script().lines(),
                    new ShellVariables(new LinkedHashMap<>(step.env()), step.args(), step.shownFile()));
        } catch (ShellParser.SyntaxError e) {
            return out;
        }
        for (ShellCommand c : commands) {
            String name = c.name();
            if (name == null || c.cwd() == null) {
                continue;
            }
            Path dir = Path.of(c.cwd());
            List<String> files = new ArrayList<>();
            if (name.equals("helm") || name.endsWith("/helm")) {
                try {
                    HelmCommand h = HelmCommand.parse(c);
                    h.all("values").forEach(a -> files.addAll(List.of(a.text().split(","))));
                    h.all("set-file").forEach(a -> {
                        for (String kv : a.text().split(",")) {
                            int eq = kv.indexOf('=');
                            if (eq > 0) {
                                files.add(kv.substring(eq + 1));
                            }
                        }
                    });
                } catch (HelmCommand.Invalid e) {
                    // the command is reported elsewhere; its -f files are still the guide's files
                    List<Arg> args = c.args();
                    for (int i = 1; i < args.size(); i++) {
                        String t = args.get(i).text();
                        if (t == null) {
                            continue;
                        }
                        if ((t.equals("-f") || t.equals("--values")) && i + 1 < args.size() && args.get(i + 1).text() != null) {
                            files.addAll(List.of(args.get(++i).text().split(",")));
                        } else if (t.startsWith("--values=")) {
                            files.addAll(List.of(t.substring("--values=".length()).split(",")));
                        }
                    }
                }
            } else if (name.equals("kubectl") || name.endsWith("/kubectl")) {
                List<Arg> args = c.args();
                for (int i = 1; i + 1 < args.size(); i++) {
                    String t = args.get(i).text();
                    if (("-f".equals(t) || "--filename".equals(t)) && args.get(i + 1).text() != null) {
                        files.add(args.get(i + 1).text());
                    }
                }
            }
            for (String f : files) {
                if (!f.equals("-") && !f.startsWith("/") && !f.contains("://")) {
                    Path p = dir.resolve(f).normalize();
                    if (!p.startsWith("..")) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
