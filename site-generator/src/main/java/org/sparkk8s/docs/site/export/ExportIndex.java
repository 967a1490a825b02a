package org.sparkk8s.docs.site.export;

import java.util.List;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.catalog.PagePair;
import org.sparkk8s.docs.core.guide.Page;

/** {@code markdown/guides/README.md}: every exported guide, in both languages, as GitHub shows the folder. */
final class ExportIndex {

    private ExportIndex() {
    }

    static String markdown(List<PagePair> guides) {
        StringBuilder out = new StringBuilder();
        out.append(MarkdownExport.GENERATED).append("guides-en/ and guides-ru/ by `docs export-markdown`.")
                .append(" Do not edit by hand: change the guides and run ./docs export-markdown. -->\n\n");
        out.append("# Guides · Руководства\n\n");
        out.append("The guides of this repository as Markdown, generated from `guides-en/` and `guides-ru/`: every command")
                .append(" is included from `snippets/` and checked by `./docs verify`. The full site, with search and")
                .append(" verification badges, is built with `./docs build`.\n\n");
        out.append("Руководства этого репозитория в формате Markdown, созданные из `guides-en/` и `guides-ru/`: каждая")
                .append(" команда взята из `snippets/` и проверена `./docs verify`. Полный сайт с поиском и отметками")
                .append(" о проверке собирает `./docs build`.\n\n");
        out.append("| English | Русский |\n| --- | --- |\n");
        for (PagePair pair : guides) {
            out.append("| ").append(cell(pair, Language.EN)).append(" | ").append(cell(pair, Language.RU)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(PagePair pair, Language language) {
        Page page = pair.in(language).orElse(null);
        if (page == null) {
            return language == Language.RU ? "(не переведено)" : "(not translated)";
        }
        String title = page.attribute("title") != null || page.format() == Page.Format.ASCIIDOC
                ? InlineMarkdown.plain(page.title()) : page.title();
        return ("[" + title + "](" + ExportLinks.fileName(page) + ")").replace("|", "\\|");
    }
}
