package org.sparkk8s.docs.verifier.plan;

import java.util.Map;

/**
 * Which Kubernetes objects an invariant looks at: a kind, optionally an apiVersion and a
 * namespace, and labels that must all match.
 */
public record Selector(String kind, String apiVersion, String namespace, Map<String, String> labels) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind);
        if (!labels.isEmpty()) {
            s.append(" with labels ");
            labels.forEach((k, v) -> s.append(k).append('=').append(v).append(' '));
            s.setLength(s.length() - 1);
        }
        if (namespace != null) {
            s.append(" in namespace ").append(namespace);
        }
        return s.toString();
    }
}
