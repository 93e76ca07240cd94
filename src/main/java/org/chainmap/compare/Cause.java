package org.chainmap.compare;

import java.util.Objects;

/**
 * A firm that caused a gap's change, and how.
 *
 * @param enterprise the firm's id: the new map's, or the old map's for a firm that was removed
 * @param kind how it took part
 */
public record Cause(String enterprise, CauseKind kind) {

    /** Checks the fields. */
    public Cause {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(kind, "kind");
    }
}
