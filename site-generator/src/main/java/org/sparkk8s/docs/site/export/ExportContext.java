package org.sparkk8s.docs.site.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;

/**
 * The page being exported, for the include processor and the converter: Asciidoctor creates and
 * calls both itself, on the thread that asked for the conversion, so they find it here.
 */
final class ExportContext {

    private static final ThreadLocal<ExportContext> CURRENT = new ThreadLocal<>();

    final Catalog catalog;
    final Page page;
    final ExportLinks links;
    final InlineMarkdown inline = new InlineMarkdown();
    /** Section titles by id (as Markdown), for references written without text ({@code <<id>>}). */
    final Map<String, String> sectionTitles = new HashMap<>();
    /** What could not be exported; reported after the conversion rather than thrown through JRuby. */
    final List<ContentException> problems = new ArrayList<>();
    /** The document title as Markdown, set by the converter. */
    String title;

    ExportContext(Catalog catalog, Page page, ExportLinks links) {
        this.catalog = catalog;
        this.page = page;
        this.links = links;
    }

    static ExportContext current() {
        ExportContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("the Markdown export backend runs only inside MarkdownExport");
        }
        return c;
    }

    /** Runs {@code work} with this context current on this thread. */
    <T> T around(Supplier<T> work) {
        ExportContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** Records a problem; the export fails with it once Asciidoctor is done. */
    void problem(ContentException e) {
        problems.add(e);
    }
}
