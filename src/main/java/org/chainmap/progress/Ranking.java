package org.chainmap.progress;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The chains ranked: by coverage, highest first; on a tie by local supporting rate, highest first (a chain without
 * a rate after one with); then by fewer gaps; then in the map's order.
 *
 * @param rows the chains, best first, numbered from 1
 */
public record Ranking(List<Row> rows) {

    /**
     * One chain's place.
     *
     * @param rank its place, from 1
     * @param chain the chain's id
     * @param name the chain's name
     * @param coverage the share of its segments with a local firm; {@code null} for a chain without segments
     * @param localRate its local supporting rate; {@code null} when it has none
     * @param gaps its number of gaps of every kind
     * @param coverageChange the change of coverage since the last snapshot (0.1 is ten points); {@code null} without
     *     a snapshot or a coverage on either side
     * @param localRateChange the change of the local rate since the last snapshot, as {@code coverageChange}
     * @param gapChange the change of the number of gaps since the last snapshot; {@code null} without a snapshot
     * @param scaleFirms its local 规上 firms
     * @param output the sum of its local firms' revenue in yuan; {@code null} when none is known
     */
    public record Row(
            int rank,
            String chain,
            String name,
            Double coverage,
            Double localRate,
            int gaps,
            Double coverageChange,
            Double localRateChange,
            Integer gapChange,
            int scaleFirms,
            Long output) {

        /** Checks the fields. */
        public Row {
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Copies the list. */
    public Ranking {
        rows = List.copyOf(rows);
    }

    /** The order of the ranking, over rows in the map's order (a stable sort keeps it on a full tie). */
    static final Comparator<Row> ORDER = Comparator.comparing(
                    Row::coverage, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(Row::localRate, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparingInt(Row::gaps);
}
