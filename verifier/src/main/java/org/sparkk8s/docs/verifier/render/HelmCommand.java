package org.sparkk8s.docs.verifier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code helm} command line read the way Helm's own flag parser (cobra/pflag) reads it:
 * {@code --flag value}, {@code --flag=value}, {@code -n value}, {@code -nvalue}, booleans with an
 * optional {@code =true|false}, flags anywhere among the positional arguments, {@code --} ending
 * flags. Every flag of the commands that render is known; an unknown flag, a missing value or an
 * unknown subcommand is an error at the argument's line, never ignored.
 */
public final class HelmCommand {

    /** What a command does, for the render tier. */
    public enum Action { RENDER, DEPENDENCY, LINT, UNINSTALL, RELEASE_QUERY, OTHER }

    /** A command line Helm would reject, or one the verifier does not reproduce. */
    public static final class Invalid extends RuntimeException {
        private final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private enum Type { BOOL, VALUE, OPTIONAL }

    private record Flag(String name, String shorthand, Type type) {
    }

    private static final Map<String, Flag> GLOBAL = flags(
            "namespace/n", "kube-context", "kubeconfig", "burst-limit", "kube-apiserver", "kube-as-group",
            "kube-as-user", "kube-ca-file", "kube-tls-server-name", "kube-token", "qps", "registry-config",
            "repository-cache", "repository-config", "!debug", "!kube-insecure-skip-tls-verify", "!help/h");

    /** Flags shared by install, upgrade and template (helm 3.21 {@code addInstallFlags}, values and chart path options). */
    private static final String[] COMMON = {
        "!atomic", "ca-file", "cert-file", "!create-namespace", "!dependency-update", "description", "!devel",
        "!disable-openapi-validation", "?dry-run", "!enable-dns", "!force", "!hide-notes", "!hide-secret",
        "!insecure-skip-tls-verify", "key-file", "keyring", "labels/l", "!no-hooks", "output/o", "!pass-credentials",
        "password", "!plain-http", "post-renderer", "post-renderer-args", "!render-subchart-notes", "repo",
        "set", "set-file", "set-json", "set-literal", "set-string", "!skip-crds", "!skip-schema-validation",
        "!take-ownership", "timeout", "username", "values/f", "!verify", "version", "!wait", "!wait-for-jobs"};
    private static final Map<String, Flag> INSTALL = flags(COMMON, "!generate-name/g", "name-template", "!replace");
    private static final Map<String, Flag> UPGRADE = flags(COMMON, "!install/i", "!reset-values", "!reuse-values",
            "!reset-then-reuse-values", "!cleanup-on-fail", "history-max", "!generate-name/g", "name-template");
    private static final Map<String, Flag> TEMPLATE = flags(COMMON, "!generate-name/g", "name-template", "!replace",
            "api-versions/a", "!include-crds", "!is-upgrade", "kube-version", "output-dir", "!release-name",
            "show-only/s", "!skip-tests", "!validate");
    private static final Map<String, Flag> DEPENDENCY = flags("keyring", "!skip-refresh", "!verify");
    private static final Map<String, Flag> LINT = flags("!strict", "!quiet", "!with-subcharts", "set", "set-file",
            "set-json", "set-literal", "set-string", "values/f", "kube-version", "!skip-schema-validation");
    private static final Map<String, Flag> UNINSTALL = flags("cascade", "description", "!dry-run", "!ignore-not-found",
            "!keep-history", "!no-hooks", "timeout", "!wait");

    /** Flags that would change the render in a way helm-java cannot reproduce: refused, not ignored. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "post-renderer", "a post-renderer runs an external program on the output",
            "post-renderer-args", "a post-renderer runs an external program on the output",
            "name-template", "the release name would come from a template",
            "api-versions", "helm-java cannot set extra API versions for .Capabilities",
            "skip-schema-validation", "the verifier always validates values against the chart's schema",
            "repo", "the chart would come from a remote repository");

    private static final Set<String> RELEASE_QUERIES = Set.of("status", "get", "test", "history", "hist", "rollback");
    private static final Set<String> OTHER = Set.of("list", "ls", "repo", "search", "show", "inspect", "pull", "fetch",
            "version", "env", "plugin", "registry", "completion", "create", "package", "push", "verify", "help");

    private final Action action;
    private final String subcommand;
    private final List<Arg> positional;
    private final Map<String, List<Arg>> values;
    private final int line;

    private HelmCommand(Action action, String subcommand, List<Arg> positional, Map<String, List<Arg>> values, int line) {
        this.action = action;
        this.subcommand = subcommand;
        this.positional = positional;
        this.values = values;
        this.line = line;
    }

    /** Reads {@code helm …}; the command's arguments must all be resolved. */
    public static HelmCommand parse(ShellCommand c) {
        List<Arg> args = c.args();
        int line = c.line();
        String first = args.stream().skip(1).filter(a -> a.text() == null || !a.text().startsWith("-")).findFirst()
                .map(Arg::text).orElse(null);
        if (first != null && OTHER.contains(first)) {
            // nothing of these commands is rendered or tracked, so their arguments need not be known
            return new HelmCommand(Action.OTHER, first, List.of(), Map.of(), line);
        }
        for (Arg a : args) {
            if (!a.isResolved()) {
                throw new Invalid(a.line(), "cannot resolve an argument of this helm command: " + a.unresolved());
            }
        }
        // global flags may come before the subcommand
        int i = 1;
        List<Arg> leading = new ArrayList<>();
        while (i < args.size() && args.get(i).text().startsWith("-")) {
            Arg a = args.get(i);
            String name = a.text().replaceFirst("^--?", "").replaceFirst("=.*", "");
            Flag f = lookup(GLOBAL, name, a.text().startsWith("--"));
            if (f == null) {
                throw new Invalid(a.line(), "unknown flag " + a.text() + " before the helm subcommand");
            }
            leading.add(a);
            if (f.type == Type.VALUE && !a.text().contains("=") && !(a.text().length() > 2 && !a.text().startsWith("--"))) {
                if (i + 1 < args.size()) {
                    leading.add(args.get(++i));
                }
            }
            i++;
        }
        if (i >= args.size()) {
            throw new Invalid(line, "helm without a subcommand");
        }
        Arg sub = args.get(i);
        List<Arg> rest = new ArrayList<>(leading);
        rest.addAll(args.subList(i + 1, args.size()));
        String s = sub.text();
        return switch (s) {
            case "install" -> parsed(Action.RENDER, s, rest, INSTALL, line);
            case "upgrade" -> parsed(Action.RENDER, s, rest, UPGRADE, line);
            case "template" -> parsed(Action.RENDER, s, rest, TEMPLATE, line);
            case "lint" -> parsed(Action.LINT, s, rest, LINT, line);
            case "uninstall", "delete", "del", "un" -> parsed(Action.UNINSTALL, "uninstall", rest, UNINSTALL, line);
            case "dependency", "dep", "dependencies" -> dependency(sub, rest, line);
            default -> {
                if (RELEASE_QUERIES.contains(s)) {
                    yield new HelmCommand(Action.RELEASE_QUERY, s, positionalLoose(rest), Map.of(), line);
                }
                if (OTHER.contains(s)) {
                    yield new HelmCommand(Action.OTHER, s, List.of(), Map.of(), line);
                }
                throw new Invalid(sub.line(), "unknown helm subcommand '" + s + "'");
            }
        };
    }

    private static HelmCommand dependency(Arg sub, List<Arg> rest, int line) {
        List<Arg> pos = new ArrayList<>();
        List<Arg> others = new ArrayList<>();
        boolean seenSub = false;
        String action = null;
        for (Arg a : rest) {
            if (!seenSub && !a.text().startsWith("-")) {
                action = a.text();
                seenSub = true;
            } else {
                others.add(a);
            }
        }
        if (action == null) {
            throw new Invalid(sub.line(), "helm dependency needs build, update or list");
        }
        switch (action) {
            case "build", "update", "up" -> {
                HelmCommand c = parsed(Action.DEPENDENCY, action.equals("up") ? "update" : action, others, DEPENDENCY, line);
                if (c.positional.size() > 1) {
                    throw new Invalid(c.positional.get(1).line(), "helm dependency " + action + " takes one chart path");
                }
                return c;
            }
            case "list", "ls" -> {
                return new HelmCommand(Action.OTHER, "dependency list", pos, Map.of(), line);
            }
            default -> throw new Invalid(sub.line(), "unknown helm dependency subcommand '" + action + "'");
        }
    }

    private static List<Arg> positionalLoose(List<Arg> rest) {
        return rest.stream().filter(a -> !a.text().startsWith("-")).toList();
    }

    private static HelmCommand parsed(Action action, String sub, List<Arg> args, Map<String, Flag> own, int line) {
        Map<String, List<Arg>> values = new LinkedHashMap<>();
        List<Arg> positional = new ArrayList<>();
        boolean flagsDone = false;
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            String t = a.text();
            if (flagsDone || !t.startsWith("-") || t.equals("-")) {
                positional.add(a);
                continue;
            }
            if (t.equals("--")) {
                flagsDone = true;
                continue;
            }
            boolean isLong = t.startsWith("--");
            String body = t.substring(isLong ? 2 : 1);
            String name;
            String inline = null;
            if (isLong) {
                int eq = body.indexOf('=');
                name = eq < 0 ? body : body.substring(0, eq);
                inline = eq < 0 ? null : body.substring(eq + 1);
            } else {
                name = body.substring(0, 1);
                if (body.length() > 1) {
                    inline = body.charAt(1) == '=' ? body.substring(2) : body.substring(1);
                }
            }
            Flag f = lookup(own, name, isLong);
            if (f == null) {
                f = lookup(GLOBAL, name, isLong);
            }
            if (f == null) {
                throw new Invalid(a.line(), "unknown flag " + (isLong ? "--" : "-") + name + " for helm " + sub);
            }
            if (!isLong && f.type == Type.BOOL && inline != null && body.charAt(1) != '=') {
                // -ig: several boolean shorthands in one argument, as pflag allows
                for (char c : body.toCharArray()) {
                    Flag b = lookup(own, String.valueOf(c), false);
                    b = b == null ? lookup(GLOBAL, String.valueOf(c), false) : b;
                    if (b == null || b.type != Type.BOOL) {
                        throw new Invalid(a.line(), "unknown flag -" + c + " in " + t + " for helm " + sub);
                    }
                    values.computeIfAbsent(b.name, k -> new ArrayList<>()).add(new Arg("true", null, a.line()));
                }
                continue;
            }
            String value;
            switch (f.type) {
                case BOOL -> {
                    if (inline != null && !inline.equals("true") && !inline.equals("false")) {
                        throw new Invalid(a.line(), "--" + f.name + " takes true or false, not '" + inline + "'");
                    }
                    value = inline == null ? "true" : inline;
                }
                case OPTIONAL -> value = inline == null ? "client" : inline;
                default -> {
                    if (inline != null) {
                        value = inline;
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i).text();
                    } else {
                        throw new Invalid(a.line(), "flag --" + f.name + " needs a value");
                    }
                }
            }
            if (UNSUPPORTED.containsKey(f.name) && !(f.type == Type.BOOL && value.equals("false"))) {
                throw new Invalid(a.line(), "--" + f.name + " is not supported by the render tier: " + UNSUPPORTED.get(f.name));
            }
            values.computeIfAbsent(f.name, k -> new ArrayList<>()).add(new Arg(value, null, a.line()));
        }
        return new HelmCommand(action, sub, List.copyOf(positional), values, line);
    }

    private static Flag lookup(Map<String, Flag> table, String name, boolean isLong) {
        if (isLong) {
            return table.get(name);
        }
        for (Flag f : table.values()) {
            if (name.equals(f.shorthand)) {
                return f;
            }
        }
        return null;
    }

    private static Map<String, Flag> flags(String[] common, String... more) {
        List<String> all = new ArrayList<>(List.of(common));
        all.addAll(List.of(more));
        return flags(all.toArray(String[]::new));
    }

    /** {@code name}, {@code name/s} (shorthand), {@code !name} (boolean), {@code ?name} (optional value). */
    private static Map<String, Flag> flags(String... specs) {
        Map<String, Flag> out = new HashMap<>();
        for (String spec : specs) {
            Type type = spec.startsWith("!") ? Type.BOOL : spec.startsWith("?") ? Type.OPTIONAL : Type.VALUE;
            String s = type == Type.VALUE ? spec : spec.substring(1);
            String[] parts = s.split("/");
            out.put(parts[0], new Flag(parts[0], parts.length > 1 ? parts[1] : null, type));
        }
        return out;
    }

    public Action action() {
        return action;
    }

    /** {@code install}, {@code upgrade}, {@code template}, {@code lint}, {@code uninstall}, {@code build}, … */
    public String subcommand() {
        return subcommand;
    }

    public List<Arg> positional() {
        return positional;
    }

    public int line() {
        return line;
    }

    /** Every value given for a flag, in order (booleans as "true"/"false"). */
    public List<Arg> all(String flag) {
        return values.getOrDefault(flag, List.of());
    }

    /** The last value given for a flag, or null. */
    public String value(String flag) {
        List<Arg> v = values.get(flag);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1).text();
    }

    public boolean is(String flag) {
        return "true".equals(value(flag));
    }

    public boolean has(String flag) {
        return values.containsKey(flag);
    }
}
