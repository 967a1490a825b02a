package org.sparkk8s.docs.verifier.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Helm's {@code --set} family, following helm.sh/helm/v3/pkg/strvals: {@code a.b=c,d[0].e=f},
 * {@code {x,y}} lists, backslash escapes, typed values for {@code --set} (true, false, null, and
 * integers not starting with 0 become booleans, null and int64), strings for {@code --set-string},
 * file contents for {@code --set-file}, JSON for {@code --set-json}, and the whole rest of the
 * argument for {@code --set-literal}. Values are set into an existing map, as Helm sets them into
 * the values merged from the {@code -f} files; every path written is recorded so that only those
 * subtrees need to be handed to Helm.
 */
public final class SetValues {

    /** Which flag a value came from. */
    public enum Kind {
        JSON("--set-json"), TYPED("--set"), STRING("--set-string"), FILE("--set-file"), LITERAL("--set-literal");

        public final String flag;

        Kind(String flag) {
            this.flag = flag;
        }
    }

    /** An integer that {@code --set} typed as int64 (a values file would have made it a float64). */
    public record SetInt(long value) {
    }

    /** A {@code --set} argument Helm would reject, with Helm's reason. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private static final int MAX_INDEX = 65536;
    private static final int MAX_NESTING = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String s;
    private int pos;
    private final Kind kind;
    private final Function<String, String> files;
    private final List<List<Object>> touched;
    private final List<Object> path = new ArrayList<>();

    private SetValues(String s, Kind kind, Function<String, String> files, List<List<Object>> touched) {
        this.s = s;
        this.kind = kind;
        this.files = files;
        this.touched = touched;
    }

    /**
     * Parses one flag argument into {@code dest}.
     *
     * @param files reads a {@code --set-file} path; null for the other kinds
     * @param touched receives each path written (keys as strings, list indexes as integers)
     */
    public static void parseInto(String arg, Kind kind, Map<String, Object> dest, Function<String, String> files,
                                 List<List<Object>> touched) {
        SetValues p = new SetValues(arg, kind, files, touched);
        if (kind == Kind.LITERAL) {
            p.literal(dest);
            return;
        }
        while (true) {
            if (!p.key(dest, 0)) {
                return;
            }
        }
    }

    /** Reads one key=value; false at the end of the input. */
    private boolean key(Map<String, Object> data, int nesting) {
        while (true) {
            Read r = until("=[,.");
            if (r.eof) {
                if (r.text.isEmpty()) {
                    return false;
                }
                throw new Invalid("key \"" + r.text + "\" has no value");
            }
            switch (r.stop) {
                case '[' -> {
                    int i = index();
                    List<Object> list = asList(data.get(r.text), r.text);
                    path.add(r.text);
                    list = listItem(list, i, nesting);
                    path.remove(path.size() - 1);
                    put(data, r.text, list, false);
                    return true;
                }
                case '=' -> {
                    path.add(r.text);
                    if (kind == Kind.JSON) {
                        put(data, r.text, json(), true);
                        path.remove(path.size() - 1);
                        return true;
                    }
                    Object v = value();
                    path.remove(path.size() - 1);
                    put(data, r.text, v, true);
                    return true;
                }
                case ',' -> {
                    put(data, r.text, "", true);
                    throw new Invalid("key \"" + r.text + "\" has no value (cannot end with ,)");
                }
                default -> {
                    if (++nesting > MAX_NESTING) {
                        throw new Invalid("value name nested level is greater than maximum supported nested level of " + MAX_NESTING);
                    }
                    Map<String, Object> inner = asMap(data.get(r.text), r.text);
                    path.add(r.text);
                    boolean more = key(inner, nesting);
                    path.remove(path.size() - 1);
                    if (!more && inner.isEmpty()) {
                        throw new Invalid("key map \"" + r.text + "\" has no value");
                    }
                    if (!inner.isEmpty()) {
                        put(data, r.text, inner, false);
                    }
                    return more;
                }
            }
        }
    }

    private List<Object> listItem(List<Object> list, int i, int nesting) {
        if (i < 0) {
            throw new Invalid("negative " + i + " index not allowed");
        }
        Read r = until("[.=");
        if (!r.text.isEmpty()) {
            throw new Invalid("unexpected data at end of array index: \"" + r.text + "\"");
        }
        if (r.eof) {
            throw new Invalid("error parsing index: EOF");
        }
        path.add(i);
        try {
            switch (r.stop) {
                case '=' -> {
                    Object v = kind == Kind.JSON ? json() : value();
                    touched.add(List.copyOf(path));
                    return setIndex(list, i, v);
                }
                case '[' -> {
                    int next = index();
                    List<Object> inner = list.size() > i && list.get(i) != null ? asList(list.get(i), "[" + i + "]") : new ArrayList<>();
                    return setIndex(list, i, listItem(inner, next, nesting));
                }
                default -> {
                    Map<String, Object> inner = list.size() > i && list.get(i) instanceof Map<?, ?> m
                            ? castMap(m) : new LinkedHashMap<>();
                    key(inner, nesting);
                    return setIndex(list, i, inner);
                }
            }
        } finally {
            path.remove(path.size() - 1);
        }
    }

    /** The value after '=': a {@code {a,b}} list or a scalar up to the next unescaped comma. */
    private Object value() {
        if (pos < s.length() && s.charAt(pos) == '{') {
            pos++;
            List<Object> list = new ArrayList<>();
            while (true) {
                Read r = until(",}");
                if (r.eof) {
                    throw new Invalid("list must terminate with '}'");
                }
                list.add(convert(r.text));
                if (r.stop == '}') {
                    if (pos < s.length() && s.charAt(pos) == ',') {
                        pos++;
                    }
                    return list;
                }
            }
        }
        if (pos >= s.length()) {
            return "";
        }
        Read r = until(",");
        return convert(r.text);
    }

    private Object convert(String v) {
        return switch (kind) {
            case STRING -> v;
            case FILE -> files.apply(v);
            default -> typed(v);
        };
    }

    /** strvals.typedVal. */
    static Object typed(String v) {
        if (v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (v.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (v.equalsIgnoreCase("null")) {
            return null;
        }
        if (v.equals("0")) {
            return new SetInt(0);
        }
        if (!v.isEmpty() && v.charAt(0) != '0') {
            try {
                // Go's strconv.ParseInt accepts a leading sign and nothing else
                if (v.matches("[+-]?\\d+")) {
                    return new SetInt(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
                }
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    private Object json() {
        // an empty value (only blanks up to ',' or the end) is null
        int p = pos;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length() || s.charAt(p) == ',') {
            pos = Math.min(p + 1, s.length());
            return null;
        }
        try (JsonParser parser = JSON.getFactory().createParser(s.substring(pos))) {
            Object v = JSON.readValue(parser, Object.class);
            pos += (int) parser.currentLocation().getCharOffset();
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            }
            return v;
        } catch (IOException e) {
            throw new Invalid("invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** --set-literal: the key path up to the first '=', the rest verbatim as a string. */
    private void literal(Map<String, Object> dest) {
        int eq = s.indexOf('=');
        if (eq < 0) {
            throw new Invalid("key \"" + s + "\" has no value");
        }
        String keyPart = s.substring(0, eq);
        String value = s.substring(eq + 1);
        SetValues keyOnly = new SetValues(keyPart + "=" + "x", Kind.STRING, null, touched);
        Map<String, Object> scratch = new LinkedHashMap<>();
        keyOnly.key(scratch, 0);
        // replay the recorded path with the literal value
        List<Object> p = touched.get(touched.size() - 1);
        Object container = dest;
        for (int i = 0; i < p.size() - 1; i++) {
            Object k = p.get(i);
            Object nextKey = p.get(i + 1);
            Object child = get(container, k);
            if (child == null) {
                child = nextKey instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                container = putChild(container, k, child);
            } else {
                container = child;
            }
        }
        putChild(container, p.get(p.size() - 1), value);
    }

    @SuppressWarnings("unchecked")
    private static Object get(Object container, Object k) {
        if (container instanceof Map<?, ?> m) {
            return m.get(k);
        }
        List<Object> l = (List<Object>) container;
        int i = (Integer) k;
        return i < l.size() ? l.get(i) : null;
    }

    @SuppressWarnings("unchecked")
    private static Object putChild(Object container, Object k, Object child) {
        if (container instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) k, child);
        } else {
            List<Object> l = (List<Object>) container;
            int i = (Integer) k;
            while (l.size() <= i) {
                l.add(null);
            }
            l.set(i, child);
        }
        return child;
    }

    private void put(Map<String, Object> data, String key, Object v, boolean leaf) {
        if (key.isEmpty()) {
            return;
        }
        data.put(key, v);
        if (leaf) {
            List<Object> p = new ArrayList<>(path);
            if (p.isEmpty() || !key.equals(p.get(p.size() - 1))) {
                p.add(key);
            }
            touched.add(p);
        }
    }

    private static List<Object> setIndex(List<Object> list, int i, Object v) {
        if (i < 0) {
            throw new Invalid("negative " + i + " index not allowed");
        }
        if (i > MAX_INDEX) {
            throw new Invalid("index of " + i + " is greater than maximum supported index of " + MAX_INDEX);
        }
        List<Object> out = list;
        while (out.size() <= i) {
            out.add(null);
        }
        out.set(i, v);
        return out;
    }

    private int index() {
        Read r = until("]");
        if (r.eof) {
            throw new Invalid("error parsing index: EOF");
        }
        try {
            return Integer.parseInt(r.text);
        } catch (NumberFormatException e) {
            throw new Invalid("error parsing index: strconv.Atoi: parsing \"" + r.text + "\": invalid syntax");
        }
    }

    private static List<Object> asList(Object o, String key) {
        if (o == null) {
            return new ArrayList<>();
        }
        if (o instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> cast = (List<Object>) l;
            return cast instanceof ArrayList<Object> ? cast : new ArrayList<>(cast);
        }
        throw new Invalid("unable to parse key: \"" + key + "\" holds " + describe(o) + ", not a list");
    }

    private static Map<String, Object> asMap(Object o, String key) {
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (o instanceof Map<?, ?> m) {
            return castMap(m);
        }
        throw new Invalid("unable to parse key: \"" + key + "\" holds " + describe(o) + ", not a map");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String describe(Object o) {
        return o instanceof List ? "a list" : o instanceof Map ? "a map" : "the value " + o;
    }

    private record Read(String text, char stop, boolean eof) {
    }

    /** strvals.runesUntil: text up to one of {@code stops}, with backslash escaping the next character. */
    private Read until(String stops) {
        StringBuilder v = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (stops.indexOf(c) >= 0) {
                return new Read(v.toString(), c, false);
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    return new Read(v.toString(), '\0', true);
                }
                v.append(s.charAt(pos++));
            } else {
                v.append(c);
            }
        }
        return new Read(v.toString(), '\0', true);
    }
}
