package org.chainmap.compare;

import java.util.List;
import java.util.Objects;
import org.chainmap.analysis.Gap;

/**
 * A gap that closed, opened or changed, with the firms that caused it.
 *
 * @param change {@link Change#REMOVED} for a gap that closed, {@link Change#ADDED} for one that opened,
 *     {@link Change#CHANGED} for one whose evidence changed
 * @param before the gap in the old map's analysis; {@code null} for a gap that opened
 * @param after the gap in the new map's analysis; {@code null} for a gap that closed
 * @param causes the firms that caused the change, in the order worked out (segment's firms, then suppliers,
 *     then customers), each once
 */
public record GapChange(Change change, Gap before, Gap after, List<Cause> causes) {

    /** Checks the fields and copies the list. */
    public GapChange {
        Objects.requireNonNull(change, "change");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a gap change needs a gap");
        }
        causes = List.copyOf(causes);
    }

    /** The gap as it is on the side that has it: the old one for a closed gap, else the new one. */
    public Gap gap() {
        return after != null ? after : before;
    }

    /** The place of the gap, as {@link GapPlace#of} names it. */
    public String place() {
        return GapPlace.of(gap(), id -> id);
    }
}
