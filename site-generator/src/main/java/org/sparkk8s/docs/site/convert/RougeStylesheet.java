package org.sparkk8s.docs.site.convert;

/**
 * The colours of highlighted code, rendered by Rouge itself from its own theme classes: the
 * {@code github} theme on light pages and {@code monokai.sublime} on dark ones, whether dark comes
 * from the reader's system setting or from the theme toggle ({@code data-theme} on {@code <html>}).
 */
public final class RougeStylesheet {

    public static final String LIGHT_THEME = "github";
    public static final String DARK_THEME = "monokai.sublime";

    private RougeStylesheet() {
    }

    /** A file name that changes with the themes and the Rouge that renders them. */
    public static String fileName() {
        return "rouge-" + LIGHT_THEME + "-" + DARK_THEME + "-" + PageConverter.VERSION.replaceAll("[^A-Za-z0-9.-]", "_") + ".css";
    }

    public static String css(AsciidoctorRuntime runtime) {
        StringBuilder css = new StringBuilder();
        css.append("/* Rouge ").append(LIGHT_THEME).append(" (light) and ").append(DARK_THEME)
                .append(" (dark) themes, rendered by Rouge for pre.rouge blocks */\n");
        css.append(runtime.themeStylesheet(LIGHT_THEME, "pre.rouge")).append('\n');
        css.append(runtime.themeStylesheet(DARK_THEME, ":root[data-theme=\"dark\"] pre.rouge")).append('\n');
        css.append("@media (prefers-color-scheme: dark) {\n")
                .append(runtime.themeStylesheet(DARK_THEME, ":root:not([data-theme=\"light\"]) pre.rouge"))
                .append("\n}\n");
        return css.toString();
    }
}
