package org.chainmap.bench;

import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.render.ChainPainter;

/**
 * The largest chain of a generated region scaled until that chain holds about {@code firms} firm cards (the
 * search of {@link DotComparison#regionWithChainOf}), laid out, with its gaps and its painter.
 *
 * @param map the region
 * @param chain its largest chain
 * @param report the chain's gaps
 * @param geometry the chain's layout
 * @param painter the chain's painter
 */
record LargeChain(RegionMap map, Chain chain, ChainReport report, ChainGeometry geometry, ChainPainter painter) {

    /** The largest chain of the region whose largest chain holds about {@code firms} firm cards. */
    static LargeChain of(int firms) {
        RegionMap map = DotComparison.regionWithChainOf(firms);
        Chain chain = DotComparison.largest(map);
        ChainReport report = GapAnalysis.of(map).stream()
                .filter(r -> r.chain().equals(chain.id()))
                .findFirst()
                .orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(map, chain);
        return new LargeChain(map, chain, report, geometry, new ChainPainter(map, chain, geometry, report));
    }

    /** A line for the benchmark's output: which chain, how large. */
    String describe() {
        return String.format(
                "chain %s: %,d cards, %,d markers, %,d feeds, %.0f × %.0f map units, region of %,d firms",
                chain.id(),
                geometry.cards().size(),
                geometry.markers().size(),
                geometry.feeds().size(),
                geometry.width(),
                geometry.height(),
                map.enterprises().size());
    }
}
