package org.sparkk8s.docs.verifier;

import java.util.Locale;

/** How much a verification proves, from parsing alone up to pods that became ready (DESIGN.md). */
public enum Level {
    STATIC, RENDER, API, READY;

    /** The name used in verify.yaml, the report and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level needs a cluster (the live tier). */
    public boolean isLive() {
        return this == API || this == READY;
    }

    public static Level fromId(String id) {
        for (Level l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + id + "' (expected static, render, api or ready)");
    }
}
