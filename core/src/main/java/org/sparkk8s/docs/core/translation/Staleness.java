package org.sparkk8s.docs.core.translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.text.SourceText;
import org.sparkk8s.docs.core.translation.TranslationStatus.Since;
import org.sparkk8s.docs.core.translation.TranslationStatus.State;

/**
 * Tells for every page pair whether the translation is up to date with its English page: the
 * English file's version now is compared with the one the translation records; when they differ,
 * git history tells since when (the first English commit after the recorded version) and how much.
 * Snippets are shared, so only the English page's own file counts.
 */
public final class Staleness {

    /** The attribute of an English page that makes its translation required. */
    public static final String MARKER = "translation";
    public static final String REQUIRED = "required";

    /** Reading a content hash back from history costs a process per version; older ones are not searched. */
    private static final int MAX_REVISIONS_SEARCHED = 200;

    private Staleness() {
    }

    public static List<TranslationStatus> of(Catalog catalog, EnglishHistory history) {
        history.hashAll(catalog.pairs().stream().filter(p -> p.isComplete() && p.ru().translationSource() != null)
                .map(p -> p.en().path()).toList());
        List<TranslationStatus> out = new ArrayList<>();
        for (PagePair pair : catalog.pairs()) {
            out.add(of(pair, history));
        }
        return out;
    }

    public static TranslationStatus of(PagePair pair, EnglishHistory history) {
        if (pair.en() == null) {
            return status(pair, State.NO_ENGLISH, null);
        }
        if (pair.ru() == null) {
            return status(pair, State.MISSING, null);
        }
        Page ru = pair.ru();
        if (ru.translationSource() == null) {
            return status(pair, State.UNMARKED, null);
        }
        SourceLocation at = sourceLine(ru);
        TranslationSource recorded;
        try {
            recorded = TranslationSource.parse(ru.translationSource(), at);
        } catch (ContentException e) {
            return new TranslationStatus(pair, State.INVALID, null, null, null, null, Problem.of(e));
        }
        TranslationSource now = history.current(pair.en().path(), recorded.scheme());
        if (now.equals(recorded)) {
            return new TranslationStatus(pair, State.UP_TO_DATE, recorded, null, null, null, null);
        }
        String blob = null;
        if (history.available() && recorded.scheme() == TranslationSource.Scheme.GIT_BLOB) {
            if (history.knows(recorded.value())) {
                blob = recorded.value();
            } else if (!history.shallow()) {
                return new TranslationStatus(pair, State.INVALID, recorded, null, null, null, Problem.error(at,
                        TranslationSource.ATTRIBUTE + " " + recorded.value() + " is not a blob of this repository, so the English "
                                + "it was made from cannot be found; compare with " + pair.en().path()
                                + " by hand, then run 'docs translations mark " + pair.slug() + "'"));
            }
        } else if (history.available()) {
            blob = blobWithContentHash(pair.en().path(), recorded, history);
        }
        if (blob == null) {
            return new TranslationStatus(pair, State.OUTDATED, recorded, Since.UNKNOWN, null, null, null);
        }
        String older = history.text(blob).orElse(null);
        TextDiff.Size size = older == null ? null : TextDiff.size(linesOf(older, pair.en().path()), pair.en().text().lines());
        return new TranslationStatus(pair, State.OUTDATED, recorded, since(pair.en().path(), blob, history), size, older, null);
    }

    /** The first change of {@code file} after the version {@code blob}: its commit date, or the working tree. */
    static Since since(Path file, String blob, EnglishHistory history) {
        List<EnglishHistory.Revision> revisions = history.revisions(file);
        for (int i = 0; i < revisions.size(); i++) {
            if (blob.equals(revisions.get(i).blob())) {
                if (i == 0) {
                    return Since.UNCOMMITTED;
                }
                EnglishHistory.Revision next = revisions.get(i - 1);
                return new Since(Since.Kind.COMMITTED, next.date(), next.commit());
            }
        }
        return Since.UNKNOWN;
    }

    private static String blobWithContentHash(Path file, TranslationSource recorded, EnglishHistory history) {
        List<EnglishHistory.Revision> revisions = history.revisions(file);
        for (int i = 0; i < Math.min(revisions.size(), MAX_REVISIONS_SEARCHED); i++) {
            String blob = revisions.get(i).blob();
            if (blob == null) {
                continue;
            }
            Optional<String> text = history.text(blob);
            if (text.isPresent() && TranslationSource.contentHashOf(text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .equals(recorded)) {
                return blob;
            }
        }
        return null;
    }

    /** The line of {@code translation-source} in a page's header, or its title line. */
    public static SourceLocation sourceLine(Page page) {
        List<String> lines = page.text().lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(":" + TranslationSource.ATTRIBUTE + ":") || l.startsWith(TranslationSource.ATTRIBUTE + ":")) {
                return page.at(i + 1);
            }
        }
        return page.at(Math.max(1, page.titleLine()));
    }

    /** A text as lines, split as page sources are. */
    public static List<String> linesOf(String text, Path shownAs) {
        return SourceText.of(text, shownAs).lines();
    }

    private static TranslationStatus status(PagePair pair, State state, TranslationSource recorded) {
        return new TranslationStatus(pair, state, recorded, null, null, null, null);
    }
}
