package org.chainmap.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A map file could not be written because another writer holds its {@link MapLock}: another ChainMap (an
 * import on the command line, a window) is writing it. Nothing was written.
 */
public final class MapLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient MapLock.Holder holder;

    /** The map {@code file} is locked by {@code holder}. */
    public MapLockedException(Path file, MapLock.Holder holder) {
        super(file + " is being written by another ChainMap (process " + holder.pid() + " on " + holder.host()
                + ", since " + holder.since() + "); nothing was written, try again when it has finished");
        this.file = file;
        this.holder = holder;
    }

    /** The map file. */
    public Path file() {
        return file;
    }

    /** Who holds the lock, as its lock file says. */
    public MapLock.Holder holder() {
        return holder;
    }
}
