package org.chainmap.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The document: a region's map of industry chains, their segments, the enterprises in them, who supplies
 * whom, and the investment-promotion targets.
 *
 * <p>Immutable: a change to a map is a new map (see package {@code edit}). Two maps are equal when every
 * field is equal, which is what a save followed by a load must give back. Lookups by id are answered from
 * an index built on first use; where a map holds the same id twice (which {@link MapValidator} reports),
 * a lookup finds the first.
 */
public final class RegionMap {

    private final Region region;
    private final AnalysisSettings analysis;
    private final List<Chain> chains;
    private final List<Enterprise> enterprises;
    private final List<SupplyLink> links;
    private final List<Target> targets;
    private final Presentation presentation;
    private final Extras extra;
    private volatile Index index;

    /**
     * A map of {@code region} holding the given parts.
     *
     * @param region the region
     * @param analysis gap-analysis settings; {@code null} for the defaults
     * @param chains the chains in display order
     * @param enterprises the enterprises in document order
     * @param links the supply links in document order
     * @param targets the investment-promotion targets in document order
     * @param extra root fields this program does not know
     */
    public RegionMap(
            Region region,
            AnalysisSettings analysis,
            List<Chain> chains,
            List<Enterprise> enterprises,
            List<SupplyLink> links,
            List<Target> targets,
            Extras extra) {
        this(region, analysis, chains, enterprises, links, targets, Presentation.NONE, extra);
    }

    /**
     * A map of {@code region} holding the given parts and a presentation.
     *
     * @param region the region
     * @param analysis gap-analysis settings; {@code null} for the defaults
     * @param chains the chains in display order
     * @param enterprises the enterprises in document order
     * @param links the supply links in document order
     * @param targets the investment-promotion targets in document order
     * @param presentation the presentation the planner arranged; {@code null} for none
     * @param extra root fields this program does not know
     */
    public RegionMap(
            Region region,
            AnalysisSettings analysis,
            List<Chain> chains,
            List<Enterprise> enterprises,
            List<SupplyLink> links,
            List<Target> targets,
            Presentation presentation,
            Extras extra) {
        this.region = Objects.requireNonNull(region, "region");
        this.analysis = analysis == null ? AnalysisSettings.DEFAULTS : analysis;
        this.chains = List.copyOf(chains);
        this.enterprises = List.copyOf(enterprises);
        this.links = List.copyOf(links);
        this.targets = List.copyOf(targets);
        this.presentation = presentation == null ? Presentation.NONE : presentation;
        this.extra = extra == null ? Extras.NONE : extra;
    }

    /** An empty map of a region. */
    public static RegionMap empty(Region region) {
        return new RegionMap(region, null, List.of(), List.of(), List.of(), List.of(), Extras.NONE);
    }

    /** The region the map describes. */
    public Region region() {
        return region;
    }

    /** Thresholds of the gap analysis. */
    public AnalysisSettings analysis() {
        return analysis;
    }

    /** The chains, in display order. */
    public List<Chain> chains() {
        return chains;
    }

    /** All enterprises, local and external. */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /** All supply links. */
    public List<SupplyLink> links() {
        return links;
    }

    /** All investment-promotion targets. */
    public List<Target> targets() {
        return targets;
    }

    /** The presentation the planner arranged; {@link Presentation#NONE} for the whole story. */
    public Presentation presentation() {
        return presentation;
    }

    /** Root fields this program does not know, kept as they are. */
    public Extras extra() {
        return extra;
    }

    /** This map with {@code newChains} instead of its chains. */
    public RegionMap withChains(List<Chain> newChains) {
        return new RegionMap(region, analysis, newChains, enterprises, links, targets, presentation, extra);
    }

    /** This map with {@code newEnterprises} instead of its enterprises. */
    public RegionMap withEnterprises(List<Enterprise> newEnterprises) {
        return new RegionMap(region, analysis, chains, newEnterprises, links, targets, presentation, extra);
    }

    /** This map with {@code newLinks} instead of its links. */
    public RegionMap withLinks(List<SupplyLink> newLinks) {
        return new RegionMap(region, analysis, chains, enterprises, newLinks, targets, presentation, extra);
    }

    /** This map with {@code newTargets} instead of its targets. */
    public RegionMap withTargets(List<Target> newTargets) {
        return new RegionMap(region, analysis, chains, enterprises, links, newTargets, presentation, extra);
    }

    /** This map with other analysis settings. */
    public RegionMap withAnalysis(AnalysisSettings newAnalysis) {
        return new RegionMap(region, newAnalysis, chains, enterprises, links, targets, presentation, extra);
    }

    /** This map with {@code newPresentation} instead of its presentation. */
    public RegionMap withPresentation(Presentation newPresentation) {
        return new RegionMap(region, analysis, chains, enterprises, links, targets, newPresentation, extra);
    }

    /** The chain with {@code id}. */
    public Optional<Chain> chain(String id) {
        return Optional.ofNullable(index().chains.get(id));
    }

    /** The segment with {@code id}, in whichever chain it is. */
    public Optional<Segment> segment(String id) {
        return Optional.ofNullable(index().segments.get(id));
    }

    /** The chain that holds the segment with {@code segmentId}. */
    public Optional<Chain> chainOfSegment(String segmentId) {
        return Optional.ofNullable(index().chainOfSegment.get(segmentId));
    }

    /** The enterprise with {@code id}. */
    public Optional<Enterprise> enterprise(String id) {
        return Optional.ofNullable(index().enterprises.get(id));
    }

    /** The enterprises working in the segment with {@code segmentId}, in document order. */
    public List<Enterprise> enterprisesIn(String segmentId) {
        return index().enterprisesBySegment.getOrDefault(segmentId, List.of());
    }

    /** The enterprises working in any segment of the chain with {@code chainId}, each once, in document order. */
    public List<Enterprise> enterprisesOfChain(String chainId) {
        Chain chain = index().chains.get(chainId);
        if (chain == null) {
            return List.of();
        }
        java.util.Set<String> segmentIds = new java.util.HashSet<>();
        chain.segments().forEach(segment -> segmentIds.add(segment.id()));
        return enterprises.stream()
                .filter(firm -> firm.segments().stream().anyMatch(segmentIds::contains))
                .toList();
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            built = new Index(this);
            index = built;
        }
        return built;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionMap map
                && region.equals(map.region)
                && analysis.equals(map.analysis)
                && chains.equals(map.chains)
                && enterprises.equals(map.enterprises)
                && links.equals(map.links)
                && targets.equals(map.targets)
                && presentation.equals(map.presentation)
                && extra.equals(map.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, analysis, chains, enterprises, links, targets, presentation, extra);
    }

    @Override
    public String toString() {
        return "RegionMap[" + region.name() + ": " + chains.size() + " chains, " + enterprises.size() + " enterprises, "
                + links.size() + " links]";
    }

    /** Lookups by id; the first of duplicated ids wins. */
    private static final class Index {
        final Map<String, Chain> chains = new HashMap<>();
        final Map<String, Segment> segments = new HashMap<>();
        final Map<String, Chain> chainOfSegment = new HashMap<>();
        final Map<String, Enterprise> enterprises = new HashMap<>();
        final Map<String, List<Enterprise>> enterprisesBySegment = new HashMap<>();

        Index(RegionMap map) {
            for (Chain chain : map.chains) {
                chains.putIfAbsent(chain.id(), chain);
                for (Segment segment : chain.segments()) {
                    segments.putIfAbsent(segment.id(), segment);
                    chainOfSegment.putIfAbsent(segment.id(), chain);
                }
            }
            Map<String, java.util.ArrayList<Enterprise>> bySegment = new HashMap<>();
            for (Enterprise firm : map.enterprises) {
                enterprises.putIfAbsent(firm.id(), firm);
                for (String segmentId : new java.util.LinkedHashSet<>(firm.segments())) {
                    bySegment
                            .computeIfAbsent(segmentId, key -> new java.util.ArrayList<>())
                            .add(firm);
                }
            }
            bySegment.forEach((segmentId, firms) -> enterprisesBySegment.put(segmentId, List.copyOf(firms)));
        }
    }
}
