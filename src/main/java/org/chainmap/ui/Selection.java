package org.chainmap.ui;

import java.util.Objects;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;

/** What the details pane describes: a segment, or an enterprise seen in one of its segments. */
public sealed interface Selection {

    /** The segment selected, or the one in whose box the selected enterprise was chosen. */
    Segment segment();

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
