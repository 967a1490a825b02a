package org.sparkk8s.docs.core.translation;

import java.time.OffsetDateTime;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.catalog.PagePair;

/**
 * Where a translation stands against its English page.
 *
 * @param recorded     the source the translation records, null when it records none
 * @param since        when English changed after the recorded source, for an outdated translation
 * @param size         how much English changed since, null when the old text is not known
 * @param olderEnglish the English text the translation was made from, null when not known
 * @param problem      the error that makes the state INVALID, else null
 */
public record TranslationStatus(PagePair pair, State state, TranslationSource recorded, Since since,
                                TextDiff.Size size, String olderEnglish, Problem problem) {

    /** The states {@code docs translations status} lists. */
    public enum State {
        UP_TO_DATE("up to date"),
        OUTDATED("outdated"),
        /** English exists, the translation does not. */
        MISSING("missing"),
        /** The translation records no source. */
        UNMARKED("unmarked"),
        /** Only the translation exists. */
        NO_ENGLISH("no English"),
        /** The recorded source cannot be read: malformed, or not a blob of the repository. */
        INVALID("invalid source");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** When English moved on from the recorded source. */
    public record Since(Kind kind, OffsetDateTime date, String commit) {

        /** Committed (with the date of the first commit after the source), only in the working tree, or not known. */
        public enum Kind { COMMITTED, UNCOMMITTED, UNKNOWN }

        public static final Since UNCOMMITTED = new Since(Kind.UNCOMMITTED, null, null);
        public static final Since UNKNOWN = new Since(Kind.UNKNOWN, null, null);

        /**
         * {@code 2025-03-14}, {@code uncommitted changes}, or {@code an unknown date} (the recorded
         * version is not in the file's history: stored by mark but never committed, or from before a shallow clone).
         */
        public String describe() {
            return switch (kind) {
                case COMMITTED -> date.toLocalDate().toString();
                case UNCOMMITTED -> "uncommitted changes";
                case UNKNOWN -> "an unknown date";
            };
        }
    }

    public String slug() {
        return pair.slug();
    }

    /** True when the English page says it must be translated ({@code :translation: required}). */
    public boolean required() {
        return pair.en() != null && Staleness.REQUIRED.equals(pair.en().attribute(Staleness.MARKER));
    }
}
