package org.sparkk8s.docs.site.check;

/** A link in a built page that leads nowhere: the page (site path), the line in the built file, the link, and why. */
public record BrokenLink(String page, int line, String link, String reason) {
}
