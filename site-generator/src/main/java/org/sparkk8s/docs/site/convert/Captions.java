package org.sparkk8s.docs.site.convert;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sparkk8s.docs.core.Language;

/** Block captions (admonitions, tables, figures) in the page's language, shared by both formats. */
public final class Captions {

    private static final Map<String, String> RU = new LinkedHashMap<>();

    static {
        RU.put("note", "Примечание");
        RU.put("tip", "Совет");
        RU.put("important", "Важно");
        RU.put("warning", "Предупреждение");
        RU.put("caution", "Осторожно");
        RU.put("table", "Таблица");
        RU.put("figure", "Рисунок");
        RU.put("example", "Пример");
        RU.put("appendix", "Приложение");
    }

    private Captions() {
    }

    /** The caption of an admonition type ({@code note}, {@code tip}, …) as Asciidoctor would print it. */
    public static String admonition(Language language, String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (language == Language.RU && RU.containsKey(t)) {
            return RU.get(t);
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** Asciidoctor attributes ({@code note-caption} …) that localize its captions. */
    static Map<String, String> asciidoctorAttributes(Language language) {
        Map<String, String> out = new LinkedHashMap<>();
        if (language == Language.RU) {
            RU.forEach((k, v) -> out.put(k + "-caption", v));
        }
        return out;
    }
}
