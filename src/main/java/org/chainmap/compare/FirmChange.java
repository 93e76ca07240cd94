package org.chainmap.compare;

import java.util.Objects;
import java.util.Set;
import org.chainmap.model.Enterprise;

/**
 * A firm found in both maps, with what changed about it.
 *
 * @param before the firm in the old map
 * @param after the firm in the new map
 * @param matchedBy how the two were matched
 * @param aspects what changed; empty when nothing the comparison looks at did
 */
public record FirmChange(Enterprise before, Enterprise after, MatchedBy matchedBy, Set<Aspect> aspects) {

    /** Checks the fields and copies the set. */
    public FirmChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(matchedBy, "matchedBy");
        aspects =
                aspects.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(aspects));
    }

    /** The firm's id in the new map. */
    public String id() {
        return after.id();
    }

    /** Whether anything the comparison looks at changed. */
    public boolean changed() {
        return !aspects.isEmpty();
    }

    /** Whether the firm was renamed: another name under the same id or credit code. */
    public boolean renamed() {
        return aspects.contains(Aspect.NAME) && matchedBy != MatchedBy.NAME;
    }
}
