package org.chainmap.compare;

import java.util.List;
import java.util.Objects;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.MapGraph;
import org.chainmap.model.RegionMap;

/**
 * One side of a comparison made ready on its own: the map, its graph view and its gap analysis over that graph.
 * Each side can be read and analysed on a thread of its own ({@code cli.CompareCommand} does); {@link
 * MapComparer#compare(AnalysedMap, AnalysedMap)} then looks the firms and links up by the graphs' numbers instead
 * of by their ids.
 *
 * @param map the map
 * @param graph the graph view of {@code map}, or of a map equal to it for the analysis
 * @param reports the gap analysis of {@code graph}, in the map's chain order
 */
public record AnalysedMap(RegionMap map, MapGraph graph, List<ChainReport> reports) {

    /** Checks the parts and copies the list. */
    public AnalysedMap {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(graph, "graph");
        reports = List.copyOf(reports);
    }

    /** Builds the graph view of {@code map} and runs its gap analysis, on the calling thread. */
    public static AnalysedMap of(RegionMap map) {
        MapGraph graph = MapGraph.of(map);
        return new AnalysedMap(map, graph, GapAnalysis.of(graph));
    }
}
