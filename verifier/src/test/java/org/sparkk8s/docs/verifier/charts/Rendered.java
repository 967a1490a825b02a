package org.sparkk8s.docs.verifier.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/** The objects one {@code helm template} produced (real Helm through helm-java), parsed into maps. */
record Rendered(String release, String namespace, List<Map<String, Object>> objects) {

    static final YAMLMapper YAML = new YAMLMapper();

    /** Renders {@code chart} like {@code helm template <release> <chart> -n <namespace> -f … --set …}. */
    static Rendered of(Path chart, String release, String namespace, Map<String, String> sets, List<Path> valuesFiles) {
        TemplateCommand cmd = new Helm(chart).template().withName(release).withNamespace(namespace);
        for (Path values : valuesFiles) {
            cmd = cmd.withValuesFile(values);
        }
        for (Map.Entry<String, String> set : sets.entrySet()) {
            cmd = cmd.set(set.getKey(), set.getValue());
        }
        return new Rendered(release, namespace, parse(cmd.call()));
    }

    static Rendered of(Path chart, String release, String namespace, Map<String, String> sets) {
        return of(chart, release, namespace, sets, List.of());
    }

    static List<Map<String, Object>> parse(String manifests) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> docs = YAML.readerFor(new TypeReference<Map<String, Object>>() { })
                .readValues(manifests)) {
            while (docs.hasNext()) {
                Map<String, Object> doc = docs.next();
                if (doc != null && !doc.isEmpty()) {
                    out.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendered manifests do not parse as YAML", e);
        }
        return out;
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")));
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(
                "release " + release + " has no " + kind + " " + name + "; it has " + ids()));
    }

    List<String> ids() {
        return objects.stream().map(o -> o.get("kind") + "/" + name(o)).toList();
    }

    /** Pod specs of workloads, with where they came from, plus pod templates kept in ConfigMaps. */
    List<PodSpecAt> podSpecs() {
        List<PodSpecAt> out = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            String kind = (String) o.get("kind");
            String where = release + ": " + kind + "/" + name(o);
            switch (kind) {
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                        out.add(new PodSpecAt(where, map(at(o, "spec", "template", "spec"))));
                case "CronJob" -> out.add(new PodSpecAt(where, map(at(o, "spec", "jobTemplate", "spec", "template", "spec"))));
                case "Pod" -> out.add(new PodSpecAt(where, map(o.get("spec"))));
                case "ConfigMap" -> podTemplatesIn(o, where, out);
                default -> { }
            }
        }
        return out;
    }

    private static void podTemplatesIn(Map<String, Object> configMap, String where, List<PodSpecAt> out) {
        Map<String, Object> data = map(configMap.getOrDefault("data", Map.of()));
        for (Map.Entry<String, Object> e : data.entrySet()) {
            if (!(e.getValue() instanceof String text) || !(e.getKey().endsWith(".yaml") || e.getKey().endsWith(".yml"))) {
                continue;
            }
            for (Map<String, Object> doc : parse(text)) {
                if ("Pod".equals(doc.get("kind"))) {
                    out.add(new PodSpecAt(where + " data." + e.getKey(), map(doc.get("spec"))));
                }
            }
        }
    }

    /** A pod spec and a human-readable origin for failure messages. */
    record PodSpecAt(String where, Map<String, Object> spec) {

        List<Map<String, Object>> containers() {
            return list(spec.get("containers"));
        }

        List<Map<String, Object>> allContainers() {
            List<Map<String, Object>> all = new ArrayList<>(list(spec.get("initContainers")));
            all.addAll(list(spec.get("containers")));
            all.addAll(list(spec.get("ephemeralContainers")));
            return all;
        }
    }

    static String name(Map<String, Object> object) {
        return (String) map(object.get("metadata")).get("name");
    }

    static Map<String, Object> labels(Map<String, Object> object) {
        return map(map(object.get("metadata")).getOrDefault("labels", Map.of()));
    }

    /** The env of a container as name to value (valueFrom entries map to null), in declaration order. */
    static LinkedHashMap<String, String> env(Map<String, Object> container) {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> e : list(container.get("env"))) {
            out.put((String) e.get("name"), (String) e.get("value"));
        }
        return out;
    }

    static Map<String, Object> container(Map<String, Object> workload, String name) {
        return list(at(workload, "spec", "template", "spec", "containers")).stream()
                .filter(c -> name.equals(c.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name(workload) + " has no container " + name));
    }

    static Object at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(p);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    static Predicate<Map<String, Object>> labelled(String key, String value) {
        return o -> value.equals(labels(o).get(key));
    }
}
