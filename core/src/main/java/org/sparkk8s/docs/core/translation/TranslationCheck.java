package org.sparkk8s.docs.core.translation;

import java.util.ArrayList;
import java.util.List;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;

/**
 * The translation part of {@code docs check}: section ids used twice, parity of every pair, a
 * missing translation (an error when English marks it {@code :translation: required}, else a
 * warning), translation sources that cannot be read (errors), and the glossary (warnings).
 */
public final class TranslationCheck {

    private TranslationCheck() {
    }

    public static List<Problem> run(Catalog catalog, EnglishHistory history) {
        List<Problem> out = new ArrayList<>();
        for (Page p : catalog.pages()) {
            out.addAll(PageStructure.of(p).problems());
        }
        GlossaryCheck glossary = new GlossaryCheck(catalog.glossary());
        for (Page p : catalog.pages(Language.RU)) {
            out.addAll(glossary.check(p));
        }
        for (PagePair pair : catalog.pairs()) {
            if (pair.isComplete()) {
                out.addAll(Parity.compare(PageStructure.of(pair.en()), PageStructure.of(pair.ru())));
            }
        }
        for (TranslationStatus s : Staleness.of(catalog, history)) {
            Problem p = problem(s);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** What {@code docs check} says about a pair's status; null when there is nothing to say. */
    public static Problem problem(TranslationStatus s) {
        PagePair pair = s.pair();
        return switch (s.state()) {
            case INVALID -> s.problem();
            case MISSING -> {
                java.nio.file.Path missing = counterpart(pair.en());
                if (s.required()) {
                    yield Problem.error(requiredLine(pair.en()), "the translation is required (:" + Staleness.MARKER + ": "
                            + Staleness.REQUIRED + ") but " + missing + " does not exist");
                }
                yield Problem.warning(SourceLocation.wholeFile(pair.en().path()), "not translated yet: " + missing + " does not exist");
            }
            // an outdated or unmarked translation is news for translators (docs translations status, the
            // page's banner), not a fault of the sources: English may move on before Russian follows
            default -> null;
        };
    }

    /** Where the translation of an English page would be: {@code guides-ru/} for {@code guides-en/}, {@code content/ru/} for {@code content/en/}. */
    public static java.nio.file.Path counterpart(Page en) {
        java.nio.file.Path dir = en.path().getParent();
        String name = dir.getFileName().toString();
        String other = name.equals(Language.EN.code()) ? Language.RU.code() : name.replace("-" + Language.EN.code(), "-" + Language.RU.code());
        return dir.resolveSibling(other).resolve(en.path().getFileName());
    }

    private static SourceLocation requiredLine(Page en) {
        List<String> lines = en.text().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(":" + Staleness.MARKER + ":") || lines.get(i).startsWith(Staleness.MARKER + ":")) {
                return en.at(i + 1);
            }
        }
        return en.at(Math.max(1, en.titleLine()));
    }
}
