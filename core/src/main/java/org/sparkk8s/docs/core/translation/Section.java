package org.sparkk8s.docs.core.translation;

/**
 * A section of a page, or the page itself (the root, id {@code ""}, level 0): its id, whether the
 * author wrote the id or the site generates it from the title, and the lines it owns — from its
 * anchor line to the line before the next section starts, subsections excluded.
 *
 * @param line      the heading line (the title line for the root)
 * @param parentId  the id of the enclosing section, {@code ""} for the page; null for the root
 * @param firstLine the first line that belongs to the section (its anchor or attribute lines)
 * @param lastLine  the last line before the next section of any level
 */
public record Section(String id, boolean explicitId, int level, String title, int line, String parentId,
                      int firstLine, int lastLine) {

    public boolean isRoot() {
        return parentId == null;
    }

    /** How messages name it: {@code section 'id'}, or {@code the page} for the root. */
    public String describe() {
        return isRoot() ? "the page" : "section '" + id + "'";
    }

    Section endingAt(int last) {
        return new Section(id, explicitId, level, title, line, parentId, firstLine, last);
    }
}
