package org.sparkk8s.docs.site.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request path to a file inside the site folder, or refuses it. The path is
 * percent-decoded once (strict UTF-8); a decoded path with a {@code ..} segment, a backslash, a
 * NUL or a bad escape is refused; the file found must lie inside the folder also after
 * symbolic links are resolved.
 */
final class SitePaths {

    private SitePaths() {
    }

    /** The regular file {@code rawPath} names inside {@code root} (a folder means its index.html), or null. */
    static Path resolve(Path root, String rawPath) {
        String path = decode(rawPath);
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        try {
            Path realRoot = root.toRealPath();
            Path file = realRoot.resolve(path.substring(1)).normalize();
            if (!file.startsWith(realRoot)) {
                return null;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Path real = file.toRealPath();
            return real.startsWith(realRoot) ? real : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Percent-decoding of a URL path; null when an escape is malformed or the bytes are not UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            int c = raw.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
