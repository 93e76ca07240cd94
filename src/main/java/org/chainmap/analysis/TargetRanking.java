package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/**
 * Whom to invite for a segment (招商): the candidates, ranked.
 *
 * <p>Candidates for segment S are the map's external firms in S and the map's {@code targets} entries for S;
 * a target entry that names one of those firms joins it. The ranking, best first:
 *
 * <ol>
 *   <li>entries with status {@code dropped} last;
 *   <li>firms that already trade with more distinct local firms first, supplying or buying from them;
 *   <li>then the larger value of those links, where given;
 *   <li>then by role: chain leader (链主), supplier (配套), service (服务), none;
 *   <li>then 规上 firms (by the map's tag or revenue threshold) first;
 *   <li>then the higher tag score: 单项冠军 5, 专精特新 4, 上市 3, 规上 2, 高新 1, added up;
 *   <li>then the larger revenue (unknown last);
 *   <li>then the further-advanced status: signed, negotiating, contacted, candidate;
 *   <li>then by name and id, so that the order is stable.
 * </ol>
 */
public final class TargetRanking {

    /** The score of each tag that counts in the ranking. */
    public static final Map<String, Integer> TAG_SCORES = tagScores();

    private static final List<TargetStatus> STATUS_ORDER = List.of(
            TargetStatus.SIGNED,
            TargetStatus.NEGOTIATING,
            TargetStatus.CONTACTED,
            TargetStatus.CANDIDATE,
            TargetStatus.DROPPED);

    private static final Comparator<Candidate> RANKING = Comparator.comparing(
                    (Candidate c) -> c.status() == TargetStatus.DROPPED)
            .thenComparing(Comparator.comparingInt(Candidate::localPartners).reversed())
            .thenComparing(Comparator.comparingLong(Candidate::localValue).reversed())
            .thenComparingInt(
                    c -> c.role() == null ? Role.values().length : c.role().ordinal())
            .thenComparing(c -> !c.aboveScale())
            .thenComparing(Comparator.comparingInt(TargetRanking::tagScore).reversed())
            .thenComparing(Candidate::revenue, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingInt(c -> c.status() == null ? STATUS_ORDER.size() : STATUS_ORDER.indexOf(c.status()))
            .thenComparing(Candidate::name)
            .thenComparing(Candidate::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final MapGraph graph;
    private final Map<String, List<Target>> targetsBySegment = new HashMap<>();
    private final Map<String, List<Enterprise>> externalBySegment = new HashMap<>();

    /** Ranks candidates of the map behind {@code graph}. */
    public TargetRanking(MapGraph graph) {
        this.graph = graph;
        RegionMap map = graph.map();
        for (Target target : map.targets()) {
            targetsBySegment
                    .computeIfAbsent(target.segment(), key -> new ArrayList<>())
                    .add(target);
        }
        for (int f = 0; f < graph.firmCount(); f++) {
            Enterprise firm = graph.firm(f);
            if (!firm.local()) {
                for (String segment : new LinkedHashSet<>(firm.segments())) {
                    externalBySegment
                            .computeIfAbsent(segment, key -> new ArrayList<>())
                            .add(firm);
                }
            }
        }
    }

    /** The candidates for {@code segmentId}, best first. */
    public List<Candidate> candidates(String segmentId) {
        Map<String, Candidate> byId = new LinkedHashMap<>();
        for (Enterprise firm : externalBySegment.getOrDefault(segmentId, List.of())) {
            byId.put(firm.id(), fromFirm(firm, null));
        }
        for (Target target : targetsBySegment.getOrDefault(segmentId, List.of())) {
            Enterprise firm = target.enterprise() == null
                    ? null
                    : graph.map().enterprise(target.enterprise()).orElse(null);
            Candidate candidate = firm != null ? fromFirm(firm, target) : fromTarget(target);
            byId.put(firm != null ? firm.id() : "target:" + target.id(), candidate);
        }
        List<Candidate> ranked = new ArrayList<>(byId.values());
        ranked.sort(RANKING);
        return ranked;
    }

    /** The sum of the scores of the candidate's tags. */
    public static int tagScore(Candidate candidate) {
        return candidate.tags().stream()
                .mapToInt(tag -> TAG_SCORES.getOrDefault(tag, 0))
                .sum();
    }

    private Candidate fromFirm(Enterprise firm, Target target) {
        Set<String> customers = new LinkedHashSet<>();
        Set<String> customerSegments = new LinkedHashSet<>();
        Set<String> suppliers = new LinkedHashSet<>();
        long value = 0;
        int index = graph.firmIndex(firm.id());
        for (int link : index < 0 ? new int[0] : graph.outgoing(index)) {
            Enterprise customer = graph.firm(graph.customer(link));
            if (customer.local()) {
                value += valueOf(graph.link(link));
                if (customers.add(customer.id()) && customer.mainSegment() != null) {
                    customerSegments.add(customer.mainSegment());
                }
            }
        }
        for (int link : index < 0 ? new int[0] : graph.incoming(index)) {
            Enterprise supplier = graph.firm(graph.supplier(link));
            if (supplier.local()) {
                value += valueOf(graph.link(link));
                suppliers.add(supplier.id());
            }
        }
        return new Candidate(
                firm.id(),
                target == null ? null : target.id(),
                firm.name(),
                target != null && target.origin() != null ? target.origin() : firm.origin(),
                customers.size(),
                new ArrayList<>(customerSegments),
                firm.tags(),
                firm.revenue(),
                firm.revenueYear(),
                target == null ? null : target.status(),
                target == null ? null : target.reason(),
                suppliers.size(),
                value,
                firm.role(),
                graph.map().analysis().aboveScale(firm));
    }

    private static long valueOf(SupplyLink link) {
        return link.value() == null ? 0 : link.value();
    }

    private static Candidate fromTarget(Target target) {
        return new Candidate(
                null,
                target.id(),
                target.name(),
                target.origin(),
                0,
                List.of(),
                List.of(),
                null,
                null,
                target.status(),
                target.reason());
    }

    private static Map<String, Integer> tagScores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("单项冠军", 5);
        scores.put("专精特新", 4);
        scores.put("上市", 3);
        scores.put("规上", 2);
        scores.put("高新", 1);
        return java.util.Collections.unmodifiableMap(scores);
    }
}
