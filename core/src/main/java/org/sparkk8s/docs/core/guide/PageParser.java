package org.sparkk8s.docs.core.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.Language;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.TagSelection;
import org.sparkk8s.docs.core.text.SourceText;

/** Reads a page's metadata, includes and code blocks from AsciiDoc or Markdown source. */
public final class PageParser {

    private static final Pattern ADOC_TITLE = Pattern.compile("^=\\s+(\\S.*)$");
    private static final Pattern ADOC_ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*)!?:(?:\\s+(.*))?$");
    /** Asciidoctor's IncludeDirectiveRx (without the escape group, which we skip separately). */
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(.*)\\]$");
    private static final Pattern ADOC_BLOCK_ATTRS = Pattern.compile("^\\[(source)?,?\\s*([A-Za-z0-9_+-]*)[^\\]]*\\]$");
    private static final Pattern MD_FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");
    private static final YAMLMapper YAML = new YAMLMapper();

    private PageParser() {
    }

    public static Page parse(Page.Kind kind, Language language, Path path, SourceText text) {
        String name = path.getFileName().toString();
        Page.Format format = Page.Format.of(name);
        if (format == null) {
            throw new ContentException(SourceLocation.wholeFile(path), "not a page: expected .adoc or .md");
        }
        String slug = name.substring(0, name.lastIndexOf('.'));
        return format == Page.Format.ASCIIDOC
                ? parseAsciiDoc(kind, language, path, slug, text)
                : parseMarkdown(kind, language, path, slug, text);
    }

    private static Page parseAsciiDoc(Page.Kind kind, Language language, Path path, String slug, SourceText text) {
        List<String> lines = text.lines();
        Map<String, String> attrs = new LinkedHashMap<>();
        Map<String, Integer> attrLines = new LinkedHashMap<>();
        String title = null;
        int titleLine = 0;
        int i = 0;
        // header: comments and attribute entries, the title, then attribute entries up to a blank line
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (title == null && l.isBlank()) {
                continue;
            }
            if (l.startsWith("//") && !l.startsWith("////")) {
                continue;
            }
            Matcher t = ADOC_TITLE.matcher(l);
            if (title == null && t.matches()) {
                title = t.group(1).strip();
                titleLine = i + 1;
                continue;
            }
            Matcher a = ADOC_ATTRIBUTE.matcher(l);
            if (a.matches()) {
                StringBuilder value = new StringBuilder(a.group(2) == null ? "" : a.group(2));
                int at = i + 1;
                while (value.toString().endsWith(" \\") && i + 1 < lines.size()) {
                    value.setLength(value.length() - 2);
                    value.append(' ').append(lines.get(++i).strip());
                }
                attrs.put(a.group(1), value.toString().strip());
                attrLines.put(a.group(1), at);
                continue;
            }
            if (title != null && !l.isBlank() && i == titleLine) {
                continue; // author line
            }
            break;
        }
        if (title == null) {
            throw new ContentException(SourceLocation.of(path, 1), "no document title: the first line must be '= Title'");
        }
        List<Include> includes = new ArrayList<>();
        List<Page.CodeBlock> blocks = new ArrayList<>();
        String pendingLanguage = null;
        String openDelimiter = null;
        int openLine = 0;
        String blockLanguage = null;
        List<Include> blockIncludes = new ArrayList<>();
        int blockContentLines = 0;
        boolean inComment = false;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            int lineNo = k + 1;
            if (l.equals("////")) {
                inComment = !inComment;
                continue;
            }
            if (inComment || l.startsWith("//")) {
                continue;
            }
            if (openDelimiter != null) {
                if (l.equals(openDelimiter)) {
                    Include inc = blockIncludes.size() == 1 && blockContentLines == 1 ? blockIncludes.get(0) : null;
                    if (blockIncludes.isEmpty() || inc != null) {
                        blocks.add(new Page.CodeBlock(SourceLocation.of(path, openLine), blockLanguage, inc));
                    } else {
                        blockIncludes.forEach(b -> blocks.add(new Page.CodeBlock(b.location(), b.language(), b)));
                    }
                    openDelimiter = null;
                    continue;
                }
                blockContentLines++;
            }
            if (openDelimiter == null && (l.equals("----") || l.equals("...."))) {
                openDelimiter = l;
                openLine = lineNo;
                blockLanguage = pendingLanguage;
                blockIncludes = new ArrayList<>();
                blockContentLines = 0;
                pendingLanguage = null;
                continue;
            }
            Matcher ba = ADOC_BLOCK_ATTRS.matcher(l);
            if (openDelimiter == null && ba.matches()) {
                pendingLanguage = ba.group(2).isEmpty() ? null : ba.group(2);
                continue;
            }
            Matcher inc = INCLUDE.matcher(l);
            if (inc.matches()) {
                Include include = include(path, lineNo, inc.group(1), inc.group(2),
                        openDelimiter != null ? blockLanguage : null, includes.size());
                includes.add(include);
                if (openDelimiter != null) {
                    blockIncludes.add(include);
                }
            }
            if (openDelimiter == null && !l.isBlank()) {
                pendingLanguage = l.startsWith(".") && !l.startsWith("..") ? pendingLanguage : null;
            }
        }
        if (openDelimiter != null) {
            throw new ContentException(SourceLocation.of(path, openLine), "unclosed delimited block '" + openDelimiter + "'");
        }
        return new Page(kind, language, slug, Page.Format.ASCIIDOC, path, text, title, titleLine,
                attrs.get("description"), navOrder(attrs.get("nav-order"), path, attrLines.getOrDefault("nav-order", 0)),
                attrs.get("translation-source"), attrs, List.copyOf(includes), List.copyOf(blocks));
    }

    private static Page parseMarkdown(Page.Kind kind, Language language, Path path, String slug, SourceText text) {
        List<String> lines = text.lines();
        Map<String, String> attrs = new LinkedHashMap<>();
        int bodyStart = 0;
        int navLine = 0;
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            int end = -1;
            for (int k = 1; k < lines.size(); k++) {
                if (lines.get(k).equals("---") || lines.get(k).equals("...")) {
                    end = k;
                    break;
                }
            }
            if (end < 0) {
                throw new ContentException(SourceLocation.of(path, 1), "front matter opened with '---' is never closed");
            }
            String yaml = String.join("\n", lines.subList(1, end));
            JsonNode node;
            try {
                node = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr() + 1;
                throw new ContentException(SourceLocation.of(path, line), "malformed YAML front matter: " + firstLine(e.getOriginalMessage()));
            }
            if (!node.isObject()) {
                throw new ContentException(SourceLocation.of(path, 2), "front matter must be a YAML mapping of key: value");
            }
            for (var it = node.fields(); it.hasNext();) {
                var e = it.next();
                if (!e.getValue().isValueNode()) {
                    throw new ContentException(SourceLocation.of(path, lineOfKey(lines, e.getKey(), end)),
                            "front matter key '" + e.getKey() + "' must have a plain value");
                }
                attrs.put(e.getKey(), e.getValue().asText());
            }
            navLine = lineOfKey(lines, "nav-order", end);
            bodyStart = end + 1;
        }
        String title = attrs.get("title");
        int titleLine = title != null ? lineOfKey(lines, "title", bodyStart) : 0;
        List<Include> includes = new ArrayList<>();
        List<Page.CodeBlock> blocks = new ArrayList<>();
        for (int k = bodyStart; k < lines.size(); k++) {
            String l = lines.get(k);
            Matcher h = MD_HEADING.matcher(l);
            if (title == null && h.matches()) {
                title = h.group(1);
                titleLine = k + 1;
                continue;
            }
            Matcher f = MD_FENCE.matcher(l);
            if (!f.matches()) {
                continue;
            }
            String fence = f.group(2);
            String info = f.group(3).strip();
            int open = k + 1;
            int close = -1;
            for (int j = k + 1; j < lines.size(); j++) {
                String c = lines.get(j).strip();
                if (c.startsWith(fence.substring(0, 3)) && c.chars().allMatch(ch -> ch == fence.charAt(0))
                        && c.length() >= fence.length()) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                throw new ContentException(SourceLocation.of(path, open), "code fence is never closed");
            }
            String lang = info.isEmpty() ? null : info.split("\\s+", 2)[0];
            int incAt = info.indexOf("include::");
            if (incAt >= 0) {
                if (lang != null && lang.startsWith("include::")) {
                    lang = null;
                }
                for (int j = k + 1; j < close; j++) {
                    if (!lines.get(j).isBlank()) {
                        throw new ContentException(SourceLocation.of(path, j + 1),
                                "a fence that includes a snippet must be empty: its body is filled from the snippet");
                    }
                }
                Matcher inc = INCLUDE.matcher(info.substring(incAt));
                if (!inc.matches()) {
                    throw new ContentException(SourceLocation.of(path, open),
                            "malformed include in fence info: expected include::{snippets}/path[tag=name]");
                }
                Include include = include(path, open, inc.group(1), inc.group(2), lang, includes.size());
                includes.add(include);
                blocks.add(new Page.CodeBlock(include.location(), lang, include));
            } else {
                blocks.add(new Page.CodeBlock(SourceLocation.of(path, open), lang, null));
            }
            k = close;
        }
        if (title == null) {
            throw new ContentException(SourceLocation.of(path, 1), "no title: set 'title' in the front matter or start with '# Title'");
        }
        return new Page(kind, language, slug, Page.Format.MARKDOWN, path, text, title, titleLine,
                attrs.get("description"), navOrder(attrs.get("nav-order"), path, navLine),
                attrs.get("translation-source"), attrs, List.copyOf(includes), List.copyOf(blocks));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static int lineOfKey(List<String> lines, String key, int limit) {
        for (int k = 1; k < Math.min(limit, lines.size()); k++) {
            if (lines.get(k).startsWith(key + ":")) {
                return k + 1;
            }
        }
        return 1;
    }

    private static int navOrder(String value, Path path, int line) {
        if (value == null || value.isBlank()) {
            return Page.DEFAULT_NAV_ORDER;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ContentException(SourceLocation.of(path, Math.max(line, 1)),
                    "nav-order must be a whole number, got '" + value + "'");
        }
    }

    private static Include include(Path page, int line, String target, String attrlist, String language, int ordinal) {
        Map<String, String> attrs = IncludeAttributes.parse(attrlist);
        SourceLocation at = SourceLocation.of(page, line);
        if (attrs.containsKey("lines")) {
            throw new ContentException(at, "include by 'lines=' is not supported: tag the region in the snippet and use tag=");
        }
        TagSelection selection = TagSelection.fromAttributes(attrs.get("tag"), attrs.get("tags"));
        String snippetPath = null;
        String presetFile = null;
        if (target.startsWith(Include.SNIPPETS_ATTRIBUTE)) {
            snippetPath = target.substring(Include.SNIPPETS_ATTRIBUTE.length());
        } else if (target.startsWith(Include.PRESETS_ATTRIBUTE)) {
            presetFile = target.substring(Include.PRESETS_ATTRIBUTE.length());
        } else if (target.startsWith("{")) {
            throw new ContentException(at, "unknown attribute in include target '" + target
                    + "': snippets are included as include::{snippets}/<path>[tag=<name>], presets as include::{presets}/<file>[]");
        }
        return new Include(at, target, snippetPath, presetFile, selection, attrs, language, ordinal);
    }
}
