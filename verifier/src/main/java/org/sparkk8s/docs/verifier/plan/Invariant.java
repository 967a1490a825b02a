package org.sparkk8s.docs.verifier.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;

import org.sparkk8s.docs.core.SourceLocation;

/**
 * A property of the objects a scenario puts into the cluster, checked on the render and, with the
 * same definition, on a live cluster: a JSONPath over the selected objects whose values must be
 * distinct across releases or namespaces, equal a value, or match a pattern.
 *
 * @param equals null when not given
 * @param matches null when not given
 */
public record Invariant(String name, Selector select, String path, JsonPath compiled, Across distinctAcross,
                        JsonNode equals, Pattern matches, SourceLocation location) {

    /** What values must differ across. */
    public enum Across {
        RELEASE, NAMESPACE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern NAMED_FILTER = Pattern.compile("@\\.name\\s*==\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern LAST_FIELD = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)\\s*(?:\\[[^\\]]*\\])?\\s*$");

    /**
     * A short name for the value in messages: the name a filter picks ({@code POSTGRES_DB} in
     * {@code env[?(@.name=='POSTGRES_DB')].value}), else the last field of the path.
     */
    public String valueLabel() {
        Matcher m = NAMED_FILTER.matcher(path);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher f = LAST_FIELD.matcher(path);
        return f.find() ? f.group(1) : path;
    }
}
