package org.chainmap.analysis;

import java.util.List;
import org.chainmap.model.Origin;
import org.chainmap.model.Role;
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
 * @param localSuppliers the number of distinct local firms it buys from already
 * @param localValue the value in yuan a year of its links with local firms, both ways, where given (0: none)
 * @param role its role (链主, 配套, 服务); {@code null} when not said
 * @param aboveScale whether it is 规上 by the map's settings (its tag or its revenue)
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
        String targetReason,
        int localSuppliers,
        long localValue,
        Role role,
        boolean aboveScale) {

    /** Copies the lists. */
    public Candidate {
        customerSegments = List.copyOf(customerSegments);
        tags = List.copyOf(tags);
    }

    /** A candidate that buys from no local firm, of no known role or size. */
    public Candidate(
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
        this(
                enterprise,
                target,
                name,
                origin,
                localCustomers,
                customerSegments,
                tags,
                revenue,
                revenueYear,
                status,
                targetReason,
                0,
                0,
                null,
                false);
    }

    /**
     * The number of local firms it already trades with: those it supplies and those it buys from (a firm it both
     * supplies and buys from counts twice).
     */
    public int localPartners() {
        return localCustomers + localSuppliers;
    }

    /** The id that names this candidate in reports: the enterprise's, else the target entry's. */
    public String id() {
        return enterprise != null ? enterprise : target;
    }
}
