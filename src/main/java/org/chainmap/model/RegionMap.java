package org.chainmap.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The document: a region's map of industry chains, their segments, the enterprises in them, who supplies
 * whom, and the investment-promotion targets.
 *
 * <p>Immutable: a change to a map is a new map (see package {@code edit}). Two maps are equal when every field is
 * equal, which is what a save followed by a load must give back. Lookups by id are answered from indexes built on first
 * use; where a map holds the same id twice (which {@link MapValidator} reports), a lookup finds the first. The index of
 * the chains and that of the enterprises are built apart, and a changed map keeps those of its parts that did not
 * change, so that a run of changes to one part (an import adding thousands of links) builds no other one anew.
 */
public final class RegionMap {

    private final Region region;
    private final AnalysisSettings analysis;
    private final List<Chain> chains;
    private final List<Enterprise> enterprises;
    private final List<SupplyLink> links;
    private final List<Target> targets;
    private final Presentation presentation;
    private final List<Source> sources;
    private final Snapshots snapshots;
    private final Extras extra;
    private volatile ChainIndex chainIndex;
    private volatile FirmIndex firmIndex;
    private volatile Map<String, List<Enterprise>> bySegment;
    private LinkIndex.Shared linkIndex;
    private volatile LinkEnds linkEnds;

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
        this(region, analysis, chains, enterprises, links, targets, List.of(), presentation, extra);
    }

    /**
     * A map of {@code region} holding the given parts, the sources its facts cite and a presentation.
     *
     * @param region the region
     * @param analysis gap-analysis settings; {@code null} for the defaults
     * @param chains the chains in display order
     * @param enterprises the enterprises in document order
     * @param links the supply links in document order
     * @param targets the investment-promotion targets in document order
     * @param sources the sources the map's facts cite, in document order
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
            List<Source> sources,
            Presentation presentation,
            Extras extra) {
        this(region, analysis, chains, enterprises, links, targets, sources, presentation, Snapshots.NONE, extra);
    }

    /**
     * A map of {@code region} holding every part the file format knows.
     *
     * @param region the region
     * @param analysis gap-analysis settings; {@code null} for the defaults
     * @param chains the chains in display order
     * @param enterprises the enterprises in document order
     * @param links the supply links in document order
     * @param targets the investment-promotion targets in document order
     * @param sources the sources the map's facts cite, in document order
     * @param presentation the presentation the planner arranged; {@code null} for none
     * @param snapshots the dated snapshots of the map's key figures; {@code null} for none
     * @param extra root fields this program does not know
     */
    public RegionMap(
            Region region,
            AnalysisSettings analysis,
            List<Chain> chains,
            List<Enterprise> enterprises,
            List<SupplyLink> links,
            List<Target> targets,
            List<Source> sources,
            Presentation presentation,
            Snapshots snapshots,
            Extras extra) {
        this.region = Objects.requireNonNull(region, "region");
        this.snapshots = snapshots == null ? Snapshots.NONE : snapshots;
        this.sources = List.copyOf(sources == null ? List.of() : sources);
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

    /** The sources the map's facts cite, in document order. */
    public List<Source> sources() {
        return sources;
    }

    /** The source with {@code id}, the first if there are several. */
    public Optional<Source> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    /** The presentation the planner arranged; {@link Presentation#NONE} for the whole story. */
    public Presentation presentation() {
        return presentation;
    }

    /** The dated snapshots of the map's key figures, and whether a save takes one. */
    public Snapshots snapshots() {
        return snapshots;
    }

    /** Root fields this program does not know, kept as they are. */
    public Extras extra() {
        return extra;
    }

    /** This map with {@code newChains} instead of its chains. */
    public RegionMap withChains(List<Chain> newChains) {
        return new RegionMap(
                        region,
                        analysis,
                        newChains,
                        enterprises,
                        links,
                        targets,
                        sources,
                        presentation,
                        snapshots,
                        extra)
                .keepingFirms(this);
    }

    /** This map with {@code newEnterprises} instead of its enterprises. */
    public RegionMap withEnterprises(List<Enterprise> newEnterprises) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        newEnterprises,
                        links,
                        targets,
                        sources,
                        presentation,
                        snapshots,
                        extra)
                .keepingChains(this);
    }

    /**
     * As {@link #withEnterprises(List)}, made by replacing, in order, each of {@code gone} ({@code null}: none) by
     * the one of {@code came} at its place: the indexes by id and segment derive from this map's (0058, 0067).
     */
    public RegionMap withEnterprises(List<Enterprise> newEnterprises, List<Enterprise> gone, List<Enterprise> came) {
        RegionMap changed = withEnterprises(newEnterprises);
        changed.firmIndex = FirmIndex.after(firmIndex, gone, came, newEnterprises.size());
        changed.bySegment = FirmIndex.bySegmentAfter(bySegment, gone, came, changed.enterprises);
        return changed;
    }

    /** This map with {@code newLinks} instead of its links. */
    public RegionMap withLinks(List<SupplyLink> newLinks) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        enterprises,
                        newLinks,
                        targets,
                        sources,
                        presentation,
                        snapshots,
                        extra)
                .keeping(this);
    }

    /**
     * As {@link #withLinks(List)}, made by replacing, in order, at each {@code at[k]} {@code gone[k]} ({@code null}:
     * an insertion) by {@code came[k]} ({@code null}: a removal): the link index derives from this map's (0067).
     */
    public RegionMap withLinks(List<SupplyLink> newLinks, int[] at, List<SupplyLink> gone, List<SupplyLink> came) {
        RegionMap changed = withLinks(newLinks);
        changed.linkIndex = LinkIndex.Shared.after(sharedLinkIndex(), changed.links, at, gone, came);
        return changed;
    }

    /** This map with {@code newTargets} instead of its targets. */
    public RegionMap withTargets(List<Target> newTargets) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        enterprises,
                        links,
                        newTargets,
                        sources,
                        presentation,
                        snapshots,
                        extra)
                .keeping(this);
    }

    /** This map with {@code newSources} instead of its sources. */
    public RegionMap withSources(List<Source> newSources) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        enterprises,
                        links,
                        targets,
                        newSources,
                        presentation,
                        snapshots,
                        extra)
                .keeping(this);
    }

    /** This map with other analysis settings. */
    public RegionMap withAnalysis(AnalysisSettings newAnalysis) {
        return new RegionMap(
                        region,
                        newAnalysis,
                        chains,
                        enterprises,
                        links,
                        targets,
                        sources,
                        presentation,
                        snapshots,
                        extra)
                .keeping(this);
    }

    /** This map with {@code newPresentation} instead of its presentation. */
    public RegionMap withPresentation(Presentation newPresentation) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        enterprises,
                        links,
                        targets,
                        sources,
                        newPresentation,
                        snapshots,
                        extra)
                .keeping(this);
    }

    /** This map with {@code newSnapshots} instead of its snapshots. */
    public RegionMap withSnapshots(Snapshots newSnapshots) {
        return new RegionMap(
                        region,
                        analysis,
                        chains,
                        enterprises,
                        links,
                        targets,
                        sources,
                        presentation,
                        newSnapshots,
                        extra)
                .keeping(this);
    }

    /** This new map with every index of {@code old} that holds for it, which it shares. */
    private RegionMap keeping(RegionMap old) {
        return keepingChains(old).keepingFirms(old);
    }

    /** This new map with {@code old}'s index of the chains, which it shares; its links too, when they are old's. */
    private RegionMap keepingChains(RegionMap old) {
        chainIndex = old.chainIndex;
        linkIndex = links == old.links ? old.sharedLinkIndex() : null;
        linkEnds = links == old.links && enterprises == old.enterprises ? old.linkEnds : null;
        return this;
    }

    /** This new map with {@code old}'s indexes of the enterprises, which it shares. */
    private RegionMap keepingFirms(RegionMap old) {
        firmIndex = old.firmIndex;
        bySegment = old.bySegment;
        linkIndex = links == old.links ? old.sharedLinkIndex() : null;
        linkEnds = links == old.links && enterprises == old.enterprises ? old.linkEnds : null;
        return this;
    }

    /**
     * This map with the ends of its links given as firm numbers (its reader found them), which the validator and
     * the analysis graph then use instead of looking each end up by id; they must be {@link
     * LinkEnds#lookedUp(RegionMap)} of this map. Kept by the maps made from this one with the same firms and links.
     * Not named {@code with…}: it changes nothing of the document, so a reader may call it (ArchitectureTest lets
     * only edits call the {@code with…} methods).
     */
    public RegionMap givenLinkEnds(LinkEnds ends) {
        if (ends.size() != links.size()) {
            throw new IllegalArgumentException(ends.size() + " link ends for " + links.size() + " links");
        }
        RegionMap given = new RegionMap(
                        region, analysis, chains, enterprises, links, targets, sources, presentation, snapshots, extra)
                .keeping(this);
        given.linkEnds = ends;
        return given;
    }

    /** The ends of the links as firm numbers, when the map was given them ({@link #givenLinkEnds}). */
    public Optional<LinkEnds> linkEnds() {
        return Optional.ofNullable(linkEnds);
    }

    /** The chain with {@code id}. */
    public Optional<Chain> chain(String id) {
        return Optional.ofNullable(chainIndex().chains.get(id));
    }

    /** The segment with {@code id}, in whichever chain it is. */
    public Optional<Segment> segment(String id) {
        return Optional.ofNullable(chainIndex().segments.get(id));
    }

    /** The chain that holds the segment with {@code segmentId}. */
    public Optional<Chain> chainOfSegment(String segmentId) {
        return Optional.ofNullable(chainIndex().chainOfSegment.get(segmentId));
    }

    /** The enterprise with {@code id}. */
    public Optional<Enterprise> enterprise(String id) {
        return Optional.ofNullable(firmIndex().get(id));
    }

    /** The positions in {@link #links()} of the links of the firm {@code id}, ascending; index kept across edits. */
    public int[] linkPositions(String id) {
        return indexLinks().of(id);
    }

    /** Whether {@link #linkPositions} costs the firm's links only: its index is made or derives from a made one. */
    public boolean linksIndexed() {
        return sharedLinkIndex().ready();
    }

    /** Builds the index of {@link #linkPositions} unless built; a second caller waits for the first (decision 0067). */
    public LinkIndex indexLinks() {
        return sharedLinkIndex().get();
    }

    /** The index of the links, made or to be made, shared with the maps made from this one with the same links. */
    private synchronized LinkIndex.Shared sharedLinkIndex() {
        if (linkIndex == null) {
            linkIndex = new LinkIndex.Shared(links);
        }
        return linkIndex;
    }

    /** The enterprises working in the segment with {@code segmentId}, in document order. */
    public List<Enterprise> enterprisesIn(String segmentId) {
        return bySegment().getOrDefault(segmentId, List.of());
    }

    /** The enterprises working in any segment of the chain with {@code chainId}, each once, in document order. */
    public List<Enterprise> enterprisesOfChain(String chainId) {
        return FirmIndex.ofChain(enterprises, chainIndex().chains.get(chainId));
    }

    private ChainIndex chainIndex() {
        if (chainIndex == null) { // set once, never unset: a second read finds it
            chainIndex = new ChainIndex(chains);
        }
        return chainIndex;
    }

    private FirmIndex firmIndex() {
        if (firmIndex == null) { // set once, never unset: a second read finds it
            firmIndex = new FirmIndex(enterprises);
        }
        return firmIndex;
    }

    private Map<String, List<Enterprise>> bySegment() {
        if (bySegment == null) { // set once, never unset: a second read finds it
            bySegment = FirmIndex.bySegment(enterprises);
        }
        return bySegment;
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
                && sources.equals(map.sources)
                && presentation.equals(map.presentation)
                && snapshots.equals(map.snapshots)
                && extra.equals(map.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                region, analysis, chains, enterprises, links, targets, sources, presentation, snapshots, extra);
    }

    @Override
    public String toString() {
        return "RegionMap[" + region.name() + ": " + chains.size() + " chains, " + enterprises.size() + " enterprises, "
                + links.size() + " links]";
    }
}
