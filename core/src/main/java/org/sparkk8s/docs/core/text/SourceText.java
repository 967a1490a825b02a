package org.sparkk8s.docs.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;

/**
 * The text of a source file, decoded strictly as UTF-8 and split into lines.
 * A file that is not valid UTF-8 is rejected with the line of its first bad byte,
 * because a silently replaced character in a command is a broken command.
 */
public final class SourceText {

    private final Path file;
    private final Path shownAs;
    private final String text;
    private final List<String> lines;

    private SourceText(Path file, Path shownAs, String text) {
        this.file = file;
        this.shownAs = shownAs;
        this.text = text;
        this.lines = Collections.unmodifiableList(splitLines(text));
    }

    /** Reads {@code file}; errors name it as {@code shownAs} (usually repository-relative). */
    public static SourceText read(Path file, Path shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ContentException(SourceLocation.wholeFile(shownAs), "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shownAs, e);
        }
        return decode(bytes, file, shownAs);
    }

    public static SourceText read(Path file) {
        return read(file, file);
    }

    public static SourceText of(String text, Path shownAs) {
        return new SourceText(shownAs, shownAs, stripBom(text));
    }

    static SourceText decode(byte[] bytes, Path file, Path shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return new SourceText(file, shownAs, stripBom(chars.toString()));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ContentException(SourceLocation.of(shownAs, line),
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[bad] & 0xFF, bad));
        }
    }

    private static int firstInvalidByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            if (c < 0x80) {
                n = 0;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
            } else {
                return i;
            }
            if (i + n >= b.length && n > 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            // overlong and surrogate forms the decoder rejects
            if (n == 2 && ((c == 0xE0 && (b[i + 1] & 0xFF) < 0xA0) || (c == 0xED && (b[i + 1] & 0xFF) > 0x9F))) {
                return i;
            }
            if (n == 3 && ((c == 0xF0 && (b[i + 1] & 0xFF) < 0x90) || (c == 0xF4 && (b[i + 1] & 0xFF) > 0x8F))) {
                return i;
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Splits like Ruby's {@code each_line} followed by {@code chomp}: a trailing newline does not
     * make an extra empty line, and {@code \r\n} endings lose their {@code \r}.
     */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int cut = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(text.substring(start, cut));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** The real path the text was read from. */
    public Path file() {
        return file;
    }

    /** The path used in messages. */
    public Path shownAs() {
        return shownAs;
    }

    public String text() {
        return text;
    }

    /** Lines without their line terminators; index 0 is line 1. */
    public List<String> lines() {
        return lines;
    }

    public SourceLocation at(int line) {
        return SourceLocation.of(shownAs, line);
    }
}
