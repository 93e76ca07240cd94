package org.chainmap.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Enterprises by id; the first of duplicated ids wins. */
final class FirmIndex {
    final Map<String, Enterprise> enterprises = new HashMap<>();

    FirmIndex(List<Enterprise> all) {
        for (Enterprise firm : all) {
            enterprises.putIfAbsent(firm.id(), firm);
        }
    }

    /** The enterprises of each segment, in document order, each once. */
    static Map<String, List<Enterprise>> bySegment(List<Enterprise> all) {
        Map<String, ArrayList<Enterprise>> bySegment = new HashMap<>();
        for (Enterprise firm : all) {
            List<String> segments = firm.segments();
            for (String segmentId : segments.size() == 1 ? segments : new LinkedHashSet<>(segments)) {
                bySegment.computeIfAbsent(segmentId, key -> new ArrayList<>()).add(firm);
            }
        }
        Map<String, List<Enterprise>> frozen = new HashMap<>();
        bySegment.forEach((segmentId, firms) -> frozen.put(segmentId, List.copyOf(firms)));
        return frozen;
    }
}
