package org.sparkk8s.docs.site.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.guide.Page;

/**
 * Converts AsciiDoc pages with Asciidoctor. Asciidoctor only warns about an unresolved include,
 * a missing or unclosed tag or a missing attribute; here any warning fails the page with the
 * file and line Asciidoctor names, because a page that silently lost a command is wrong.
 */
public final class AsciiDocConverter {

    /** Where a page links to a published snippet file: {@code link:{snippets-url}/topic/file.sh[]}. */
    public static final String SNIPPETS_URL = "../snippets";

    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: ([\\w-]+)");

    private final AsciidoctorRuntime runtime;
    private final Workspace workspace;

    public AsciiDocConverter(AsciidoctorRuntime runtime, Workspace workspace) {
        this.runtime = runtime;
        this.workspace = workspace;
    }

    public ConvertedPage convert(Page page) {
        Path file = workspace.root().resolve(page.path());
        AttributesBuilder attrs = Attributes.builder()
                .attribute("snippets", workspace.snippetsDir().toString())
                .attribute("presets", workspace.presetsDir().toString())
                // snippet files are published under /snippets/, pages one folder below the root
                .attribute("snippets-url", SNIPPETS_URL)
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-css", "class")
                .attribute("sectanchors", "")
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("attribute-missing", "warn")
                .attribute("docfile", file.toString())
                .attribute("docdir", file.getParent().toString())
                .attribute("lang", page.language().code())
                // the site draws its own table of contents and title
                .attribute("toc!", "")
                .attribute("showtitle!", "");
        Captions.asciidoctorAttributes(page.language()).forEach(attrs::attribute);
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(workspace.root().toFile())
                .standalone(false)
                .attributes(attrs.build())
                .build();
        List<LogRecord> log = new ArrayList<>();
        ConvertedPage converted = runtime.capturingLog(log, () -> {
            Document doc = runtime.asciidoctor().load(page.text().text(), options);
            String body = doc.convert();
            String title = doc.getDoctitle();
            String titleHtml = title == null ? escape(page.title()) : title;
            return new ConvertedPage(body, titleHtml, Jsoup.parseBodyFragment(titleHtml).text());
        });
        List<LogRecord> serious = AsciidoctorRuntime.serious(log);
        if (!serious.isEmpty()) {
            LogRecord first = serious.get(0);
            SourceLocation at = locate(page, first.getCursor());
            if (at.line() == 0) {
                at = lineOfMissingAttribute(page, first.getMessage(), at);
            }
            throw new ContentException(at, describe(first.getMessage()));
        }
        return converted;
    }

    /** The page line a record points at; a record from an included AsciiDoc file names that file. */
    private SourceLocation locate(Page page, Cursor cursor) {
        if (cursor == null) {
            return SourceLocation.wholeFile(page.path());
        }
        Path at = page.path();
        if (cursor.getFile() != null) {
            Path f = Path.of(cursor.getFile()).toAbsolutePath().normalize();
            if (!f.equals(workspace.root().resolve(page.path()).normalize())) {
                at = workspace.relative(f);
            }
        }
        return SourceLocation.of(at, Math.max(0, cursor.getLineNumber()));
    }

    /**
     * Asciidoctor reports a reference to a missing attribute without a line; it is the first line
     * of the page that has the reference.
     */
    private static SourceLocation lineOfMissingAttribute(Page page, String message, SourceLocation fallback) {
        Matcher m = MISSING_ATTRIBUTE.matcher(message);
        if (m.find()) {
            String reference = "{" + m.group(1) + "}";
            for (int i = 0; i < page.text().lines().size(); i++) {
                if (page.text().lines().get(i).contains(reference)) {
                    return page.at(i + 1);
                }
            }
        }
        return fallback;
    }

    /** Asciidoctor's message with absolute paths shortened to repository-relative ones. */
    private String describe(String message) {
        String root = workspace.root().toString() + "/";
        return message.replace(root, "");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
