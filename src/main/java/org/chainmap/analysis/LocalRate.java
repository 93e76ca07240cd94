package org.chainmap.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The local supporting rate (本地配套率) of a chain: among the supply links whose customer is a local firm
 * working in the chain, the share whose supplier is local too. Weighted by {@code value} when every such
 * link has one (and they add up to more than zero), otherwise counted by links.
 *
 * @param rate the share, from 0 to 1
 * @param weighted whether the share is by value rather than by count
 * @param links the links whose customer is a local firm of the chain
 * @param localLinks those of them whose supplier is local
 * @param value the yuan per year of all those links, when weighted; 0 otherwise
 * @param localValue the yuan per year of the local ones, when weighted; 0 otherwise
 */
public record LocalRate(double rate, boolean weighted, int links, int localLinks, long value, long localValue) {

    /**
     * The rate of {@code chain}, or {@code null} when no link has a local customer in the chain.
     */
    public static LocalRate of(MapGraph graph, Chain chain) {
        if (!graph.idsRepeat()) {
            return byNumbers(graph, chain);
        }
        Set<String> segments = new HashSet<>();
        for (Segment segment : chain.segments()) {
            segments.add(segment.id());
        }
        int links = 0;
        int localLinks = 0;
        long value = 0;
        long localValue = 0;
        boolean everyValued = true;
        Set<String> customers = new HashSet<>();
        for (String segment : segments) {
            graph.localFirmsIn(segment).forEach(firm -> customers.add(firm.id()));
        }
        for (String customer : customers) {
            for (int link : graph.incoming(graph.firmIndex(customer))) {
                Enterprise supplier = graph.firm(graph.supplier(link));
                Long linkValue = graph.link(link).value();
                links++;
                if (supplier.local()) {
                    localLinks++;
                }
                if (linkValue == null) {
                    everyValued = false;
                } else {
                    value += linkValue;
                    localValue += supplier.local() ? linkValue : 0;
                }
            }
        }
        return of(links, localLinks, value, localValue, everyValued);
    }

    /**
     * The rate of {@code chain} over a graph whose firms' ids are each once: the same as {@link #of(MapGraph,
     * Chain)}, its customers found by number (a firm in two of the chain's segments counted once), no id looked up.
     */
    private static LocalRate byNumbers(MapGraph graph, Chain chain) {
        boolean[] counted = new boolean[graph.firmCount()];
        int links = 0;
        int localLinks = 0;
        long value = 0;
        long localValue = 0;
        boolean everyValued = true;
        for (Segment segment : chain.segments()) {
            int index = graph.segmentIndex(segment.id());
            if (index < 0) {
                continue;
            }
            for (int customer : graph.localFirmNumbersIn(index)) {
                if (counted[customer]) {
                    continue;
                }
                counted[customer] = true;
                for (int link : graph.incoming(customer)) {
                    boolean local = graph.firm(graph.supplier(link)).local();
                    Long linkValue = graph.link(link).value();
                    links++;
                    localLinks += local ? 1 : 0;
                    if (linkValue == null) {
                        everyValued = false;
                    } else {
                        value += linkValue;
                        localValue += local ? linkValue : 0;
                    }
                }
            }
        }
        return of(links, localLinks, value, localValue, everyValued);
    }

    /**
     * The rates of {@code chains} of {@code map}, by chain id, read from the map in one pass over its firms and
     * one over its links: the same as {@link #of(MapGraph, Chain)} for each, without the graph of the whole map.
     */
    static Map<String, LocalRate> of(RegionMap map, List<Chain> chains) {
        Map<String, Set<String>> chainsOfSegment = new HashMap<>();
        for (Chain chain : chains) {
            chain.segments().forEach(segment -> chainsOfSegment
                    .computeIfAbsent(segment.id(), key -> new HashSet<>())
                    .add(chain.id()));
        }
        Map<String, Set<String>> chainsOfCustomer = new HashMap<>();
        for (Enterprise firm : map.enterprises()) {
            if (firm.local()) {
                for (String segment : firm.segments()) {
                    for (String chain : chainsOfSegment.getOrDefault(segment, Set.of())) {
                        chainsOfCustomer
                                .computeIfAbsent(firm.id(), key -> new HashSet<>())
                                .add(chain);
                    }
                }
            }
        }
        Map<String, long[]> sums = new HashMap<>(); // links, local links, value, local value, links without value
        for (SupplyLink link : map.links()) {
            Set<String> of = chainsOfCustomer.get(link.to());
            Enterprise supplier =
                    of == null ? null : map.enterprise(link.from()).orElse(null);
            if (supplier == null) {
                continue;
            }
            for (String chain : of) {
                long[] sum = sums.computeIfAbsent(chain, key -> new long[5]);
                sum[0]++;
                sum[1] += supplier.local() ? 1 : 0;
                if (link.value() == null) {
                    sum[4]++;
                } else {
                    sum[2] += link.value();
                    sum[3] += supplier.local() ? link.value() : 0;
                }
            }
        }
        Map<String, LocalRate> rates = new HashMap<>();
        for (Chain chain : chains) {
            long[] sum = sums.getOrDefault(chain.id(), new long[5]);
            rates.put(chain.id(), of((int) sum[0], (int) sum[1], sum[2], sum[3], sum[4] == 0));
        }
        return rates;
    }

    private static LocalRate of(int links, int localLinks, long value, long localValue, boolean everyValued) {
        if (links == 0) {
            return null;
        }
        if (everyValued && value > 0) {
            return new LocalRate((double) localValue / value, true, links, localLinks, value, localValue);
        }
        return new LocalRate((double) localLinks / links, false, links, localLinks, 0, 0);
    }
}
