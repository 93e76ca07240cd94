package org.chainmap.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A recovery copy left by a ChainMap that did not close properly: unsaved work, found by
 * {@link RecoveryStore#orphans()}.
 *
 * @param copy the copy of the map, a map file
 * @param sidecar the small file beside it that says what it is a copy of
 * @param original the file the map was opened from, where saving it writes; {@code null} when it had none (the
 *     copy of the shipped map inside the application)
 * @param name the name the window showed for the map
 * @param written when the copy was written
 */
public record Recovery(Path copy, Path sidecar, Path original, String name, Instant written) {

    /** Checks the fields. */
    public Recovery {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(sidecar, "sidecar");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(written, "written");
    }
}
