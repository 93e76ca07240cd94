package org.chainmap.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A map file was not written because it no longer holds what was read from it: someone else saved it in the
 * meantime, and writing would lose their work. Nothing was written.
 */
public final class MapChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** The map {@code file} changed since it was read. */
    public MapChangedException(Path file) {
        super(file + " was changed by someone else since it was read; nothing was written, so that their work"
                + " is not lost: read it again and repeat the change");
        this.file = file;
    }

    /** The map file. */
    public Path file() {
        return file;
    }
}
