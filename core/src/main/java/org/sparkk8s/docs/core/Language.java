package org.sparkk8s.docs.core;

import java.util.Locale;

/** A language the documentation is published in; English is the source language. */
public enum Language {
    EN("English"),
    RU("Русский");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The ISO 639-1 code used in URLs, folder names and {@code <html lang>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    /** The language a page links to from its language switch. */
    public Language other() {
        return this == EN ? RU : EN;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en or ru)");
    }
}
