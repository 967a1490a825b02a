package org.sparkk8s.docs.core.snippet;

/**
 * One {@code tag::name[]} … {@code end::name[]} region of a snippet file. Lines are 1-based and
 * point at the two directive lines; the region's content lies strictly between them.
 */
public record TagRegion(String name, int openLine, int closeLine, int depth) {

    public int firstContentLine() {
        return openLine + 1;
    }

    public int lastContentLine() {
        return closeLine - 1;
    }

    /** True when {@code other} lies inside this region. */
    public boolean encloses(TagRegion other) {
        return openLine < other.openLine && other.closeLine < closeLine;
    }
}
