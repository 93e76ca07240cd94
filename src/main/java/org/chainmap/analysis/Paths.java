package org.chainmap.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * What lies upstream and downstream of a firm or a segment: the focus of the map when the user selects one.
 * For a firm, its suppliers, their suppliers and so on, and its customers and theirs, along supply links,
 * with the segments they work in. For a segment, the segments that feed it, directly or through others,
 * and those it feeds, along feeds, with the firms working in them. The selection itself is included.
 *
 * @param segments the ids of the segments on the paths
 * @param firms the ids of the firms on the paths
 */
public record Paths(Set<String> segments, Set<String> firms) {

    /** Copies the sets. */
    public Paths {
        segments = Set.copyOf(segments);
        firms = Set.copyOf(firms);
    }

    /** The paths through the firm {@code id} of {@code graph}'s map; empty for an unknown id. */
    public static Paths ofFirm(MapGraph graph, String id) {
        int start = graph.firmIndex(id);
        Set<String> firms = new LinkedHashSet<>();
        Set<String> segments = new LinkedHashSet<>();
        if (start < 0) {
            return new Paths(segments, firms);
        }
        for (boolean downstream : new boolean[] {true, false}) {
            boolean[] seen = new boolean[graph.firmCount()];
            Deque<Integer> queue = new ArrayDeque<>();
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int firm = queue.poll();
                firms.add(graph.firm(firm).id());
                for (int segment : graph.segmentsOf(firm)) {
                    segments.add(graph.segmentId(segment));
                }
                for (int link : downstream ? graph.outgoing(firm) : graph.incoming(firm)) {
                    int next = downstream ? graph.customer(link) : graph.supplier(link);
                    if (!seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
        }
        return new Paths(segments, firms);
    }

    /** The paths through the segment {@code id} of {@code graph}'s map; empty for an unknown id. */
    public static Paths ofSegment(MapGraph graph, String id) {
        Set<String> segments = new LinkedHashSet<>();
        Set<String> firms = new LinkedHashSet<>();
        Graph<String, DefaultEdge> feeds = graph.feeds();
        if (!feeds.containsVertex(id)) {
            return new Paths(segments, firms);
        }
        new BreadthFirstIterator<>(feeds, id).forEachRemaining(segments::add);
        new BreadthFirstIterator<>(new EdgeReversedGraph<>(feeds), id).forEachRemaining(segments::add);
        for (int firm = 0; firm < graph.firmCount(); firm++) {
            for (int segment : graph.segmentsOf(firm)) {
                if (segments.contains(graph.segmentId(segment))) {
                    firms.add(graph.firm(firm).id());
                    break;
                }
            }
        }
        return new Paths(segments, firms);
    }
}
