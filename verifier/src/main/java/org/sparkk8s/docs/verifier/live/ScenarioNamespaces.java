package org.sparkk8s.docs.verifier.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sparkk8s.docs.verifier.plan.Scenario;

/**
 * The namespaces a scenario uses in one live run. As declared, unless the scenario allows a
 * suffix ({@code namespace-suffix: true}) and the cluster is shared: then each is
 * {@code <name>-<run id>}, so that runs of several people, or several scenarios at once, never
 * meet. Steps see the final names as {@code NAMESPACE} (the first) and {@code NAMESPACE_<NAME>}
 * ({@code NAMESPACE_SPARK_INFRA} for {@code spark-infra}); an {@code args} or {@code env} value
 * that is exactly a declared name is replaced by the final name. Without a suffix the variables
 * hold the declared names, so the guide's literal commands work unchanged.
 */
public record ScenarioNamespaces(Map<String, String> names) {

    public static ScenarioNamespaces of(Scenario s, String runId, boolean shared) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean suffix = shared && s.namespaceSuffix();
        for (String ns : s.namespaces()) {
            names.put(ns, suffix ? ns + "-" + runId : ns);
        }
        return new ScenarioNamespaces(names);
    }

    /** The final names, in declared order. */
    public List<String> actual() {
        return new ArrayList<>(names.values());
    }

    /** The names that decide which scenarios may run at the same time ({@code default} when none are declared). */
    public List<String> footprint() {
        return names.isEmpty() ? List.of("default") : actual();
    }

    /** {@code NAMESPACE} and {@code NAMESPACE_<NAME>} for the steps. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        names.forEach((declared, actual) -> {
            env.putIfAbsent("NAMESPACE", actual);
            env.put(variable(declared), actual);
        });
        return env;
    }

    static String variable(String declared) {
        return "NAMESPACE_" + declared.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A value of {@code args} or {@code env}: a declared namespace name becomes its final name. */
    public String substitute(String value) {
        return names.getOrDefault(value, value);
    }

    /** The declared name of a final name (live objects are reported under the names the guide uses). */
    public String declared(String actual) {
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(actual)) {
                return e.getKey();
            }
        }
        return actual;
    }
}
