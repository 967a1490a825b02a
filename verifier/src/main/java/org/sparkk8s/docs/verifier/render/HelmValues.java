package org.sparkk8s.docs.verifier.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a Helm command's {@code -f} files and {@code --set*} flags into what helm-java can take
 * (values files and plain {@code set}s) without changing what Helm would compute. Helm merges
 * the {@code -f} files in order, then applies {@code --set-json}, {@code --set},
 * {@code --set-string}, {@code --set-file} and {@code --set-literal} — each group in command-line
 * order, whatever the interleaving on the command line — into that merged map
 * ({@code values.Options.MergeValues}). helm-java 0.0.21 has only values files and {@code --set},
 * so:
 * <ul>
 *   <li>the {@code -f} files are passed to Helm unchanged, in order;</li>
 *   <li>the flags are applied here, in Helm's order, onto the merged files (so that
 *       {@code --set list[1]=x} edits the list from a file, and a {@code --set-string} wins over a
 *       {@code --set} of the same key), and every subtree they wrote is passed as one generated
 *       values file after the user's files; a list they touched is passed whole, because Helm
 *       replaces lists from later files wholesale;</li>
 *   <li>integers that {@code --set} typed as int64 are passed once more as helm-java
 *       {@code set}s, because a values file would make them float64 (and Helm prints large
 *       float64 values in exponent form).</li>
 * </ul>
 */
final class HelmValues {

    /** One {@code --set*} argument. */
    record SetArg(SetValues.Kind kind, String value, int line) {
    }

    /** Values files in the order to pass them, int64 values to pass with {@code set}, and (when flags were applied) the user values. */
    record Prepared(List<Path> files, Map<String, String> intSets, Map<String, Object> userValues) {
    }

    /** A values file Helm could not read, or a flag it would reject. */
    static final class Problem extends RuntimeException {
        final int line;
        final Path file;

        Problem(Path file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }
    }

    private static final YAMLMapper YAML_OUT = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private HelmValues() {
    }

    /**
     * @param files the {@code -f} files, resolved on disk, in command-line order
     * @param shown how to name a file in messages
     * @param readFile reads a {@code --set-file} path (relative to the command's directory)
     */
    static Prepared prepare(List<Path> files, List<SetArg> sets, Path scratch, Function<Path, Path> shown,
                            Function<String, String> readFile) {
        if (sets.isEmpty()) {
            // nothing to apply: Helm reads the files itself, with its own YAML parser
            return new Prepared(List.copyOf(files), Map.of(), null);
        }
        Map<String, Object> base = new LinkedHashMap<>();
        for (Path f : files) {
            base = mergeMaps(base, read(f, shown.apply(f)));
        }
        List<List<Object>> touched = new ArrayList<>();
        for (SetValues.Kind kind : SetValues.Kind.values()) {
            for (SetArg s : sets) {
                if (s.kind() != kind) {
                    continue;
                }
                try {
                    SetValues.parseInto(s.value(), kind, base, readFile, touched);
                } catch (SetValues.Invalid e) {
                    throw new Problem(null, s.line(), kind.flag + " " + s.value() + ": " + e.getMessage());
                }
            }
        }
        Map<String, Object> generated = restrict(base, touched);
        Map<String, String> ints = new LinkedHashMap<>();
        collectInts(generated, "", ints);
        Path out;
        try {
            Files.createDirectories(scratch);
            out = Files.createTempFile(scratch, "set-values-", ".yaml");
            Files.writeString(out, YAML_OUT.writeValueAsString(plain(generated)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> all = new ArrayList<>(files);
        all.add(out);
        return new Prepared(List.copyOf(all), ints, base);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file, Path shown) {
        try {
            Object v = GoYaml.load(Files.readString(file, StandardCharsets.UTF_8));
            if (v == null) {
                return new LinkedHashMap<>();
            }
            if (!(v instanceof Map)) {
                throw new Problem(shown, 1, "a values file must be a mapping");
            }
            return (Map<String, Object>) v;
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            throw new Problem(shown, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "invalid YAML: " + e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new Problem(shown, 1, "invalid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new Problem(shown, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Helm's mergeMaps (pkg/cli/values): maps merge key by key, anything else is replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object v = e.getValue();
            Object have = out.get(e.getKey());
            if (v instanceof Map<?, ?> vm && have instanceof Map<?, ?> hm) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) hm, (Map<String, Object>) vm));
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** The parts of {@code values} on the written paths; a list on a path is kept whole. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> restrict(Map<String, Object> values, List<List<Object>> paths) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (List<Object> p : paths) {
            Map<String, Object> src = values;
            Map<String, Object> dst = out;
            for (int i = 0; i < p.size(); i++) {
                String k = (String) p.get(i);
                Object v = src.get(k);
                boolean last = i == p.size() - 1 || !(p.get(i + 1) instanceof String);
                if (last || !(v instanceof Map)) {
                    dst.put(k, v);
                    break;
                }
                Object d = dst.get(k);
                if (!(d instanceof Map)) {
                    d = new LinkedHashMap<String, Object>();
                    dst.put(k, d);
                }
                src = (Map<String, Object>) v;
                dst = (Map<String, Object>) d;
            }
        }
        return out;
    }

    private static void collectInts(Object v, String path, Map<String, String> out) {
        if (v instanceof SetValues.SetInt i) {
            out.put(path, Long.toString(i.value()));
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, c) -> collectInts(c, path.isEmpty() ? escape(k.toString()) : path + "." + escape(k.toString()), out));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                collectInts(l.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** A key as strvals reads it: its separators escaped. */
    private static String escape(String key) {
        StringBuilder s = new StringBuilder();
        for (char c : key.toCharArray()) {
            if ("\\.[]=,{}".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    private static Object plain(Object v) {
        if (v instanceof SetValues.SetInt i) {
            return i.value();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, c) -> out.put(k.toString(), plain(c)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(c -> out.add(plain(c)));
            return out;
        }
        return v;
    }
}
