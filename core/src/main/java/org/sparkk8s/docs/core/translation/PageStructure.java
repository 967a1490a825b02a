package org.sparkk8s.docs.core.translation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.Problem;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.guide.Include;
import org.sparkk8s.docs.core.guide.Page;

/**
 * What a translation must keep of its original: the section tree and, per section, the includes,
 * code blocks, tables, admonitions, images, cross-references, links to snippet and preset files
 * and mentions of preset files. Read from the source, not the HTML, so that every finding has a
 * line; prose is not looked at.
 */
public final class PageStructure {

    /** What a marker is. */
    public enum Kind {
        INCLUDE("include"), CODE_BLOCK("code block"), TABLE("table"), ADMONITION("admonition"), IMAGE("image"),
        XREF("cross-reference"), FILE_LINK("link to a file"), PRESET_MENTION("preset reference");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }

        /** How a message names a marker of this kind with {@code key}: "include of a.sh#x", "link to …". */
        public String phrase(String key) {
            return switch (this) {
                case INCLUDE -> "include of " + key;
                case IMAGE -> "image " + key;
                case XREF -> "cross-reference to " + key;
                case FILE_LINK -> "link to " + key;
                case PRESET_MENTION -> "mention of presets/" + key;
                default -> noun;
            };
        }
    }

    /**
     * A structural element of a page at a line, in the section that owns the line.
     *
     * @param key what must be equal in a translation: the snippet id of an include, the type of an
     *            admonition, the target of an image or link; empty for code blocks and tables
     */
    public record Marker(Kind kind, String key, int line, String sectionId) {
    }

    private static final Pattern ADOC_HEADING = Pattern.compile("^(={2,6})\\s+(\\S.*?)\\s*$");
    private static final Pattern ADOC_TITLE = Pattern.compile("^=\\s+\\S.*$");
    private static final Pattern ADOC_ATTRIBUTE_ENTRY = Pattern.compile("^:[A-Za-z0-9_][A-Za-z0-9_-]*!?:.*$");
    private static final Pattern ADOC_BLOCK_ATTRIBUTES = Pattern.compile("^\\[.*\\]$");
    private static final Pattern ADOC_ANCHOR = Pattern.compile("^\\[\\[([^\\],\\s]+)(?:,[^\\]]*)?\\]\\]$");
    private static final Pattern ADOC_SHORTHAND_ID = Pattern.compile("^\\[[^\\]#,]*#([^\\].%,\\s]+)[^\\]]*\\]$");
    private static final Pattern ADOC_NAMED_ID = Pattern.compile("^\\[(?:.*,\\s*)?id=\"?([^\\],\"\\s]+)\"?.*\\]$");
    private static final Pattern ADOC_TRAILING_ANCHOR = Pattern.compile("^(.*?)\\s*\\[\\[([^\\],\\s]+)(?:,[^\\]]*)?\\]\\]$");
    private static final Pattern ADOC_DISCRETE = Pattern.compile("^\\[(?:discrete|float)(?:[,#.%].*)?\\]$");
    private static final Pattern ADOC_VERBATIM_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|```.*)$");
    private static final Pattern ADOC_COMPOUND_DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|--|[|,:!]={3,})$");
    private static final Pattern ADOC_TABLE_DELIMITER = Pattern.compile("^[|,:!]={3,}$");
    private static final Pattern ADOC_ADMONITION_PARAGRAPH = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s");
    private static final Pattern ADOC_ADMONITION_STYLE = Pattern.compile("^\\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)(?:[,#.%].*)?\\]$");
    private static final Pattern ADOC_IMAGE = Pattern.compile("^image::([^\\[\\s]+)\\[");
    private static final Pattern ADOC_XREF_MACRO = Pattern.compile("xref:([^\\[\\s]+)\\[");
    private static final Pattern ADOC_XREF_SHORT = Pattern.compile("<<([^>,\\s]+)(?:,[^>]*)?>>");
    private static final Pattern ADOC_FILE_LINK = Pattern.compile("link:\\{(snippets-url|presets-url)\\}/([^\\[\\s]+)\\[");
    private static final Pattern ADOC_PASSTHROUGH = Pattern.compile("\\+\\+\\+.*?\\+\\+\\+|(?<![\\w+])\\+[^+\\s](?:[^+]*[^+\\s])?\\+(?![\\w+])");
    private static final Pattern PRESET_MENTION = Pattern.compile("(?<![\\w/}.-])presets/([\\w.-]+\\.ya?ml)");
    private static final Pattern ADMONITION_TYPES = Pattern.compile("note|tip|important|warning|caution");

    private static final Pattern MD_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern MD_EXPLICIT_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*)\\}\\s*$");
    private static final Pattern MD_FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern MD_TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)+\\|?\\s*$|^\\s*\\|\\s*:?-{1,}:?\\s*\\|\\s*$");
    private static final Pattern MD_ADMONITION = Pattern.compile("^(?:!!!|\\?\\?\\?\\+?)\\s*([A-Za-z]+)");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern MD_CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern PAGE_LINK = Pattern.compile("^(?:\\./)?([\\w.-]+?)\\.(?:adoc|asciidoc|md|markdown)(#.*)?$");

    private final Path path;
    private final SectionTree sections;
    private final List<Marker> markers;
    private final List<Problem> problems;

    private PageStructure(Path path, SectionTree sections, List<Marker> markers, List<Problem> problems) {
        this.path = path;
        this.sections = sections;
        this.markers = List.copyOf(markers);
        this.problems = List.copyOf(problems);
    }

    /** The structure of a parsed page. */
    public static PageStructure of(Page page) {
        return page.format() == Page.Format.ASCIIDOC ? new AsciiDocReader(page).read() : new MarkdownReader(page).read();
    }

    public Path path() {
        return path;
    }

    public SectionTree sections() {
        return sections;
    }

    public List<Marker> markers() {
        return markers;
    }

    /** The markers of one kind in the section {@code sectionId}, in page order. */
    public List<Marker> markers(String sectionId, Kind kind) {
        return markers.stream().filter(m -> m.kind() == kind && m.sectionId().equals(sectionId)).toList();
    }

    /** Errors in the page itself: a section id used twice. */
    public List<Problem> problems() {
        return problems;
    }

    public SourceLocation at(int line) {
        return SourceLocation.of(path, line);
    }

    /** Collects sections and markers while a reader walks the lines; then ties each marker to its section. */
    private static final class Builder {
        final Page page;
        final List<String> lines;
        final List<Section> sections = new ArrayList<>();
        final List<Marker> markers = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        /** Explicit ids reserved before generating any, as the converters do. */
        final SectionIds ids = new SectionIds();
        final Map<String, Integer> seen = new HashMap<>();
        /** The open sections by level, to find each new section's parent. */
        final Section[] open = new Section[8];

        Builder(Page page) {
            this.page = page;
            this.lines = page.text().lines();
            Section root = new Section("", true, 0, page.title(), Math.max(1, page.titleLine()), null, 1, lines.size());
            sections.add(root);
            open[0] = root;
        }

        void section(String explicit, int level, String title, int line, int firstLine, boolean markdown) {
            String id = explicit != null ? explicit : ids.next(title, markdown);
            Integer before = seen.putIfAbsent(id, line);
            if (before != null) {
                problems.add(Problem.error(SourceLocation.of(page.path(), line),
                        "section id '" + id + "' is used twice on this page (first at line " + before + ")"));
            }
            Section parent = open[0];
            for (int l = Math.min(level - 1, open.length - 1); l >= 0; l--) {
                if (open[l] != null) {
                    parent = open[l];
                    break;
                }
            }
            Section s = new Section(id, explicit != null, level, title, line, parent.id(), firstLine, lines.size());
            sections.add(s);
            for (int l = level; l < open.length; l++) {
                open[l] = null;
            }
            open[Math.min(level, open.length - 1)] = s;
        }

        void marker(Kind kind, String key, int line) {
            markers.add(new Marker(kind, key, line, ""));
        }

        PageStructure build() {
            List<Section> closed = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                int end = i + 1 < sections.size() ? sections.get(i + 1).firstLine() - 1 : lines.size();
                closed.add(sections.get(i).endingAt(Math.max(end, sections.get(i).firstLine())));
            }
            SectionTree tree = new SectionTree(closed);
            for (Include inc : page.includes()) {
                marker(Kind.INCLUDE, inc.snippetId(), inc.location().line());
            }
            List<Marker> placed = new ArrayList<>();
            for (Marker m : markers) {
                placed.add(new Marker(m.kind(), m.key(), m.line(), tree.owning(m.line()).id()));
            }
            placed.sort(java.util.Comparator.comparingInt(Marker::line));
            return new PageStructure(page.path(), tree, placed, problems);
        }
    }

    /** Normalizes a link target to another page: {@code other.adoc#id} and {@code other.md#id} become {@code other#id}. */
    static String pageTarget(String target) {
        Matcher m = PAGE_LINK.matcher(target);
        if (m.matches()) {
            return m.group(1) + (m.group(2) == null ? "" : m.group(2));
        }
        return target;
    }

    private static final class AsciiDocReader {
        private final Builder b;

        AsciiDocReader(Page page) {
            this.b = new Builder(page);
        }

        PageStructure read() {
            List<String> lines = b.lines;
            int body = headerEnd(lines);
            reserveExplicitIds(lines, body);
            String verbatim = null;
            List<String> compound = new ArrayList<>();
            boolean comment = false;
            int attributesFrom = -1;
            boolean paragraphStart = true;
            for (int k = body; k < lines.size(); k++) {
                String l = lines.get(k);
                int lineNo = k + 1;
                if (comment) {
                    comment = !l.equals("////");
                    continue;
                }
                if (verbatim != null) {
                    if (l.equals(verbatim) || verbatim.startsWith("```") && l.equals("```")) {
                        verbatim = null;
                        paragraphStart = true;
                    }
                    continue;
                }
                if (l.equals("////")) {
                    comment = true;
                    continue;
                }
                if (l.startsWith("//")) {
                    continue;
                }
                if (ADOC_VERBATIM_DELIMITER.matcher(l).matches()) {
                    verbatim = l;
                    b.marker(Kind.CODE_BLOCK, "", lineNo);
                    attributesFrom = -1;
                    continue;
                }
                if (ADOC_COMPOUND_DELIMITER.matcher(l).matches()) {
                    if (!compound.isEmpty() && compound.get(compound.size() - 1).equals(l)) {
                        compound.remove(compound.size() - 1);
                    } else {
                        compound.add(l);
                        if (ADOC_TABLE_DELIMITER.matcher(l).matches()) {
                            b.marker(Kind.TABLE, "", lineNo);
                        }
                    }
                    attributesFrom = -1;
                    paragraphStart = true;
                    continue;
                }
                if (l.isBlank()) {
                    attributesFrom = -1;
                    paragraphStart = true;
                    continue;
                }
                Matcher style = ADOC_ADMONITION_STYLE.matcher(l);
                if (style.matches()) {
                    b.marker(Kind.ADMONITION, style.group(1).toLowerCase(Locale.ROOT), lineNo);
                }
                if (ADOC_BLOCK_ATTRIBUTES.matcher(l).matches()) {
                    if (attributesFrom < 0) {
                        attributesFrom = k;
                    }
                    continue;
                }
                if (l.length() > 1 && l.charAt(0) == '.' && l.charAt(1) != '.' && !Character.isWhitespace(l.charAt(1))) {
                    continue; // a block title: the block below it still starts a paragraph
                }
                Matcher h = ADOC_HEADING.matcher(l);
                // a heading line inside a paragraph or a delimited block is text, not a section
                if (h.matches() && compound.isEmpty() && paragraphStart) {
                    List<String> attrs = attributesFrom < 0 ? List.of() : lines.subList(attributesFrom, k);
                    if (attrs.stream().noneMatch(a -> ADOC_DISCRETE.matcher(a).matches())) {
                        String title = h.group(2);
                        String explicit = explicitId(attrs);
                        Matcher trailing = ADOC_TRAILING_ANCHOR.matcher(title);
                        if (trailing.matches()) {
                            title = trailing.group(1);
                            explicit = trailing.group(2);
                        }
                        b.section(explicit, h.group(1).length() - 1, title, lineNo,
                                (attributesFrom < 0 ? k : attributesFrom) + 1, false);
                    }
                    attributesFrom = -1;
                    paragraphStart = true;
                    continue;
                }
                attributesFrom = -1;
                if (paragraphStart) {
                    Matcher adm = ADOC_ADMONITION_PARAGRAPH.matcher(l);
                    if (adm.find()) {
                        b.marker(Kind.ADMONITION, adm.group(1).toLowerCase(Locale.ROOT), lineNo);
                    }
                }
                paragraphStart = false;
                Matcher img = ADOC_IMAGE.matcher(l);
                if (img.find()) {
                    b.marker(Kind.IMAGE, img.group(1), lineNo);
                }
                if (l.startsWith("include::")) {
                    continue; // includes come from the page, which knows their selections
                }
                references(l, lineNo);
            }
            return b.build();
        }

        private void references(String line, int lineNo) {
            String text = ADOC_PASSTHROUGH.matcher(line).replaceAll("");
            Matcher x = ADOC_XREF_MACRO.matcher(text);
            while (x.find()) {
                b.marker(Kind.XREF, pageTarget(x.group(1)), lineNo);
            }
            Matcher s = ADOC_XREF_SHORT.matcher(text);
            while (s.find()) {
                String t = s.group(1);
                b.marker(Kind.XREF, t.contains("#") || PAGE_LINK.matcher(t).matches() ? pageTarget(t) : "#" + t, lineNo);
            }
            Matcher f = ADOC_FILE_LINK.matcher(text);
            while (f.find()) {
                b.marker(Kind.FILE_LINK, "{" + f.group(1) + "}/" + f.group(2), lineNo);
            }
            Matcher p = PRESET_MENTION.matcher(line);
            while (p.find()) {
                b.marker(Kind.PRESET_MENTION, p.group(1), lineNo);
            }
        }

        /** The index of the first body line: after the title and the header's attribute entries. */
        private static int headerEnd(List<String> lines) {
            int k = 0;
            boolean title = false;
            for (; k < lines.size(); k++) {
                String l = lines.get(k);
                if (!title && l.isBlank() || l.startsWith("//") && !l.startsWith("////")) {
                    continue;
                }
                if (!title && ADOC_TITLE.matcher(l).matches()) {
                    title = true;
                    continue;
                }
                if (ADOC_ATTRIBUTE_ENTRY.matcher(l).matches()) {
                    while (lines.get(k).endsWith(" \\") && k + 1 < lines.size()) {
                        k++;
                    }
                    continue;
                }
                break;
            }
            return k;
        }

        private void reserveExplicitIds(List<String> lines, int from) {
            for (int k = from; k < lines.size(); k++) {
                String id = explicitId(List.of(lines.get(k)));
                if (id != null) {
                    b.ids.reserve(id);
                }
                Matcher trailing = ADOC_TRAILING_ANCHOR.matcher(lines.get(k));
                if (ADOC_HEADING.matcher(lines.get(k)).matches() && trailing.matches()) {
                    b.ids.reserve(trailing.group(2));
                }
            }
        }

        /** The id an attribute line gives the block below it: {@code [[id]]}, {@code [#id]} or {@code [id=…]}. */
        private static String explicitId(List<String> attributeLines) {
            String id = null;
            for (String a : attributeLines) {
                Matcher m = ADOC_ANCHOR.matcher(a);
                if (m.matches()) {
                    id = m.group(1);
                    continue;
                }
                m = ADOC_SHORTHAND_ID.matcher(a);
                if (m.matches()) {
                    id = m.group(1);
                    continue;
                }
                m = ADOC_NAMED_ID.matcher(a);
                if (m.matches()) {
                    id = m.group(1);
                }
            }
            return id;
        }
    }

    private static final class MarkdownReader {
        private final Builder b;

        MarkdownReader(Page page) {
            this.b = new Builder(page);
        }

        PageStructure read() {
            List<String> lines = b.lines;
            int body = 0;
            if (!lines.isEmpty() && lines.get(0).equals("---")) {
                for (int k = 1; k < lines.size(); k++) {
                    if (lines.get(k).equals("---") || lines.get(k).equals("...")) {
                        body = k + 1;
                        break;
                    }
                }
            }
            for (int k = body; k < lines.size(); k++) {
                Matcher h = MD_HEADING.matcher(lines.get(k));
                Matcher id = h.matches() ? MD_EXPLICIT_ID.matcher(h.group(2)) : null;
                if (id != null && id.find()) {
                    b.ids.reserve(id.group(1));
                }
            }
            boolean titleSeen = b.page.attributes().containsKey("title");
            String fence = null;
            for (int k = body; k < lines.size(); k++) {
                String l = lines.get(k);
                int lineNo = k + 1;
                if (fence != null) {
                    String s = l.strip();
                    char fenceChar = fence.charAt(0);
                    if (s.startsWith(fence) && s.chars().allMatch(c -> c == fenceChar)) {
                        fence = null;
                    }
                    continue;
                }
                Matcher f = MD_FENCE.matcher(l);
                if (f.matches()) {
                    fence = f.group(1);
                    b.marker(Kind.CODE_BLOCK, "", lineNo);
                    continue;
                }
                Matcher h = MD_HEADING.matcher(l);
                if (h.matches()) {
                    int level = h.group(1).length() - 1;
                    if (level == 0 && !titleSeen) {
                        titleSeen = true; // the first "# Title" is the page title, not a section
                        continue;
                    }
                    String title = h.group(2);
                    String explicit = null;
                    Matcher id = MD_EXPLICIT_ID.matcher(title);
                    if (id.find()) {
                        explicit = id.group(1);
                        title = title.substring(0, id.start());
                    }
                    b.section(explicit, Math.max(level, 1), title, lineNo, lineNo, true);
                    continue;
                }
                if (k + 1 < lines.size() && l.contains("|") && MD_TABLE_DELIMITER.matcher(lines.get(k + 1)).matches()) {
                    b.marker(Kind.TABLE, "", lineNo);
                }
                Matcher adm = MD_ADMONITION.matcher(l);
                if (adm.find()) {
                    String type = adm.group(1).toLowerCase(Locale.ROOT);
                    b.marker(Kind.ADMONITION, ADMONITION_TYPES.matcher(type).matches() ? type : "note", lineNo);
                }
                String text = MD_CODE_SPAN.matcher(l).replaceAll("");
                Matcher img = MD_IMAGE.matcher(text);
                while (img.find()) {
                    b.marker(Kind.IMAGE, img.group(1), lineNo);
                }
                Matcher link = MD_LINK.matcher(text);
                while (link.find()) {
                    link(link.group(1), lineNo);
                }
                Matcher p = PRESET_MENTION.matcher(l);
                while (p.find()) {
                    b.marker(Kind.PRESET_MENTION, p.group(1), lineNo);
                }
            }
            return b.build();
        }

        private void link(String target, int lineNo) {
            if (target.contains("//") || target.startsWith("mailto:")) {
                return;
            }
            if (target.startsWith("#")) {
                b.marker(Kind.XREF, target, lineNo);
                return;
            }
            if (PAGE_LINK.matcher(target).matches()) {
                b.marker(Kind.XREF, pageTarget(target), lineNo);
                return;
            }
            for (String folder : List.of("snippets", "presets")) {
                int at = target.indexOf(folder + "/");
                if (at >= 0 && (at == 0 || target.charAt(at - 1) == '/')) {
                    b.marker(Kind.FILE_LINK, "{" + folder + "-url}/" + target.substring(at + folder.length() + 1), lineNo);
                    return;
                }
            }
        }
    }
}
