package org.sparkk8s.docs.site.export;

import java.util.Map;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.core.snippet.TagSelection;

/**
 * Fills a guide's {@code {snippets}} and {@code {presets}} includes with the text core extracted for
 * them ({@code Catalog.extract}), so the export shows exactly what the verifier checks, by the one
 * tag-extraction implementation. It answers only for targets that start with this class's markers,
 * which the export sets as the values of {@code snippets} and {@code presets}: registered on the
 * shared Asciidoctor, it never touches the site's own conversions.
 */
final class CatalogIncludes extends IncludeProcessor {

    /** The value of {@code {snippets}} during an export. */
    static final String SNIPPETS = "docs-export-snippets:";
    /** The value of {@code {presets}} during an export. */
    static final String PRESETS = "docs-export-presets:";

    @Override
    public boolean handles(String target) {
        return target.startsWith(SNIPPETS) || target.startsWith(PRESETS);
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        ExportContext ctx = ExportContext.current();
        boolean preset = target.startsWith(PRESETS);
        String path = target.substring((preset ? PRESETS : SNIPPETS).length()).replaceFirst("^/+", "");
        TagSelection selection = TagSelection.fromAttributes(text(attributes.get("tag")), text(attributes.get("tags")));
        Include include = ctx.page.includes().stream()
                .filter(i -> (preset ? path.equals(i.presetFile()) : path.equals(i.snippetPath())) && i.selection().equals(selection))
                .findFirst().orElse(null);
        SnippetFile.Extract extract = include == null ? null : ctx.catalog.extract(include).orElse(null);
        if (extract == null) {
            ctx.problem(new ContentException(SourceLocation.of(ctx.page.path(), reader.getLineNumber()),
                    "include of " + (preset ? "presets/" : "snippets/") + path + " (" + selection + ") is not one core resolved for this page"));
            return;
        }
        reader.pushInclude(extract.text(), extract.file().shownAs().toString(), extract.file().shownAs().toString(),
                extract.firstLine(), attributes);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
