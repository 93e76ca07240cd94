package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.jgrapht.Graphs;

/**
 * Finds the missing, weak, broken, chokepoint and extend gaps of every chain (see {@code docs/gaps.md}).
 *
 * <p>Segment gaps come from the local firms of each segment. Feed gaps come from the <em>flows</em> of the
 * supply graph: a link from a supplier into a local customer is a flow S → T for each segment S of the
 * supplier and T of the customer; where some of those pairs are declared feeds, only those count. Linear in
 * the size of the map.
 */
public final class GapFinder {

    private final MapGraph graph;
    private final AnalysisSettings settings;
    private final TargetRanking ranking;
    private final ScaleBasis scale;

    /** A finder over the map behind {@code graph}, with that map's settings. */
    public GapFinder(MapGraph graph, TargetRanking ranking) {
        this.graph = graph;
        this.settings = graph.map().analysis();
        this.ranking = ranking;
        this.scale = ScaleBasis.of(graph.map());
    }

    /** The missing and weak segments of {@code chain}, in segment order. */
    public List<Gap> segmentGaps(Chain chain) {
        return segmentGaps(chain.id(), chain.segments());
    }

    /** The missing and weak segments among {@code segments} of the chain {@code chainId}, in their order. */
    List<Gap> segmentGaps(String chainId, List<Segment> segments) {
        List<Gap> gaps = new ArrayList<>();
        for (Segment segment : segments) {
            List<Enterprise> local = graph.localFirmsIn(segment.id());
            if (local.isEmpty()) {
                gaps.add(new Gap.Missing(chainId, segment.id(), ranking.candidates(segment.id())));
                continue;
            }
            boolean tooFew = local.size() < settings.weakBelow();
            boolean noneAboveScale = scale.judged() && local.stream().noneMatch(settings::aboveScale);
            if (tooFew || noneAboveScale) {
                List<String> ids = local.stream().map(Enterprise::id).toList();
                gaps.add(new Gap.Weak(
                        chainId, segment.id(), ids, tooFew, noneAboveScale, ranking.candidates(segment.id())));
            }
        }
        return gaps;
    }

    /**
     * The missing segments of {@code chain} that segments with local firms feed (延链), in segment order.
     */
    public List<Gap> extendGaps(Chain chain) {
        return extendGaps(chain.id(), chain.segments());
    }

    /** The extend gaps among {@code segments} of the chain {@code chainId}, in their order. */
    List<Gap> extendGaps(String chainId, List<Segment> segments) {
        List<Gap> gaps = new ArrayList<>();
        for (Segment segment : segments) {
            if (!graph.localFirmsIn(segment.id()).isEmpty()) {
                continue;
            }
            List<String> from = new ArrayList<>();
            for (String source : Graphs.predecessorListOf(graph.feeds(), segment.id())) {
                if (!source.equals(segment.id()) && !graph.localFirmsIn(source).isEmpty() && !from.contains(source)) {
                    from.add(source);
                }
            }
            if (!from.isEmpty()) {
                gaps.add(new Gap.Extend(chainId, segment.id(), from));
            }
        }
        return gaps;
    }

    /**
     * The broken feeds and chokepoints of all chains, each in the chain of its buying segment. A flow from a
     * segment into itself, firms of one segment trading among themselves, is no feed between segments and
     * never such a gap.
     */
    public List<Gap> feedGaps() {
        Map<Long, FlowLinks> flows = flows();
        List<Gap> gaps = new ArrayList<>();
        flows.forEach((flow, links) -> {
            int to = MapGraph.pairTo(flow);
            if (MapGraph.pairFrom(flow) == to) {
                return;
            }
            String chain = graph.chainOf(to).id();
            String from = graph.segmentId(MapGraph.pairFrom(flow));
            String toId = graph.segmentId(to);
            List<String> suppliers = links.suppliers.distinctIds(graph);
            List<String> customers = links.customers.distinctIds(graph);
            if (!links.suppliers.anyLocal(graph)) {
                gaps.add(new Gap.Broken(chain, from, toId, suppliers, customers));
            }
            if (suppliers.size() == 1 && customers.size() >= 2) {
                gaps.add(new Gap.Chokepoint(chain, from, toId, suppliers.get(0), customers));
            }
        });
        return gaps;
    }

    /** The supplier and customer numbers of the links of one flow, with repeats until asked. */
    private static final class FlowLinks {
        final FirmList suppliers = new FirmList();
        final FirmList customers = new FirmList();
    }

    /** A growing list of enterprise numbers. */
    private static final class FirmList {
        private int[] firms = new int[4];
        private int size;

        void add(int firm) {
            if (size == firms.length) {
                firms = Arrays.copyOf(firms, size * 2);
            }
            firms[size++] = firm;
        }

        /** Whether any of the enterprises is local. */
        boolean anyLocal(MapGraph graph) {
            for (int i = 0; i < size; i++) {
                if (graph.firm(firms[i]).local()) {
                    return true;
                }
            }
            return false;
        }

        /** The ids of the distinct enterprises, sorted. */
        List<String> distinctIds(MapGraph graph) {
            return Arrays.stream(firms, 0, size)
                    .distinct()
                    .mapToObj(firm -> graph.firm(firm).id())
                    .sorted()
                    .toList();
        }
    }

    /** Every flow S → T (as {@link MapGraph#pair}) with the links that run along it into local firms. */
    private Map<Long, FlowLinks> flows() {
        Map<Long, FlowLinks> flows = new HashMap<>();
        for (int link = 0; link < graph.linkCount(); link++) {
            int customer = graph.customer(link);
            if (!graph.firm(customer).local()) {
                continue;
            }
            int supplier = graph.supplier(link);
            for (long flow : flowsOf(graph.segmentsOf(supplier), graph.segmentsOf(customer))) {
                FlowLinks links = flows.computeIfAbsent(flow, key -> new FlowLinks());
                links.suppliers.add(supplier);
                links.customers.add(customer);
            }
        }
        return flows;
    }

    /** The segment pairs a link runs along: the declared feeds among them if any, else all of them. */
    private long[] flowsOf(int[] from, int[] to) {
        if (from.length == 1 && to.length == 1) {
            return new long[] {MapGraph.pair(from[0], to[0])};
        }
        long[] all = new long[from.length * to.length];
        int declared = 0;
        int count = 0;
        for (int s : from) {
            for (int t : to) {
                long flow = MapGraph.pair(s, t);
                if (graph.feeds(s, t)) {
                    all[count++] = all[declared];
                    all[declared++] = flow;
                } else {
                    all[count++] = flow;
                }
            }
        }
        return Arrays.copyOf(all, declared > 0 ? declared : count);
    }
}
