package org.sparkk8s.docs.site.convert;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.core.snippet.SnippetFile;

/**
 * Converts Markdown pages with flexmark. A fence whose info string holds an include directive is
 * filled with the snippet text core extracted (the same text Asciidoctor's include gives); code
 * is highlighted by the same Rouge as AsciiDoc and wrapped in the same markup, admonitions
 * ({@code !!! note}) and heading ids come out as Asciidoctor writes them, so the two formats
 * look the same on the site.
 */
public final class MarkdownConverter {

    private static final NullableDataKey<PageState> STATE = new NullableDataKey<>("SPARK_K8S_DOCS_PAGE_STATE");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*)\\}\\s*$");
    private static final Set<String> ADMONITION_TYPES = Set.of("note", "tip", "important", "warning", "caution");

    private final AsciidoctorRuntime runtime;
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** What the node renderers need to know about the page being rendered. */
    private record PageState(Language language, Map<Node, String> code) {
    }

    public MarkdownConverter(AsciidoctorRuntime runtime) {
        this.runtime = runtime;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new SiteNodes()).build();
    }

    public ConvertedPage convert(Page page, Catalog catalog) {
        Document doc = parser.parse(bodyOf(page));
        Map<Node, String> code = new IdentityHashMap<>();
        List<Node> dropped = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof FencedCodeBlock f) {
                code.put(f, highlightFence(page, catalog, f));
            } else if (n instanceof IndentedCodeBlock b) {
                code.put(b, listing(null, chomp(b.getContentChars().toString())));
            } else if (n instanceof Heading h && h.getLevel() == 1 && h.getStartLineNumber() + 1 == page.titleLine()) {
                dropped.add(h); // the title, drawn by the template
            }
        }
        dropped.forEach(Node::unlink);
        STATE.set(doc, new PageState(page.language(), code));
        String body = finish(renderer.render(doc));
        String titleHtml = inline(page.title());
        return new ConvertedPage(body, titleHtml, Jsoup.parseBodyFragment(titleHtml).text());
    }

    /** The page text with its front matter blanked out, so that flexmark's line numbers stay the file's. */
    private static String bodyOf(Page page) {
        List<String> lines = page.text().lines();
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            return page.text().text();
        }
        StringBuilder out = new StringBuilder();
        boolean inFrontMatter = true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (inFrontMatter) {
                out.append('\n');
                if (i > 0 && (l.equals("---") || l.equals("..."))) {
                    inFrontMatter = false;
                }
            } else {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    private String highlightFence(Page page, Catalog catalog, FencedCodeBlock f) {
        int line = f.getStartLineNumber() + 1;
        String info = f.getInfo().toString().strip();
        String language = info.isEmpty() || info.startsWith("include::") ? null : info.split("\\s+", 2)[0];
        if (info.contains("include::")) {
            Include include = page.includes().stream().filter(i -> i.location().line() == line).findFirst()
                    .orElseThrow(() -> new ContentException(page.at(line), "include in fence info could not be read"));
            SnippetFile.Extract extract = catalog.extract(include).orElseThrow(() ->
                    new ContentException(include.location(), "include did not resolve: " + include.directive()));
            return listing(language, extract.text());
        }
        return listing(language, chomp(f.getContentChars().toString()));
    }

    /** A listing block as Asciidoctor's HTML5 converter writes it with Rouge. */
    private String listing(String language, String text) {
        if (language == null) {
            return "<div class=\"listingblock\">\n<div class=\"content\">\n<pre>" + AsciiDocConverter.escape(text)
                    + "</pre>\n</div>\n</div>\n";
        }
        String lang = AsciiDocConverter.escape(language);
        return "<div class=\"listingblock\">\n<div class=\"content\">\n<pre class=\"rouge highlight\"><code data-lang=\""
                + lang + "\">" + runtime.highlight(language, text) + "</code></pre>\n</div>\n</div>\n";
    }

    private static String chomp(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Inline Markdown of a title, as HTML without the paragraph around it. */
    private String inline(String title) {
        String html = renderer.render(parser.parse(title)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * Gives every heading the id Asciidoctor would and the same self-link, and drops the SVG icon
     * set flexmark's admonition extension writes into every page (our admonitions are drawn by CSS).
     */
    private static String finish(String html) {
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        d.body().select("svg.adm-hidden").remove();
        HeadingIds ids = new HeadingIds();
        for (Element h : d.body().select("[id]")) {
            ids.reserve(h.id());
        }
        for (Element h : d.body().select("h1, h2, h3, h4, h5, h6")) {
            String explicit = explicitId(h);
            if (explicit != null) {
                ids.reserve(explicit);
                h.id(explicit);
            } else if (h.id().isEmpty()) {
                h.id(ids.next(h.html()));
            }
            h.prependElement("a").addClass("anchor").attr("href", "#" + h.id());
        }
        return d.body().html();
    }

    /**
     * An id written after a heading's text as {@code ## Title {#id}} (as in Pandoc, kramdown and
     * MkDocs), removed from the text; null when there is none. A translation gives its sections
     * the same explicit ids as the original, whatever the titles say.
     */
    private static String explicitId(Element h) {
        if (h.childNodeSize() == 0 || !(h.childNode(h.childNodeSize() - 1) instanceof TextNode last)) {
            return null;
        }
        Matcher m = EXPLICIT_ID.matcher(last.getWholeText());
        if (!m.find()) {
            return null;
        }
        last.text(last.getWholeText().substring(0, m.start()));
        return m.group(1);
    }

    /** Renders code blocks and admonitions the way Asciidoctor does. */
    private static final class SiteNodes implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FencedCodeBlock.class, (n, c, h) -> code(n, c, h)),
                    new NodeRenderingHandler<>(IndentedCodeBlock.class, (n, c, h) -> code(n, c, h)),
                    new NodeRenderingHandler<>(AdmonitionBlock.class, SiteNodes::admonition));
        }

        private static void code(Node node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            // rawPre: flexmark would otherwise re-indent the lines of the code
            html.rawPre(STATE.get(context.getDocument()).code().get(node));
            html.line();
        }

        private static void admonition(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            String qualifier = node.getInfo().toString().toLowerCase(Locale.ROOT);
            String type = ADMONITION_TYPES.contains(qualifier) ? qualifier : switch (qualifier) {
                case "danger", "error", "bug", "failure" -> "caution";
                case "hint", "success" -> "tip";
                default -> "note";
            };
            Language language = STATE.get(context.getDocument()).language();
            html.line();
            html.raw("<div class=\"admonitionblock " + type + "\">\n<table>\n<tr>\n<td class=\"icon\">\n<div class=\"title\">"
                    + AsciiDocConverter.escape(Captions.admonition(language, type)) + "</div>\n</td>\n<td class=\"content\">\n");
            String title = node.getTitle().toString();
            if (!title.isBlank()) {
                html.raw("<div class=\"title\">" + AsciiDocConverter.escape(title) + "</div>\n");
            }
            context.renderChildren(node);
            html.line();
            html.raw("</td>\n</tr>\n</table>\n</div>\n");
        }
    }
}
