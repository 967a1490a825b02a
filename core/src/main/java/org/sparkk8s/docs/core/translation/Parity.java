package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.translation.PageStructure.Kind;
import org.sparkk8s.docs.core.translation.PageStructure.Marker;

/**
 * Compares a translation's structure with its original's: the same section tree, and per section
 * the same includes in the same order, the same numbers of code blocks, tables and admonitions
 * (of the same types), the same images, cross-references, file links and preset mentions.
 * Every difference is an error at the translation's line that names the original's line.
 */
public final class Parity {

    private final PageStructure en;
    private final PageStructure ru;
    private final List<Problem> problems = new ArrayList<>();

    private Parity(PageStructure en, PageStructure ru) {
        this.en = en;
        this.ru = ru;
    }

    /** Every difference between {@code translation} and {@code original}, in the translation's line order. */
    public static List<Problem> compare(PageStructure original, PageStructure translation) {
        Parity p = new Parity(original, translation);
        for (Section s : original.sections().all()) {
            translation.sections().byId(s.id()).ifPresent(t -> {
                p.children(s, t);
                p.content(s, t);
            });
        }
        p.orphans();
        p.problems.sort(Comparator.comparingInt((Problem x) -> x.location().line()));
        return List.copyOf(p.problems);
    }

    private void error(int ruLine, String message) {
        problems.add(Problem.error(ru.at(ruLine), message));
    }

    private String enAt(int line) {
        return "(" + en.at(line) + ")";
    }

    /** The subsections of a section both pages have: same ids, same order, same levels. */
    private void children(Section enParent, Section ruParent) {
        List<Section> enKids = en.sections().children(enParent.id());
        List<Section> ruKids = ru.sections().children(ruParent.id());
        List<String> enIds = enKids.stream().map(Section::id).toList();
        List<String> ruIds = ruKids.stream().map(Section::id).toList();
        if (enIds.equals(ruIds)) {
            for (int i = 0; i < enKids.size(); i++) {
                if (enKids.get(i).level() != ruKids.get(i).level()) {
                    error(ruKids.get(i).line(), "section '" + ruIds.get(i) + "' is at level " + ruKids.get(i).level()
                            + ", English has it at level " + enKids.get(i).level() + " " + enAt(enKids.get(i).line()));
                }
            }
            return;
        }
        List<String> missing = enIds.stream().filter(id -> !ruIds.contains(id)).toList();
        List<String> extra = ruIds.stream().filter(id -> !enIds.contains(id)).toList();
        if (missing.isEmpty() && extra.isEmpty()) {
            error(ruParent.line(), "the subsections of " + ruParent.describe() + " are in another order than in English "
                    + enAt(enParent.line()) + ": " + String.join(", ", ruIds) + "; English: " + String.join(", ", enIds));
            return;
        }
        if (!missing.isEmpty()) {
            List<String> details = new ArrayList<>();
            for (String id : missing) {
                Section enKid = en.sections().byId(id).orElseThrow();
                Optional<Section> elsewhere = ru.sections().byId(id);
                details.add("'" + id + "' (English line " + enKid.line() + ") is "
                        + elsewhere.map(e -> "under " + parentName(e) + " here, at line " + e.line()).orElse("missing"));
            }
            String has = ruParent.isRoot() ? "the page has " : ruParent.describe() + " has ";
            error(ruParent.line(), (enIds.size() == ruIds.size()
                    ? "the subsections of " + ruParent.describe() + " differ from English " + enAt(enParent.line())
                    : has + count(ruIds.size(), "subsection") + ", English has " + enIds.size() + " " + enAt(enParent.line()))
                    + ": " + String.join("; ", details));
        }
        for (String id : extra) {
            Section kid = ru.sections().byId(id).orElseThrow();
            Optional<Section> inEnglish = en.sections().byId(id);
            error(kid.line(), inEnglish.isPresent()
                    ? "section '" + id + "' is under " + parentName(kid) + " here, English has it under "
                    + parentName(inEnglish.get()) + " " + enAt(inEnglish.get().line())
                    : "section '" + id + "' is not in English"
                    + (kid.explicitId() ? "" : " (its id comes from its title: give it the English section's id with [#id])"));
        }
    }

    /** Sections of the translation below a parent that English does not have at all. */
    private void orphans() {
        for (Section s : ru.sections().all()) {
            if (s.isRoot() || en.sections().byId(s.id()).isPresent() || en.sections().byId(s.parentId()).isPresent()) {
                continue;
            }
            Section parent = ru.sections().byId(s.parentId()).orElseThrow();
            boolean parentReported = en.sections().byId(parent.parentId() == null ? "" : parent.parentId()).isPresent();
            if (!parentReported) {
                error(s.line(), "section '" + s.id() + "' is not in English");
            }
        }
    }

    private static String parentName(Section s) {
        return s.parentId().isEmpty() ? "the page" : "'" + s.parentId() + "'";
    }

    private void content(Section enSection, Section ruSection) {
        boolean includesDiffer = includes(enSection, ruSection);
        if (!includesDiffer) {
            counted(enSection, ruSection, Kind.CODE_BLOCK);
        }
        counted(enSection, ruSection, Kind.TABLE);
        admonitions(enSection, ruSection);
        for (Kind k : List.of(Kind.IMAGE, Kind.XREF, Kind.FILE_LINK, Kind.PRESET_MENTION)) {
            targets(enSection, ruSection, k);
        }
    }

    /** Includes must be the same, with the same tags, in the same order; true when they are not. */
    private boolean includes(Section enSection, Section ruSection) {
        List<Marker> a = en.markers(enSection.id(), Kind.INCLUDE);
        List<Marker> b = ru.markers(ruSection.id(), Kind.INCLUDE);
        List<String> ak = a.stream().map(Marker::key).toList();
        List<String> bk = b.stream().map(Marker::key).toList();
        if (ak.equals(bk)) {
            return false;
        }
        List<SequenceDiff.Step> steps = SequenceDiff.of(ak, bk);
        Set<String> removed = new TreeSet<>();
        Set<String> added = new TreeSet<>();
        for (SequenceDiff.Step s : steps) {
            if (s.op() == SequenceDiff.Op.REMOVED) {
                removed.add(ak.get(s.oldIndex()));
            } else if (s.op() == SequenceDiff.Op.ADDED) {
                added.add(bk.get(s.newIndex()));
            }
        }
        Set<String> moved = new TreeSet<>(removed);
        moved.retainAll(added);
        String in = ruSection.isRoot() ? "" : " in section '" + ruSection.id() + "'";
        // runs of removals and additions at one place: paired up, they are includes that differ
        int k = 0;
        while (k < steps.size()) {
            if (steps.get(k).op() == SequenceDiff.Op.SAME) {
                k++;
                continue;
            }
            List<SequenceDiff.Step> gone = new ArrayList<>();
            List<SequenceDiff.Step> come = new ArrayList<>();
            while (k < steps.size() && steps.get(k).op() != SequenceDiff.Op.SAME) {
                (steps.get(k).op() == SequenceDiff.Op.REMOVED ? gone : come).add(steps.get(k));
                k++;
            }
            for (int i = 0; i < Math.max(gone.size(), come.size()); i++) {
                Marker enM = i < gone.size() ? a.get(gone.get(i).oldIndex()) : null;
                Marker ruM = i < come.size() ? b.get(come.get(i).newIndex()) : null;
                boolean enMoved = enM != null && moved.contains(enM.key());
                boolean ruMoved = ruM != null && moved.contains(ruM.key());
                if (enM != null && ruM != null && !enMoved && !ruMoved) {
                    error(ruM.line(), "include of " + ruM.key() + " differs from English, which includes "
                            + enM.key() + " here " + enAt(enM.line()));
                    continue;
                }
                if (enM != null && !enMoved) {
                    int next = gone.get(i).newIndex();
                    error(next < b.size() ? b.get(next).line() : ruSection.line(),
                            "missing the include of " + enM.key() + in + " that English has " + enAt(enM.line()));
                }
                if (ruM != null) {
                    Marker where = a.stream().filter(m -> m.key().equals(ruM.key())).findFirst().orElse(null);
                    error(ruM.line(), where != null
                            ? "include of " + ruM.key() + " is out of order" + in + ": English has it after "
                            + (a.indexOf(where) == 0 ? "no other include" : a.get(a.indexOf(where) - 1).key()) + " " + enAt(where.line())
                            : "include of " + ruM.key() + " is not in English" + in);
                }
            }
        }
        return true;
    }

    private void counted(Section enSection, Section ruSection, Kind kind) {
        List<Marker> a = en.markers(enSection.id(), kind);
        List<Marker> b = ru.markers(ruSection.id(), kind);
        if (a.size() == b.size()) {
            return;
        }
        int ruLine = b.size() > a.size() ? b.get(a.size()).line() : ruSection.line();
        int enLine = a.size() > b.size() ? a.get(b.size()).line() : enSection.line();
        error(ruLine, ruSection.describe() + " has " + count(b.size(), kind.noun()) + ", English has " + a.size() + " " + enAt(enLine));
    }

    private void admonitions(Section enSection, Section ruSection) {
        List<Marker> a = en.markers(enSection.id(), Kind.ADMONITION);
        List<Marker> b = ru.markers(ruSection.id(), Kind.ADMONITION);
        if (a.size() != b.size()) {
            counted(enSection, ruSection, Kind.ADMONITION);
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).key().equals(b.get(i).key())) {
                error(b.get(i).line(), "admonition is " + b.get(i).key().toUpperCase(Locale.ROOT) + ", English has "
                        + a.get(i).key().toUpperCase(Locale.ROOT) + " here " + enAt(a.get(i).line()));
            }
        }
    }

    /** The same targets, each as often; their order inside a section is the translator's choice. */
    private void targets(Section enSection, Section ruSection, Kind kind) {
        Map<String, List<Marker>> a = byKey(en.markers(enSection.id(), kind));
        Map<String, List<Marker>> b = byKey(ru.markers(ruSection.id(), kind));
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            List<Marker> x = a.getOrDefault(key, List.of());
            List<Marker> y = b.getOrDefault(key, List.of());
            if (x.size() > y.size()) {
                error(y.isEmpty() ? ruSection.line() : y.get(y.size() - 1).line(), y.isEmpty()
                        ? ruSection.describe() + " lacks the " + kind.phrase(key) + " that English has " + enAt(x.get(0).line())
                        : ruSection.describe() + " has the " + kind.phrase(key) + " " + times(y.size()) + ", English "
                        + times(x.size()) + " " + enAt(x.get(y.size()).line()));
            } else if (y.size() > x.size()) {
                String in = ruSection.isRoot() ? "" : " in section '" + ruSection.id() + "'";
                error(y.get(x.size()).line(), x.isEmpty()
                        ? "the " + kind.phrase(key) + " is not in English" + in
                        : "the " + kind.phrase(key) + " appears " + times(y.size()) + in + ", English has it "
                        + times(x.size()) + " " + enAt(x.get(0).line()));
            }
        }
    }

    private static Map<String, List<Marker>> byKey(List<Marker> markers) {
        Map<String, List<Marker>> out = new LinkedHashMap<>();
        for (Marker m : markers) {
            out.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
