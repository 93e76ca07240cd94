package org.chainmap.ui;

import java.nio.file.Path;

/** Placeholder until the first view lands. */
public final class ChainMapApp {
    private ChainMapApp() {}

    /** Opens the application on {@code file}, or on the shipped Hengyang map when {@code null}; returns when it closes. */
    public static void start(Path file) {
        throw new UnsupportedOperationException("not yet");
    }
}
