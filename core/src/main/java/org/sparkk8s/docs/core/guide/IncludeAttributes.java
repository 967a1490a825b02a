package org.sparkk8s.docs.core.guide;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the attribute list of an include directive ({@code tag=x,indent=0} or
 * {@code tags="a;b"}): comma-separated, named {@code key=value} entries, values optionally in
 * single or double quotes. Positional entries are kept under their 1-based index.
 */
public final class IncludeAttributes {

    private IncludeAttributes() {
    }

    public static Map<String, String> parse(String attrlist) {
        Map<String, String> out = new LinkedHashMap<>();
        if (attrlist == null || attrlist.isBlank()) {
            return out;
        }
        int i = 0;
        int n = attrlist.length();
        int positional = 0;
        while (i < n) {
            while (i < n && attrlist.charAt(i) == ' ') {
                i++;
            }
            StringBuilder key = new StringBuilder();
            while (i < n && attrlist.charAt(i) != '=' && attrlist.charAt(i) != ',') {
                key.append(attrlist.charAt(i++));
            }
            String value = null;
            if (i < n && attrlist.charAt(i) == '=') {
                i++;
                StringBuilder v = new StringBuilder();
                if (i < n && (attrlist.charAt(i) == '"' || attrlist.charAt(i) == '\'')) {
                    char q = attrlist.charAt(i++);
                    while (i < n && attrlist.charAt(i) != q) {
                        if (attrlist.charAt(i) == '\\' && i + 1 < n && attrlist.charAt(i + 1) == q) {
                            i++;
                        }
                        v.append(attrlist.charAt(i++));
                    }
                    i++; // closing quote
                    while (i < n && attrlist.charAt(i) != ',') {
                        i++;
                    }
                } else {
                    while (i < n && attrlist.charAt(i) != ',') {
                        v.append(attrlist.charAt(i++));
                    }
                }
                value = v.toString().strip();
            }
            if (i < n && attrlist.charAt(i) == ',') {
                i++;
            }
            String k = key.toString().strip();
            if (value == null) {
                if (!k.isEmpty()) {
                    out.put(String.valueOf(++positional), k);
                }
            } else {
                out.put(k, value);
            }
        }
        return out;
    }
}
