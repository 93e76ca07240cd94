package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
    private IdOrder idOrder;

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
        List<Gap> gaps = new ArrayList<>();
        forEachFlow((flow, links) -> {
            int to = MapGraph.pairTo(flow);
            if (MapGraph.pairFrom(flow) == to) {
                return;
            }
            String chain = graph.chainOf(to).id();
            String from = graph.segmentId(MapGraph.pairFrom(flow));
            String toId = graph.segmentId(to);
            List<String> suppliers = links.suppliers.distinctIds(graph, idOrder());
            List<String> customers = links.customers.distinctIds(graph, idOrder());
            if (!links.suppliers.anyLocal(graph)) {
                gaps.add(new Gap.Broken(chain, from, toId, suppliers, customers));
            }
            if (suppliers.size() == 1 && customers.size() >= 2) {
                gaps.add(new Gap.Chokepoint(chain, from, toId, suppliers.get(0), customers));
            }
        });
        return gaps;
    }

    /** The graph's firms by the order of their ids, made on first use (the ids of a flow's firms are sorted). */
    private IdOrder idOrder() {
        if (idOrder == null) {
            idOrder = IdOrder.of(graph);
        }
        return idOrder;
    }

    /**
     * Each firm's place among the graph's firms sorted by id, and the firm at each place: a flow's firms are
     * sorted as numbers once these are known, rather than as strings, flow by flow.
     *
     * @param rank the place of each firm, by firm number
     * @param firm the firm number at each place
     */
    private record IdOrder(int[] rank, int[] firm) {

        static IdOrder of(MapGraph graph) {
            Integer[] byId = new Integer[graph.firmCount()];
            for (int f = 0; f < byId.length; f++) {
                byId[f] = f;
            }
            Arrays.sort(
                    byId, (a, b) -> graph.firm(a).id().compareTo(graph.firm(b).id()));
            int[] rank = new int[byId.length];
            int[] firm = new int[byId.length];
            for (int r = 0; r < byId.length; r++) {
                firm[r] = byId[r];
                rank[byId[r]] = r;
            }
            return new IdOrder(rank, firm);
        }
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
        List<String> distinctIds(MapGraph graph, IdOrder order) {
            int[] ranks = new int[size];
            for (int i = 0; i < size; i++) {
                ranks[i] = order.rank()[firms[i]];
            }
            Arrays.sort(ranks);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (i == 0 || ranks[i] != ranks[i - 1]) {
                    ids.add(graph.firm(order.firm()[ranks[i]]).id());
                }
            }
            return ids;
        }
    }

    /** The most segment pairs kept in an array by number rather than in a map: 1,024 segments. */
    private static final int MOST_PAIRS_IN_ARRAY = 1 << 20;

    /**
     * Every flow S → T (as {@link MapGraph#pair}) with the links that run along it into local firms, given to
     * {@code action} in no particular order.
     */
    private void forEachFlow(BiConsumer<Long, FlowLinks> action) {
        int segments = graph.segmentCount();
        if ((long) segments * segments > MOST_PAIRS_IN_ARRAY) {
            flows().forEach(action);
            return;
        }
        // the pairs of a map's few hundred segments by number: no boxed key and no hashing, link by link
        FlowLinks[] bySegments = new FlowLinks[segments * segments];
        for (int link = 0; link < graph.linkCount(); link++) {
            int customer = graph.customer(link);
            if (!graph.firm(customer).local()) {
                continue;
            }
            int supplier = graph.supplier(link);
            int[] from = graph.segmentsOf(supplier);
            int[] to = graph.segmentsOf(customer);
            if (from.length == 1 && to.length == 1) {
                add(bySegments, from[0] * segments + to[0], supplier, customer);
                continue;
            }
            for (long flow : flowsOf(from, to)) {
                add(bySegments, MapGraph.pairFrom(flow) * segments + MapGraph.pairTo(flow), supplier, customer);
            }
        }
        for (int at = 0; at < bySegments.length; at++) {
            if (bySegments[at] != null) {
                action.accept(MapGraph.pair(at / segments, at % segments), bySegments[at]);
            }
        }
    }

    private static void add(FlowLinks[] bySegments, int at, int supplier, int customer) {
        if (bySegments[at] == null) {
            bySegments[at] = new FlowLinks();
        }
        bySegments[at].suppliers.add(supplier);
        bySegments[at].customers.add(customer);
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
