package org.sparkk8s.docs.core.catalog;

import java.util.Optional;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.guide.Page;

/** One page in both languages; either side may be missing (not translated, or no English source). */
public record PagePair(Page.Kind kind, String slug, Page en, Page ru) {

    public Optional<Page> in(Language language) {
        return Optional.ofNullable(language == Language.EN ? en : ru);
    }

    public boolean isComplete() {
        return en != null && ru != null;
    }

    /** The page that leads: English when it exists. */
    public Page primary() {
        return en != null ? en : ru;
    }
}
