package org.sparkk8s.docs.verifier.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

import org.sparkk8s.docs.verifier.plan.Invariant;
import org.sparkk8s.docs.verifier.plan.Selector;

/**
 * Checks a scenario's invariants over a list of objects. The input is the same whether the
 * objects were rendered offline or fetched from a cluster, so the live tier reuses this class
 * unchanged. An invariant that selects nothing, an object that yields no value, and a
 * {@code distinct-across} with fewer than two groups are failures: none of them proves anything.
 */
public final class InvariantCheck {

    private static final Configuration JSON = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    private InvariantCheck() {
    }

    public static InvariantResult check(Invariant inv, List<KubeObject> objects) {
        List<KubeObject> selected = objects.stream().filter(o -> selects(inv.select(), o)).toList();
        List<InvariantResult.Violation> violations = new ArrayList<>();
        if (selected.isEmpty()) {
            violations.add(new InvariantResult.Violation("selects no objects (" + inv.select() + ")", List.of(), true));
            return new InvariantResult(inv, false, violations, 0);
        }
        Map<KubeObject, String> values = new LinkedHashMap<>();
        for (KubeObject o : selected) {
            String v = value(inv, o);
            if (v == null) {
                violations.add(new InvariantResult.Violation(o.describe() + " yields no value for " + inv.path(), List.of(o)));
            } else {
                values.put(o, v);
            }
        }
        if (inv.equals() != null) {
            String want = inv.equals().isValueNode() ? inv.equals().asText() : inv.equals().toString();
            values.forEach((o, v) -> {
                if (!v.equals(want)) {
                    violations.add(new InvariantResult.Violation(o.describe() + " has " + inv.valueLabel() + "=" + v
                            + ", expected " + want, List.of(o)));
                }
            });
        }
        if (inv.matches() != null) {
            values.forEach((o, v) -> {
                if (!inv.matches().matcher(v).matches()) {
                    violations.add(new InvariantResult.Violation(o.describe() + " has " + inv.valueLabel() + "=" + v
                            + ", which does not match /" + inv.matches().pattern() + "/", List.of(o)));
                }
            });
        }
        if (inv.distinctAcross() != null) {
            distinct(inv, selected, values, violations);
        }
        return new InvariantResult(inv, violations.isEmpty(), violations, selected.size());
    }

    private static void distinct(Invariant inv, List<KubeObject> selected, Map<KubeObject, String> values,
                                 List<InvariantResult.Violation> violations) {
        String what = inv.distinctAcross().id();
        // group -> value -> objects; TreeMaps keep messages stable
        Map<String, Map<String, List<KubeObject>>> groups = new TreeMap<>();
        for (KubeObject o : selected) {
            String group = inv.distinctAcross() == Invariant.Across.RELEASE ? o.owningRelease() : o.namespace();
            if (group == null) {
                violations.add(new InvariantResult.Violation(o.describe()
                        + " belongs to no known release (no app.kubernetes.io/instance label)", List.of(o)));
                continue;
            }
            String v = values.get(o);
            if (v != null) {
                groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(v, x -> new ArrayList<>()).add(o);
            }
        }
        if (groups.size() < 2) {
            violations.add(new InvariantResult.Violation("distinct-across " + what + " needs objects of at least two "
                    + what + "s, but " + inv.select() + " selects "
                    + (groups.isEmpty() ? "none with a value" : "only " + what + " " + groups.keySet().iterator().next()),
                    selected, true));
            return;
        }
        List<String> names = new ArrayList<>(groups.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Map<String, List<KubeObject>> a = groups.get(names.get(i));
                Map<String, List<KubeObject>> b = groups.get(names.get(j));
                for (Map.Entry<String, List<KubeObject>> e : a.entrySet()) {
                    List<KubeObject> other = b.get(e.getKey());
                    if (other == null) {
                        continue;
                    }
                    List<KubeObject> both = new ArrayList<>(e.getValue());
                    both.addAll(other);
                    violations.add(new InvariantResult.Violation(what + "s " + names.get(i) + " and " + names.get(j)
                            + " both render " + inv.valueLabel() + "=" + e.getKey() + ": "
                            + both.stream().map(InvariantCheck::describeWithOrigin).collect(Collectors.joining(", ")),
                            both));
                }
            }
        }
    }

    static String describeWithOrigin(KubeObject o) {
        KubeObject.Origin origin = o.origin();
        return o.describe() + (origin != null && origin.location() != null ? " (" + origin.location() + ")" : "");
    }

    public static boolean selects(Selector s, KubeObject o) {
        if (s == null || !s.kind().equals(o.kind())) {
            return false;
        }
        if (s.apiVersion() != null && !s.apiVersion().equals(o.apiVersion())) {
            return false;
        }
        if (s.namespace() != null && !s.namespace().equals(o.namespace())) {
            return false;
        }
        for (Map.Entry<String, String> l : s.labels().entrySet()) {
            if (!l.getValue().equals(o.label(l.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The path's value in {@code o} as text (JSON for structures), or null when it yields nothing. */
    static String value(Invariant inv, KubeObject o) {
        Object r;
        try {
            r = inv.compiled().read(o.json(), JSON);
        } catch (JsonPathException e) {
            return null;
        }
        if (!(r instanceof JsonNode n) || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isArray() && !inv.compiled().isDefinite()) {
            if (n.isEmpty()) {
                return null;
            }
            if (n.size() == 1) {
                n = n.get(0);
                if (n.isNull()) {
                    return null;
                }
            }
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
