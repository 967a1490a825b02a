package org.sparkk8s.docs.site.convert;

/**
 * A page converted to HTML: its body (without the document title) and its title both as HTML
 * and as plain text (for navigation, {@code <title>} and search).
 */
public record ConvertedPage(String body, String titleHtml, String titleText) {
}
