package org.chainmap.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chains and segments by id; the first of duplicated ids wins. */
final class ChainIndex {
    final Map<String, Chain> chains = new HashMap<>();
    final Map<String, Segment> segments = new HashMap<>();
    final Map<String, Chain> chainOfSegment = new HashMap<>();

    ChainIndex(List<Chain> all) {
        for (Chain chain : all) {
            chains.putIfAbsent(chain.id(), chain);
            for (Segment segment : chain.segments()) {
                segments.putIfAbsent(segment.id(), segment);
                chainOfSegment.putIfAbsent(segment.id(), chain);
            }
        }
    }
}
