package org.sparkk8s.docs.core.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.ContentException;
import org.sparkk8s.docs.core.SourceLocation;

/**
 * The version of the English file a translation was made from, as the translation records it in
 * {@code translation-source}: a git blob id (40 hex digits, or 64 in a SHA-256 repository), or,
 * where there is no git, {@code sha256:} and the SHA-256 of the file's bytes.
 */
public record TranslationSource(Scheme scheme, String value) {

    /** How the version is named. */
    public enum Scheme { GIT_BLOB, SHA256 }

    /** The attribute (AsciiDoc header) and front-matter key (Markdown). */
    public static final String ATTRIBUTE = "translation-source";
    public static final String SHA256_PREFIX = "sha256:";

    private static final Pattern BLOB = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern CONTENT_HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    /** Reads a recorded value; a malformed one is an error at {@code at}. */
    public static TranslationSource parse(String recorded, SourceLocation at) {
        String v = recorded.strip().toLowerCase(Locale.ROOT);
        if (BLOB.matcher(v).matches()) {
            return new TranslationSource(Scheme.GIT_BLOB, v);
        }
        if (CONTENT_HASH.matcher(v).matches()) {
            return new TranslationSource(Scheme.SHA256, v);
        }
        throw new ContentException(at, ATTRIBUTE + " '" + recorded.strip() + "' is neither a git blob id (40 hex digits) nor "
                + SHA256_PREFIX + "<64 hex digits>; run 'docs translations mark' to record the English source");
    }

    /** The git blob id of {@code bytes}, as {@code git hash-object} computes it without filters. */
    public static TranslationSource blobOf(byte[] bytes) {
        MessageDigest sha1 = digest("SHA-1");
        sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
        return new TranslationSource(Scheme.GIT_BLOB, HexFormat.of().formatHex(sha1.digest(bytes)));
    }

    /** The content hash of {@code bytes}: {@code sha256:<hex>}. */
    public static TranslationSource contentHashOf(byte[] bytes) {
        return new TranslationSource(Scheme.SHA256, SHA256_PREFIX + HexFormat.of().formatHex(digest("SHA-256").digest(bytes)));
    }

    /** A short form for messages: the first 10 characters of a blob id, {@code sha256:} and 10 of a hash. */
    public String abbreviated() {
        return scheme == Scheme.GIT_BLOB ? value.substring(0, 10) : value.substring(0, SHA256_PREFIX.length() + 10);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
