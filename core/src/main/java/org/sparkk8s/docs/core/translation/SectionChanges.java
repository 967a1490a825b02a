package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.guide.PageParser;
import org.sparkk8s.docs.core.text.SourceText;

/**
 * Which sections of an English page changed since the version a translation was made from:
 * each section's own lines (subsections excluded) are compared by id, white space aside, so a
 * reviewer sees exactly which Russian sections need work.
 */
public final class SectionChanges {

    /** What happened to a section. */
    public enum Change { SAME, CHANGED, NEW }

    /** Header lines that are settings, not text a translator renders: everything but the description. */
    private static final Pattern SETTING = Pattern.compile("^:(?!description:)[A-Za-z0-9_][A-Za-z0-9_-]*!?:.*$|^(?!title:|description:)[A-Za-z0-9_-]+:.*$");

    private final Map<String, Change> changes = new HashMap<>();
    private final Map<String, List<TextDiff.Row>> rows = new HashMap<>();
    private final List<String> removed = new ArrayList<>();

    private SectionChanges() {
    }

    /** The changes from {@code olderText} to {@code current}; empty when the older text cannot be read as a page. */
    public static Optional<SectionChanges> between(String olderText, Page current) {
        PageStructure before;
        Page older;
        try {
            older = PageParser.parse(current.kind(), current.language(), current.path(), SourceText.of(olderText, current.path()));
            before = PageStructure.of(older);
        } catch (ContentException e) {
            return Optional.empty();
        }
        PageStructure now = PageStructure.of(current);
        SectionChanges out = new SectionChanges();
        for (Section s : now.sections().all()) {
            List<String> newLines = own(current, s);
            Optional<Section> then = before.sections().byId(s.id());
            if (then.isEmpty()) {
                out.changes.put(s.id(), Change.NEW);
                out.rows.put(s.id(), TextDiff.rows(List.of(), newLines));
                continue;
            }
            List<String> oldLines = own(older, then.get());
            boolean same = squeeze(oldLines).equals(squeeze(newLines));
            out.changes.put(s.id(), same ? Change.SAME : Change.CHANGED);
            out.rows.put(s.id(), TextDiff.rows(oldLines, newLines));
        }
        for (Section s : before.sections().all()) {
            if (now.sections().byId(s.id()).isEmpty()) {
                out.removed.add(s.id());
            }
        }
        return Optional.of(out);
    }

    public Change of(String sectionId) {
        return changes.getOrDefault(sectionId, Change.SAME);
    }

    /** The section's current lines with what changed marked. */
    public List<TextDiff.Row> rows(String sectionId) {
        return rows.getOrDefault(sectionId, List.of());
    }

    /** Ids of sections the older English had and the current one does not. */
    public List<String> removed() {
        return removed;
    }

    /** The lines a section owns; the page's own lines without header settings. */
    private static List<String> own(Page page, Section s) {
        List<String> lines = page.text().lines();
        List<String> out = new ArrayList<>();
        for (int i = s.firstLine(); i <= Math.min(s.lastLine(), lines.size()); i++) {
            String l = lines.get(i - 1);
            if (s.isRoot() && i < firstBodyLine(page) && SETTING.matcher(l).matches()) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** The first line after the header (AsciiDoc attributes up to the first blank line, or the front matter). */
    private static int firstBodyLine(Page page) {
        List<String> lines = page.text().lines();
        if (page.format() == Page.Format.MARKDOWN) {
            if (!lines.isEmpty() && lines.get(0).equals("---")) {
                for (int k = 1; k < lines.size(); k++) {
                    if (lines.get(k).equals("---") || lines.get(k).equals("...")) {
                        return k + 2;
                    }
                }
            }
            return 1;
        }
        for (int k = Math.max(0, page.titleLine()); k < lines.size(); k++) {
            if (lines.get(k).isBlank()) {
                return k + 1;
            }
        }
        return lines.size() + 1;
    }

    private static String squeeze(List<String> lines) {
        return String.join(" ", lines).replaceAll("\\s+", " ").strip();
    }
}
