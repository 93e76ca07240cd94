package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

/**
 * The layout keeps, of the search's order and the sweeps' it started from, the one whose drawing (one column per
 * box, links as straight lines) crosses less; the count by strips is the pair-by-pair count.
 */
class DrawnOrderTest {

    @Test
    void theCountByStripsIsThePairByPairCount() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            double[][] ends = new double[60][];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = new double[] {100 * random.nextInt(6), random.nextDouble() * 400};
            }
            List<double[]> lines = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                double[] a = ends[random.nextInt(ends.length)];
                double[] b = ends[random.nextInt(ends.length)];
                if (a != b) {
                    lines.add(new double[] {a[0], a[1], b[0], b[1]});
                }
            }
            assertThat(DrawnOrder.inStrips(lines)).as("round %d", round).isEqualTo(Crossings.ofLines(lines));
        }
    }

    @Test
    void theOrderWhoseDrawingCrossesLessIsKept() {
        RegionMap map = ThreeStageChains.generate(300, 2);
        Chain chain = map.chains().get(0);
        Layers layers = SegmentOrdering.order(LayerAssignment.assign(chain));
        CardOrdering swept = CardOrdering.order(map, chain, layers, false);
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        Random random = new Random(3);
        swept.cards().forEach((segment, ids) -> {
            List<String> copy = new ArrayList<>(ids);
            Collections.shuffle(copy, random);
            shuffled.put(segment, copy);
        });
        CardOrdering worse = new CardOrdering(shuffled, swept.markers(), swept.layers());
        List<String[]> links = new ArrayList<>();
        for (SupplyLink link : map.links()) {
            links.add(new String[] {link.from(), link.to()});
        }
        long good = DrawnOrder.crossings(swept, links);
        long bad = DrawnOrder.crossings(worse, links);
        assertThat(good).isLessThan(bad);
        assertThat(DrawnOrder.fewer(worse, swept, links)).isSameAs(swept);
        assertThat(DrawnOrder.fewer(swept, worse, links)).isSameAs(swept);
        assertThat(DrawnOrder.fewer(swept, swept, links))
                .as("the first on a tie")
                .isSameAs(swept);

        // The layout's own order draws no more crossings than the sweeps' alone.
        CardOrdering searched = CardOrdering.order(map, chain, layers);
        assertThat(DrawnOrder.crossings(searched, links)).isLessThanOrEqualTo(good);
    }
}
