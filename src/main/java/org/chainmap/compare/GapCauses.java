package org.chainmap.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.MapGraph;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * The firms that caused a gap to close, open or change (decision 0027). At a segment (missing, weak, extend): the
 * firms that joined or left its local firms (added, removed, moved in or out, became or ceased to be local) and
 * its local firms whose size changed; for an extend gap also those of the segments that feed it. At a feed
 * (broken, chokepoint): the firms that came to supply or buy along it, or stopped, and its suppliers that became
 * or ceased to be local. A cutpoint's change has no causes named.
 */
final class GapCauses {

    private final RegionMap before;
    private final RegionMap after;
    private final FirmMatching firms;
    private Map<String, Flow> flowsBefore;
    private Map<String, Flow> flowsAfter;

    /** The suppliers and local customers of one feed, by the new map's ids (a removed firm by its old id). */
    private static final class Flow {
        final Set<String> suppliers = new LinkedHashSet<>();
        final Set<String> customers = new LinkedHashSet<>();
    }

    GapCauses(RegionMap before, RegionMap after, FirmMatching firms) {
        this.before = before;
        this.after = after;
        this.firms = firms;
    }

    /**
     * Works out the flows of the feeds {@code feeds} ({@code from>to}) in both maps at once: one pass over each
     * map's links, by the numbers of {@code beforeGraph} and {@code afterGraph}, the graph views of the two maps;
     * the old map's on the common pool while the calling thread does the new one's (each reads its graph and the
     * matching, and fills a map of its own). Feeds not prepared here have no causes.
     */
    void prepareFeeds(Set<String> feeds, MapGraph beforeGraph, MapGraph afterGraph) {
        CompletableFuture<Map<String, Flow>> old = CompletableFuture.supplyAsync(() -> flows(beforeGraph, feeds, true));
        flowsAfter = flows(afterGraph, feeds, false);
        try {
            flowsBefore = old.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Works out the flows as {@link #prepareFeeds(Set, MapGraph, MapGraph)} does, by the ids of the links' ends. */
    void prepareFeedsByText(Set<String> feeds) {
        flowsBefore = flowsByText(before, feeds, true);
        flowsAfter = flowsByText(after, feeds, false);
    }

    /** The causes of a change from {@code old} to {@code now}, either of which may be {@code null}. */
    List<Cause> of(Gap old, Gap now) {
        Gap gap = now != null ? now : old;
        Map<String, Cause> causes = new LinkedHashMap<>();
        String segment = GapPlace.segment(gap);
        if (segment != null) {
            atSegment(segment, causes);
            if (gap instanceof Gap.Extend && causes.isEmpty()) {
                Set<String> feeding = new LinkedHashSet<>();
                if (old instanceof Gap.Extend extend) {
                    feeding.addAll(extend.from());
                }
                if (now instanceof Gap.Extend extend) {
                    feeding.addAll(extend.from());
                }
                feeding.forEach(from -> atSegment(from, causes));
            }
        } else if (GapPlace.from(gap) != null && flowsAfter != null) {
            String feed = GapPlace.from(gap) + ">" + GapPlace.to(gap);
            atFeed(flowsBefore.get(feed), flowsAfter.get(feed), causes);
        }
        return List.copyOf(causes.values());
    }

    private void atSegment(String segment, Map<String, Cause> causes) {
        Map<String, Enterprise> oldLocal = new LinkedHashMap<>();
        for (Enterprise firm : before.enterprisesIn(segment)) {
            if (firm.local()) {
                oldLocal.put(firms.inNew(firm.id()) == null ? null : firms.newId(firm.id()), firm);
            }
        }
        oldLocal.remove(null);
        Set<String> newLocal = new HashSet<>();
        for (Enterprise firm : after.enterprisesIn(segment)) {
            if (!firm.local()) {
                continue;
            }
            newLocal.add(firm.id());
            Enterprise old = oldLocal.get(firm.id());
            if (old != null) {
                boolean wasAbove = before.analysis().aboveScale(old);
                boolean isAbove = after.analysis().aboveScale(firm);
                if (wasAbove != isAbove) {
                    add(causes, firm.id(), isAbove ? CauseKind.SCALE_UP : CauseKind.SCALE_DOWN);
                }
                continue;
            }
            Enterprise was = firms.inOld(firm.id());
            add(
                    causes,
                    firm.id(),
                    was == null
                            ? CauseKind.ADDED
                            : was.segments().contains(segment) ? CauseKind.BECAME_LOCAL : CauseKind.MOVED_IN);
        }
        for (Enterprise firm : before.enterprisesIn(segment)) {
            if (!firm.local()) {
                continue;
            }
            Enterprise now = firms.inNew(firm.id());
            if (now == null) {
                add(causes, firm.id(), CauseKind.REMOVED);
            } else if (!newLocal.contains(now.id())) {
                add(
                        causes,
                        now.id(),
                        now.segments().contains(segment) ? CauseKind.NO_LONGER_LOCAL : CauseKind.MOVED_OUT);
            }
        }
    }

    private void atFeed(Flow old, Flow now, Map<String, Cause> causes) {
        Flow was = old == null ? new Flow() : old;
        Flow is = now == null ? new Flow() : now;
        for (String supplier : is.suppliers) {
            if (!was.suppliers.contains(supplier)) {
                add(causes, supplier, firms.inOld(supplier) == null ? CauseKind.ADDED : CauseKind.LINKED);
            } else {
                Enterprise before = firms.inOld(supplier);
                Enterprise firm = after.enterprise(supplier).orElse(null);
                if (before != null && firm != null && before.local() != firm.local()) {
                    add(causes, supplier, firm.local() ? CauseKind.BECAME_LOCAL : CauseKind.NO_LONGER_LOCAL);
                }
            }
        }
        for (String supplier : was.suppliers) {
            if (!is.suppliers.contains(supplier)) {
                add(causes, supplier, firms.inNew(supplier) == null ? CauseKind.REMOVED : CauseKind.UNLINKED);
            }
        }
        for (String customer : is.customers) {
            if (!was.customers.contains(customer)) {
                add(causes, customer, firms.inOld(customer) == null ? CauseKind.ADDED : CauseKind.LINKED);
            }
        }
        for (String customer : was.customers) {
            if (!is.customers.contains(customer)) {
                add(causes, customer, firms.inNew(customer) == null ? CauseKind.REMOVED : CauseKind.UNLINKED);
            }
        }
    }

    private static void add(Map<String, Cause> causes, String firm, CauseKind kind) {
        causes.putIfAbsent(firm, new Cause(firm, kind));
    }

    /**
     * The flows of {@code feeds} in the map of {@code graph}: links into local firms, by the segments of their two
     * ends. The feeds are looked up by their two segments' numbers, customer's first, so that a link into a segment
     * no feed ends in (most of them: few feeds change) costs no lookup at all. The graph leaves out the links that
     * name no firm, as this did by the ids.
     */
    private Map<String, Flow> flows(MapGraph graph, Set<String> feeds, boolean old) {
        Map<String, Flow> flows = new HashMap<>();
        if (feeds.isEmpty()) {
            return flows;
        }
        FeedEnds[] byTo = new FeedEnds[graph.segmentCount()];
        for (String feed : feeds) {
            int cut = feed.indexOf('>');
            int from = graph.segmentIndex(feed.substring(0, cut));
            int to = graph.segmentIndex(feed.substring(cut + 1));
            if (from >= 0 && to >= 0 && from != to) {
                if (byTo[to] == null) {
                    byTo[to] = new FeedEnds();
                }
                byTo[to].add(from, feed);
            }
        }
        for (int link = 0; link < graph.linkCount(); link++) {
            int customerNumber = graph.customer(link);
            Enterprise customer = graph.firm(customerNumber);
            if (!customer.local() || !endsAny(graph.segmentsOf(customerNumber), byTo)) {
                continue;
            }
            Enterprise supplier = graph.firm(graph.supplier(link));
            int[] supplierSegments = graph.segmentsOf(graph.supplier(link));
            for (int to : graph.segmentsOf(customerNumber)) {
                FeedEnds froms = byTo[to];
                if (froms == null) {
                    continue;
                }
                for (int from : supplierSegments) {
                    String feed = froms.feed(from);
                    if (feed != null) {
                        Flow flow = flows.computeIfAbsent(feed, key -> new Flow());
                        flow.suppliers.add(old ? firms.newId(supplier.id()) : supplier.id());
                        flow.customers.add(old ? firms.newId(customer.id()) : customer.id());
                    }
                }
            }
        }
        return flows;
    }

    /** Whether one of a customer's segments (by number) is the end of a feed of {@code byTo}. */
    private static boolean endsAny(int[] segments, FeedEnds[] byTo) {
        for (int to : segments) {
            if (byTo[to] != null) {
                return true;
            }
        }
        return false;
    }

    /** The feeds that end in one segment, by the numbers of the segments they start in: a few, searched in turn. */
    private static final class FeedEnds {
        private int[] froms = new int[2];
        private String[] feeds = new String[2];
        private int size;

        void add(int from, String feed) {
            if (size == froms.length) {
                froms = Arrays.copyOf(froms, size * 2);
                feeds = Arrays.copyOf(feeds, size * 2);
            }
            froms[size] = from;
            feeds[size++] = feed;
        }

        /** The feed from segment number {@code from}, or {@code null}. */
        String feed(int from) {
            for (int i = 0; i < size; i++) {
                if (froms[i] == from) {
                    return feeds[i];
                }
            }
            return null;
        }
    }

    /**
     * The flows of {@code feeds} in {@code map} as {@link #flows(MapGraph, Set, boolean)} works them out, but by
     * the ids of the links' ends: the plain form the tests hold the numbered one to.
     */
    private Map<String, Flow> flowsByText(RegionMap map, Set<String> feeds, boolean old) {
        Map<String, Flow> flows = new HashMap<>();
        if (feeds.isEmpty()) {
            return flows;
        }
        Map<String, Map<String, String>> byTo = new HashMap<>();
        for (String feed : feeds) {
            int cut = feed.indexOf('>');
            byTo.computeIfAbsent(feed.substring(cut + 1), key -> new HashMap<>())
                    .put(feed.substring(0, cut), feed);
        }
        for (SupplyLink link : map.links()) {
            Enterprise customer = map.enterprise(link.to()).orElse(null);
            if (customer == null || !customer.local() || !endsAnyByText(customer, byTo)) {
                continue;
            }
            Enterprise supplier = map.enterprise(link.from()).orElse(null);
            if (supplier == null) {
                continue;
            }
            for (String to : customer.segments()) {
                Map<String, String> froms = byTo.get(to);
                if (froms == null) {
                    continue;
                }
                for (String from : supplier.segments()) {
                    String feed = from.equals(to) ? null : froms.get(from);
                    if (feed != null) {
                        Flow flow = flows.computeIfAbsent(feed, key -> new Flow());
                        flow.suppliers.add(old ? firms.newId(supplier.id()) : supplier.id());
                        flow.customers.add(old ? firms.newId(customer.id()) : customer.id());
                    }
                }
            }
        }
        return flows;
    }

    /** Whether a segment of {@code customer} is the end of a feed of {@code byTo}. */
    private static boolean endsAnyByText(Enterprise customer, Map<String, Map<String, String>> byTo) {
        for (String to : customer.segments()) {
            if (byTo.containsKey(to)) {
                return true;
            }
        }
        return false;
    }
}
