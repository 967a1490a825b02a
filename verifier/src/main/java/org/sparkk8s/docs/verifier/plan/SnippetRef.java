package org.sparkk8s.docs.verifier.plan;

/**
 * A snippet named the way verify.yaml names it: {@code topic/file.sh#tag} or a whole file
 * {@code topic/file.sh}, relative to {@code snippets/}.
 */
public record SnippetRef(String file, String tag) {

    public static SnippetRef parse(String spec) {
        int hash = spec.indexOf('#');
        if (hash < 0) {
            return new SnippetRef(spec, null);
        }
        return new SnippetRef(spec.substring(0, hash), spec.substring(hash + 1));
    }

    public boolean isWholeFile() {
        return tag == null;
    }

    /** The snippet id used in the report: {@code path#tag} or {@code path}. */
    public String id() {
        return tag == null ? file : file + "#" + tag;
    }

    @Override
    public String toString() {
        return id();
    }
}
