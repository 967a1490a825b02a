package org.sparkk8s.docs.verifier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a script's variables hold while the verifier reads it: the step's {@code env:}, its
 * positional {@code args:} and the script's own assignments. A variable whose value cannot be
 * known offline (set from a command's output, a loop variable) is held with the reason.
 */
public final class ShellVariables {

    /** A value, or the reason there is none. */
    record Value(String text, String unknown) {
    }

    private final Map<String, Value> vars = new HashMap<>();
    private List<String> positional;
    private final String scriptName;

    public ShellVariables(Map<String, String> env, List<String> args, String scriptName) {
        env.forEach((k, v) -> vars.put(k, new Value(v, null)));
        this.positional = new ArrayList<>(args);
        this.scriptName = scriptName;
    }

    void set(String name, String value) {
        vars.put(name, new Value(value, null));
    }

    void setUnknown(String name, String reason) {
        vars.put(name, new Value(null, reason));
    }

    void unset(String name) {
        vars.remove(name);
    }

    /** The variable, or null when it is not set at all. */
    Value get(String name) {
        return vars.get(name);
    }

    List<String> positional() {
        return positional;
    }

    void setPositional(List<String> args) {
        positional = new ArrayList<>(args);
    }

    String scriptName() {
        return scriptName;
    }
}
