package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.LinkEnds;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The graph view of a document that the analyses share, built once per document.
 *
 * <ul>
 *   <li>The <em>feed graph</em>: segments as vertices, an edge S → T when S feeds T (self-loops and cycles
 *       allowed), as a JGraphT graph, small enough (hundreds of segments) for any algorithm.
 *   <li>The <em>supply graph</em>: enterprises numbered 0…n-1 in document order, each supply link an edge
 *       numbered in document order, with outgoing and incoming edges in compressed arrays. A region of
 *       100,000 firms and 250,000 links takes a few MiB this way and is walked in milliseconds; a JGraphT
 *       graph of it takes hundreds of MiB and seconds (see docs/decisions/0003-analysis-graph.md).
 * </ul>
 *
 * <p>The document stays the truth; links that name no enterprise (only in maps with errors) are left out.
 */
public final class MapGraph {

    private static final int[] NONE = {};

    private final RegionMap map;
    private final Graph<String, DefaultEdge> feeds;
    private final Set<Long> feedPairs = new HashSet<>();
    private final Map<String, Integer> segmentIndex = new HashMap<>();
    private final List<Chain> chainOfSegment = new ArrayList<>();
    private final List<String> segmentIds = new ArrayList<>();
    private final Map<String, Integer> firmIndex;
    private final Enterprise[] firms;
    private final int[][] firmSegments;
    private final List<List<Enterprise>> localBySegment = new ArrayList<>();
    private final int[][] localNumbersBySegment;
    private final SupplyLink[] links;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[] outStart;
    private final int[] outLinks;
    private final int[] inStart;
    private final int[] inLinks;

    private MapGraph(RegionMap map, Set<String> part) {
        this.map = map;
        this.feeds = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        indexSegments();
        firms = part == null
                ? map.enterprises().toArray(new Enterprise[0])
                : map.enterprises().stream()
                        .filter(firm -> part.contains(firm.id()))
                        .toArray(Enterprise[]::new);
        firmIndex = new HashMap<>(firms.length * 2);
        firmSegments = new int[firms.length][];
        for (int f = 0; f < firms.length; f++) {
            firmIndex.putIfAbsent(firms[f].id(), f);
            firmSegments[f] = indicesOf(firms[f]);
            if (firms[f].local()) {
                for (int segment : firmSegments[f]) {
                    localBySegment.get(segment).add(firms[f]);
                }
            }
        }
        localNumbersBySegment = localNumbers();
        // each end looked up once: two lookups a link, not four (a lookup of a firm's id is most of this work)
        List<SupplyLink> kept = new ArrayList<>(map.links().size());
        int[] from = new int[map.links().size()];
        int[] to = new int[map.links().size()];
        // a whole map's ends as its reader found them (decision 0054), else each looked up here
        LinkEnds ends = part == null ? map.linkEnds().orElse(null) : null;
        for (int l = 0; l < map.links().size(); l++) {
            SupplyLink link = map.links().get(l);
            int supplier = ends != null ? ends.supplier(l) : firmIndex.getOrDefault(link.from(), -1);
            int customer = supplier < 0 ? -1 : ends != null ? ends.customer(l) : firmIndex.getOrDefault(link.to(), -1);
            if (customer >= 0) {
                from[kept.size()] = supplier;
                to[kept.size()] = customer;
                kept.add(link);
            }
        }
        links = kept.toArray(new SupplyLink[0]);
        linkFrom = links.length == from.length ? from : Arrays.copyOf(from, links.length);
        linkTo = links.length == to.length ? to : Arrays.copyOf(to, links.length);
        outStart = new int[firms.length + 1];
        outLinks = new int[links.length];
        compress(linkFrom, outStart, outLinks);
        inStart = new int[firms.length + 1];
        inLinks = new int[links.length];
        compress(linkTo, inStart, inLinks);
    }

    /** The graph view of {@code map}. */
    public static MapGraph of(RegionMap map) {
        return new MapGraph(map, null);
    }

    /**
     * The graph view of a part of {@code map}: every chain and segment, but only the enterprises whose ids are in
     * {@code firms}, in document order, and the links between two of them. An analysis of a chain over a part
     * is that over the whole map when the part holds every firm and link the chain's analysis reads ({@link
     * ChainAnalyses}).
     */
    static MapGraph ofPart(RegionMap map, Set<String> firms) {
        return new MapGraph(map, firms);
    }

    private void indexSegments() {
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                if (segmentIndex.putIfAbsent(segment.id(), segmentIndex.size()) == null) {
                    chainOfSegment.add(chain);
                    segmentIds.add(segment.id());
                    localBySegment.add(new ArrayList<>());
                    feeds.addVertex(segment.id());
                }
            }
        }
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                for (String fed : segment.feeds()) {
                    Integer target = segmentIndex.get(fed);
                    if (target != null) {
                        feeds.addEdge(segment.id(), fed);
                        feedPairs.add(pair(segmentIndex.get(segment.id()), target));
                    }
                }
            }
        }
    }

    /** The numbers of the local firms of each segment, in document order. */
    private int[][] localNumbers() {
        int[] counts = new int[segmentCount()];
        for (int f = 0; f < firms.length; f++) {
            for (int segment : firms[f].local() ? firmSegments[f] : NONE) {
                counts[segment]++;
            }
        }
        int[][] numbers = new int[counts.length][];
        for (int segment = 0; segment < counts.length; segment++) {
            numbers[segment] = new int[counts[segment]];
            counts[segment] = 0;
        }
        for (int f = 0; f < firms.length; f++) {
            for (int segment : firms[f].local() ? firmSegments[f] : NONE) {
                numbers[segment][counts[segment]++] = f;
            }
        }
        return numbers;
    }

    /** The distinct segment numbers of {@code firm}, first mention first (a firm names a few segments at most). */
    private int[] indicesOf(Enterprise firm) {
        int[] indices = new int[firm.segments().size()];
        int count = 0;
        for (String segment : firm.segments()) {
            Integer index = segmentIndex.get(segment);
            if (index != null && !contains(indices, count, index)) {
                indices[count++] = index;
            }
        }
        return count == indices.length ? indices : Arrays.copyOf(indices, count);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@code start} and {@code edges} so that the edges of vertex v are edges[start[v] … start[v+1]). */
    private static void compress(int[] endpoint, int[] start, int[] edges) {
        for (int vertex : endpoint) {
            start[vertex + 1]++;
        }
        for (int v = 0; v < start.length - 1; v++) {
            start[v + 1] += start[v];
        }
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int edge = 0; edge < endpoint.length; edge++) {
            edges[next[endpoint[edge]]++] = edge;
        }
    }

    /**
     * Segment numbers {@code from} and {@code to} as one number, for sets and maps of segment pairs. The low
     * half holds {@code to ^ (from << 16)} rather than {@code to}: a {@code Long}'s hash is its halves
     * xor-ed, which for plain halves ({@code from ^ to}) sends every pair of small numbers into a few
     * hundred buckets, and made the gap analysis spend most of its time in collided hash bins.
     */
    static long pair(int from, int to) {
        return ((long) from << 32) | ((to ^ (from << 16)) & 0xffffffffL);
    }

    /** The first segment number of a {@link #pair}. */
    static int pairFrom(long pair) {
        return (int) (pair >>> 32);
    }

    /** The second segment number of a {@link #pair}. */
    static int pairTo(long pair) {
        return (int) pair ^ (pairFrom(pair) << 16);
    }

    /** The document this view was built from. */
    public RegionMap map() {
        return map;
    }

    /** Segments as vertices (by id), an edge S → T for each feed. */
    public Graph<String, DefaultEdge> feeds() {
        return feeds;
    }

    /** The number of segments; they are numbered 0… in chain and document order. */
    public int segmentCount() {
        return chainOfSegment.size();
    }

    /** The number of a segment, or -1 for an id that is no segment. */
    public int segmentIndex(String id) {
        return segmentIndex.getOrDefault(id, -1);
    }

    /** The id of segment number {@code segment}. */
    public String segmentId(int segment) {
        return segmentIds.get(segment);
    }

    /** Whether segment number {@code from} feeds segment number {@code to}. */
    boolean feeds(int from, int to) {
        return feedPairs.contains(pair(from, to));
    }

    /** The local firms working in the segment, in document order. */
    public List<Enterprise> localFirmsIn(String segmentId) {
        int index = segmentIndex(segmentId);
        return index < 0 ? List.of() : localBySegment.get(index);
    }

    /**
     * The numbers of the local firms working in segment number {@code segment}, in document order: the graph's own
     * array, to read and never to change.
     */
    int[] localFirmNumbersIn(int segment) {
        return localNumbersBySegment[segment];
    }

    /** Whether two of the graph's firms have one id (only in maps with errors). */
    boolean idsRepeat() {
        return firmIndex.size() < firms.length;
    }

    /** Whether any local firm works in segment number {@code segment}. */
    boolean hasLocalFirm(int segment) {
        return !localBySegment.get(segment).isEmpty();
    }

    /** The chain holding the segment, or {@code null} for an id that is no segment. */
    public Chain chainOf(String segmentId) {
        int index = segmentIndex(segmentId);
        return index < 0 ? null : chainOfSegment.get(index);
    }

    /** The chain holding segment number {@code segment}. */
    Chain chainOf(int segment) {
        return chainOfSegment.get(segment);
    }

    /** The number of enterprises; they are numbered 0… in document order. */
    public int firmCount() {
        return firms.length;
    }

    /** Enterprise number {@code firm}. */
    public Enterprise firm(int firm) {
        return firms[firm];
    }

    /** The number of the enterprise with this id, or -1. */
    public int firmIndex(String id) {
        return firmIndex.getOrDefault(id, -1);
    }

    /**
     * The distinct segment numbers of enterprise number {@code firm}, in its order: the graph's own array, to read
     * and never to change.
     */
    public int[] segmentsOf(int firm) {
        return firmSegments[firm];
    }

    /** The number of supply links in the graph; they are numbered 0… in document order. */
    public int linkCount() {
        return links.length;
    }

    /** Supply link number {@code link}. */
    public SupplyLink link(int link) {
        return links[link];
    }

    /** The supplier's number of link number {@code link}. */
    public int supplier(int link) {
        return linkFrom[link];
    }

    /** The customer's number of link number {@code link}. */
    public int customer(int link) {
        return linkTo[link];
    }

    /** The numbers of the links enterprise number {@code firm} supplies through. */
    int[] outgoing(int firm) {
        return Arrays.copyOfRange(outLinks, outStart[firm], outStart[firm + 1]);
    }

    /** The numbers of the links enterprise number {@code firm} buys through. */
    int[] incoming(int firm) {
        return Arrays.copyOfRange(inLinks, inStart[firm], inStart[firm + 1]);
    }
}
