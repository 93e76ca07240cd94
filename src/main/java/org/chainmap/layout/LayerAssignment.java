package org.chainmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Phase 1 and 2: breaks cycles and assigns layers.
 *
 * <p>Pre: a chain whose segments have stages. Post: every segment of the chain is in exactly one layer;
 * the layers of a stage come after those of every earlier stage; a feed drawn forward goes from a lower to
 * a higher layer; feeds from a later stage back to an earlier one, and the feeds that close a cycle inside a
 * stage (found by a depth-first search in segment order), are back edges; a feed of a segment to itself is
 * ignored. Inside a stage, a segment's layer is the length of the longest forward path of feeds within the
 * stage that ends in it, so a stage spreads over as many layers as its feeds need. Feeds to other chains
 * play no part here. The pinned heights of the chain's own segments come along in {@link Layers#pinned()}
 * (pins of other ids, and heights that are not a place on the drawing, are left out); they change no
 * layer.
 */
public final class LayerAssignment {

    private LayerAssignment() {}

    /** The layers of {@code chain}, each in the segments' stage order (by {@code order}, then file order). */
    public static Layers assign(Chain chain) {
        Map<String, Segment> segments = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            chain.segments(stage).forEach(segment -> segments.putIfAbsent(segment.id(), segment));
        }
        List<String[]> forward = new ArrayList<>();
        Set<List<String>> back = new HashSet<>();
        Map<String, List<String>> within = new HashMap<>();
        for (Segment segment : segments.values()) {
            for (String fed : segment.feeds()) {
                Segment target = segments.get(fed);
                if (target == null || fed.equals(segment.id())) {
                    continue;
                }
                int order = Integer.compare(
                        segment.stage().ordinal(), target.stage().ordinal());
                if (order < 0) {
                    forward.add(new String[] {segment.id(), fed});
                } else if (order > 0) {
                    back.add(List.of(segment.id(), fed));
                } else {
                    within.computeIfAbsent(segment.id(), key -> new ArrayList<>())
                            .add(fed);
                }
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        breakCyclesWithin(segments, within, forward, back, depth);
        Map<String, Double> pinned = new HashMap<>();
        chain.pins().segments().forEach((id, pin) -> {
            if (segments.containsKey(id) && Double.isFinite(pin.y()) && pin.y() >= 0) {
                pinned.put(id, pin.y());
            }
        });
        return build(segments, depth, forward, back, Map.copyOf(pinned));
    }

    /**
     * Depth-first search over the feeds inside each stage, in segment order: a feed to a segment still on
     * the search path closes a cycle and becomes a back edge; the others go forward, and each segment's
     * depth is its longest forward path within its stage.
     */
    private static void breakCyclesWithin(
            Map<String, Segment> segments,
            Map<String, List<String>> within,
            List<String[]> forward,
            Set<List<String>> back,
            Map<String, Integer> depth) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        List<String[]> inside = new ArrayList<>();
        for (String start : segments.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String at = path.get(top);
                List<String> fed = within.getOrDefault(at, List.of());
                if (next.get(top) < fed.size()) {
                    String to = fed.get(next.get(top));
                    next.set(top, next.get(top) + 1);
                    Integer seen = state.get(to);
                    if (seen == null) {
                        inside.add(new String[] {at, to});
                        state.put(to, 1);
                        path.add(to);
                        next.add(0);
                    } else if (seen == 1) {
                        back.add(List.of(at, to));
                    } else {
                        inside.add(new String[] {at, to});
                    }
                } else {
                    state.put(at, 2);
                    path.remove(top);
                    next.remove(top);
                }
            }
        }
        // Longest path over the forward feeds inside stages: relax in a topological order.
        Map<String, List<String>> successors = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (String[] feed : inside) {
            successors.computeIfAbsent(feed[0], key -> new ArrayList<>()).add(feed[1]);
            incoming.merge(feed[1], 1, Integer::sum);
        }
        List<String> ready = new ArrayList<>();
        for (String id : segments.keySet()) {
            depth.put(id, 0);
            if (!incoming.containsKey(id)) {
                ready.add(id);
            }
        }
        for (int i = 0; i < ready.size(); i++) {
            String at = ready.get(i);
            for (String to : successors.getOrDefault(at, List.of())) {
                depth.put(to, Math.max(depth.get(to), depth.get(at) + 1));
                if (incoming.merge(to, -1, Integer::sum) == 0) {
                    ready.add(to);
                }
            }
        }
        forward.addAll(inside);
    }

    private static Layers build(
            Map<String, Segment> segments,
            Map<String, Integer> depth,
            List<String[]> forward,
            Set<List<String>> back,
            Map<String, Double> pinned) {
        int stages = Stage.values().length;
        int[] layerCount = new int[stages];
        for (Segment segment : segments.values()) {
            int stage = segment.stage().ordinal();
            layerCount[stage] = Math.max(layerCount[stage], depth.get(segment.id()) + 1);
        }
        int[] firstLayer = new int[stages];
        int total = 0;
        for (int stage = 0; stage < stages; stage++) {
            layerCount[stage] = Math.max(1, layerCount[stage]);
            firstLayer[stage] = total;
            total += layerCount[stage];
        }
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            layers.add(new ArrayList<>());
        }
        Map<String, Integer> layerOf = new HashMap<>();
        for (Segment segment : segments.values()) {
            int layer = firstLayer[segment.stage().ordinal()] + depth.get(segment.id());
            layers.get(layer).add(segment.id());
            layerOf.put(segment.id(), layer);
        }
        return new Layers(layers, layerOf, firstLayer, layerCount, forward, back, null, pinned);
    }
}
