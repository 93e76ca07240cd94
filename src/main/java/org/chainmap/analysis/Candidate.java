package org.chainmap.analysis;

import java.util.List;
import org.chainmap.model.Origin;
import org.chainmap.model.TargetStatus;

/**
 * A firm that could fill or strengthen a segment, with the facts its ranking rests on. It comes from the
 * map's external firms in the segment, from its {@code targets} entries, or from both at once.
 *
 * @param enterprise the id of the firm's entry among the map's enterprises; {@code null} for a target entry
 *     without one
 * @param target the id of the map's target entry for it; {@code null} when there is none
 * @param name the firm's name
 * @param origin where the firm is; {@code null} when unknown
 * @param localCustomers the number of distinct local firms it supplies already
 * @param customerSegments the main segments of those local customers, distinct, in document order
 * @param tags the firm's tags
 * @param revenue revenue in yuan; {@code null} when unknown
 * @param revenueYear the year of {@code revenue}; {@code null} when unknown
 * @param status the target entry's status; {@code null} when there is no entry
 * @param targetReason the target entry's reason; {@code null} when none is given
 */
public record Candidate(
        String enterprise,
        String target,
        String name,
        Origin origin,
        int localCustomers,
        List<String> customerSegments,
        List<String> tags,
        Long revenue,
        Integer revenueYear,
        TargetStatus status,
        String targetReason) {

    /** Copies the lists. */
    public Candidate {
        customerSegments = List.copyOf(customerSegments);
        tags = List.copyOf(tags);
    }

    /** The id that names this candidate in reports: the enterprise's, else the target entry's. */
    public String id() {
        return enterprise != null ? enterprise : target;
    }
}
