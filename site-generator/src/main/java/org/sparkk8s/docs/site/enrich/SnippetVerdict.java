package org.sparkk8s.docs.site.enrich;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.guide.Include;

/**
 * What the report says about the text a code block shows. An include of several regions
 * ({@code tags=a;b}) is only as verified as its weakest region: the verdict is the weakest of
 * the include's own entry and each region's entry, and for equally passed regions the lowest
 * level and the oldest time. An id the report does not know was not run by it.
 */
public record SnippetVerdict(Status status, String level, String where, Instant at, String message) {

    /** A snippet's status, weakest first. */
    public enum Status {
        FAILED("failed"), NOT_RUN("not-run"), SKIPPED("skipped"), EXEMPT("exempt"), PASSED("passed");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The report's word for it. */
        public String id() {
            return id;
        }

        static Status of(String id) {
            for (Status s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            return NOT_RUN;
        }
    }

    private static final List<String> LEVELS = List.of("static", "render", "api", "ready");

    /** The verdict for {@code include}; {@code report} is never null here. */
    public static SnippetVerdict of(Include include, VerificationReport report) {
        List<VerificationReport.Result> found = new ArrayList<>();
        for (String id : ids(include)) {
            VerificationReport.Result r = report.result(id);
            if (r != null) {
                found.add(r);
            }
        }
        if (found.isEmpty()) {
            return new SnippetVerdict(Status.NOT_RUN, null, null, null, null);
        }
        VerificationReport.Result weakest = found.get(0);
        for (VerificationReport.Result r : found) {
            if (weaker(r, weakest)) {
                weakest = r;
            }
        }
        return new SnippetVerdict(Status.of(weakest.status()), weakest.level(), weakest.where(), weakest.at(), weakest.message());
    }

    /**
     * The ids the verifier reports for what {@code include} shows: its own id ({@code file#tag},
     * {@code file[tags=a;b]}, {@code file}, {@code presets/x.yaml}) and, for a selection of several
     * named regions, each region's {@code file#tag}.
     */
    static List<String> ids(Include include) {
        List<String> ids = new ArrayList<>();
        ids.add(include.snippetId());
        if (include.isSnippet() && include.selection().singleTag() == null) {
            for (Map.Entry<String, Boolean> t : include.selection().tags().entrySet()) {
                if (t.getValue() && !t.getKey().startsWith("*")) {
                    ids.add(include.snippetPath() + "#" + t.getKey());
                }
            }
        }
        return ids;
    }

    /** A level's place from static up; nothing proven ranks below static. */
    private static int rank(String level) {
        return level == null ? -1 : LEVELS.indexOf(level);
    }

    private static boolean weaker(VerificationReport.Result a, VerificationReport.Result b) {
        int byStatus = Status.of(a.status()).compareTo(Status.of(b.status()));
        if (byStatus != 0) {
            return byStatus < 0;
        }
        int byLevel = Integer.compare(rank(a.level()), rank(b.level()));
        if (byLevel != 0) {
            return byLevel < 0;
        }
        return a.at() != null && (b.at() == null || a.at().isBefore(b.at()));
    }
}
