package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.model.Segment;

/**
 * Finds the segment a cell names: by its id, else by its name in the chains the row names, else by a name only
 * one segment of the map has. A name several chains use, with no chain to tell them apart, is ambiguous.
 */
final class SegmentNames {

    /**
     * What a name found.
     *
     * @param segment the segment; {@code null} when none or several
     * @param problem when none, the key of the reason ({@code row.segmentUnknown}, {@code row.segmentAmbiguous})
     */
    record Found(Segment segment, String problem) {}

    private final Incoming incoming;

    SegmentNames(Incoming incoming) {
        this.incoming = incoming;
    }

    /** The segment {@code text} names, looked for first in the chains {@code chainIds}. */
    Found find(String text, List<String> chainIds) {
        Segment byId = incoming.segment(text).orElse(null);
        if (byId != null) {
            return new Found(byId, null);
        }
        List<Segment> inChains = new ArrayList<>();
        List<Segment> anywhere = incoming.segmentsNamed(text);
        for (Segment segment : anywhere) {
            if (chainIds.contains(incoming.chainOfSegment(segment.id()))) {
                inChains.add(segment);
            }
        }
        List<Segment> candidates = inChains.isEmpty() ? anywhere : inChains;
        if (candidates.size() == 1) {
            return new Found(candidates.get(0), null);
        }
        return new Found(null, candidates.isEmpty() ? "row.segmentUnknown" : "row.segmentAmbiguous");
    }
}
