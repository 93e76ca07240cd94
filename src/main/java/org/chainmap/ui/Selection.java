package org.chainmap.ui;

import java.util.Objects;
import java.util.Optional;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/** What the details pane describes: a segment, or an enterprise seen in one of its segments. */
public sealed interface Selection {

    /** The segment selected, or the one in whose box the selected enterprise was chosen. */
    Segment segment();

    /**
     * This selection as it is in {@code map}, an edited version of the map it was made in: the same segment
     * or firm found by id, in the box it was chosen in or else its main segment's; empty when it is gone or no
     * longer in {@code chain}.
     */
    default Optional<Selection> foundIn(RegionMap map, Chain chain) {
        Optional<Segment> segment = map.segment(segment().id())
                .filter(s -> chain != null && chain.segments().contains(s));
        if (this instanceof OfEnterprise firm) {
            Optional<Enterprise> now = map.enterprise(firm.enterprise().id());
            Optional<Segment> where = segment.filter(
                            s -> now.map(f -> f.segments().contains(s.id())).orElse(false))
                    .or(() -> now.flatMap(f -> map.segment(f.mainSegment())))
                    .filter(s -> chain != null && chain.segments().contains(s));
            return now.isPresent() && where.isPresent()
                    ? Optional.of(new OfEnterprise(now.get(), where.get()))
                    : Optional.empty();
        }
        return segment.map(OfSegment::new);
    }

    /**
     * A segment.
     *
     * @param segment the segment
     */
    record OfSegment(Segment segment) implements Selection {

        /** Checks the segment. */
        public OfSegment {
            Objects.requireNonNull(segment, "segment");
        }
    }

    /**
     * An enterprise, chosen in the box of one of its segments.
     *
     * @param enterprise the enterprise
     * @param segment the segment whose box it was chosen in
     */
    record OfEnterprise(Enterprise enterprise, Segment segment) implements Selection {

        /** Checks both fields. */
        public OfEnterprise {
            Objects.requireNonNull(enterprise, "enterprise");
            Objects.requireNonNull(segment, "segment");
        }
    }
}
