package org.chainmap.model;

import java.util.Objects;

/**
 * An investment-promotion target (招商目标): a firm from elsewhere that could fill or strengthen a segment.
 *
 * @param id unique in the whole map
 * @param segment id of the segment the firm would fill
 * @param name the firm's name
 * @param enterprise id of the firm's entry among the map's enterprises; {@code null} when it has none
 * @param origin where the firm is; {@code null} when unknown
 * @param reason why it is a target, in words a planner can read out; {@code null} when not given
 * @param status how far promotion has got
 * @param provenance certainty, source and note
 * @param extra fields this program does not know, kept as they are
 */
public record Target(
        String id,
        String segment,
        String name,
        String enterprise,
        Origin origin,
        String reason,
        TargetStatus status,
        Provenance provenance,
        Extras extra) {

    /** Checks the required fields; a missing status is a candidate. */
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(name, "name");
        status = status == null ? TargetStatus.CANDIDATE : status;
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }
}
