package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sections of a page in document order, the page itself first; sections are found by id. */
public final class SectionTree {

    private final List<Section> all;
    private final Map<String, Section> byId = new LinkedHashMap<>();

    SectionTree(List<Section> all) {
        this.all = List.copyOf(all);
        for (Section s : all) {
            byId.putIfAbsent(s.id(), s);
        }
    }

    /** Every section, the root first, in the order of the page. */
    public List<Section> all() {
        return all;
    }

    public Section root() {
        return all.get(0);
    }

    public Optional<Section> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The sections directly below {@code id}, in page order. */
    public List<Section> children(String id) {
        List<Section> out = new ArrayList<>();
        for (Section s : all) {
            if (id.equals(s.parentId())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The section that owns {@code line} (subsections own their lines, not their parents). */
    public Section owning(int line) {
        Section found = all.get(0);
        for (Section s : all) {
            if (s.firstLine() <= line && line <= s.lastLine()) {
                found = s;
            }
        }
        return found;
    }
}
