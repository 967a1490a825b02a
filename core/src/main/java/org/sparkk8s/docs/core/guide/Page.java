package org.sparkk8s.docs.core.guide;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.text.SourceText;

/**
 * A source page of the site: a guide (from {@code guides-en/}, {@code guides-ru/}) or another
 * page (from {@code content/en/}, {@code content/ru/}). Pages with the same slug in the two
 * languages are one translation pair.
 */
public record Page(Kind kind, Language language, String slug, Format format, Path path, SourceText text,
                   String title, int titleLine, String description, int navOrder, String translationSource,
                   Map<String, String> attributes, List<Include> includes, List<CodeBlock> codeBlocks) {

    /** Guides are the documentation proper; pages are home, presets, glossary and the like. */
    public enum Kind { GUIDE, PAGE }

    public enum Format {
        ASCIIDOC, MARKDOWN;

        public static Format of(String fileName) {
            String n = fileName.toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".adoc") || n.endsWith(".asciidoc")) {
                return ASCIIDOC;
            }
            if (n.endsWith(".md") || n.endsWith(".markdown")) {
                return MARKDOWN;
            }
            return null;
        }
    }

    /** Default {@code nav-order} for a page that sets none: after every page that does. */
    public static final int DEFAULT_NAV_ORDER = 1000;

    /** A fenced or delimited code block; {@code include} is null for an inline block. */
    public record CodeBlock(SourceLocation location, String language, Include include) {
    }

    /** The site path of the page, e.g. {@code en/multi-version-deployment.html}. */
    public String sitePath() {
        return language.code() + "/" + slug + ".html";
    }

    public SourceLocation at(int line) {
        return SourceLocation.of(path, line);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** True for the pair key: same kind and slug. */
    public String pairKey() {
        return kind + ":" + slug;
    }
}
