package org.chainmap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;

/**
 * One chain of any number of firms in the manner of {@code ../shared/bench/gen_chain.py}: 8 to 40 segments in
 * three stages, each feeding one to three of the next, firms spread over them with Zipf-skewed sizes (a few
 * boxes of thousands, many of tens), 2.5 links per firm into segments it feeds, a few back. Deterministic.
 */
final class ThreeStageChains {

    private ThreeStageChains() {}

    static RegionMap generate(int firms, long seed) {
        Random random = new Random(seed);
        int count = Math.max(8, Math.min(40, (int) Math.round(8 + 8 * Math.log10(Math.max(firms, 1) / 100.0))));
        int upstream = Math.max(2, (int) Math.round(count * 0.3));
        int downstream = Math.max(2, (int) Math.round(count * 0.3));
        Stage[] stages = new Stage[count];
        for (int s = 0; s < count; s++) {
            stages[s] = s < upstream ? Stage.UPSTREAM : s < count - downstream ? Stage.MIDSTREAM : Stage.DOWNSTREAM;
        }
        List<List<Integer>> feeds = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<Integer> fed = new ArrayList<>();
            if (stages[s] != Stage.DOWNSTREAM) {
                int first = stages[s] == Stage.UPSTREAM ? upstream : count - downstream;
                int last = stages[s] == Stage.UPSTREAM ? count - downstream : count;
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    int target = first + random.nextInt(last - first);
                    if (!fed.contains(target)) {
                        fed.add(target);
                    }
                }
            }
            feeds.add(fed);
            segments.add(Segment.of(
                    "peer.s" + s,
                    "环节" + s,
                    stages[s],
                    fed.stream().map(t -> "peer.s" + t).toArray(String[]::new)));
        }
        double[] weight = new double[count];
        double total = 0;
        for (int s = 0; s < count; s++) {
            weight[s] = 1.0 / Math.pow(1 + random.nextInt(count), 1.1);
            total += weight[s];
        }
        List<Enterprise> enterprises = new ArrayList<>();
        List<List<String>> bySegment = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            bySegment.add(new ArrayList<>());
        }
        for (int i = 0; i < firms; i++) {
            double pick = random.nextDouble() * total;
            int s = 0;
            while (s < count - 1 && pick > weight[s]) {
                pick -= weight[s++];
            }
            String id = "e" + i;
            enterprises.add(Enterprise.of(id, "企业" + i, true, List.of("peer.s" + s)));
            bySegment.get(s).add(id);
        }
        List<SupplyLink> links = new ArrayList<>();
        for (int i = 0; i < firms * 5 / 2; i++) {
            int s = random.nextInt(count);
            boolean back = random.nextInt(50) == 0;
            List<Integer> targets = back ? List.of(random.nextInt(count)) : feeds.get(s);
            if (bySegment.get(s).isEmpty() || targets.isEmpty()) {
                continue;
            }
            List<String> to = bySegment.get(targets.get(random.nextInt(targets.size())));
            if (!to.isEmpty()) {
                List<String> from = bySegment.get(s);
                // Targets lean towards the first firms of a segment, the big ones.
                int at = (int) (to.size() * Math.pow(random.nextDouble(), 2));
                links.add(SupplyLink.of(from.get(random.nextInt(from.size())), to.get(at), null));
            }
        }
        Chain chain = Chain.of("peer", "同图对比产业链", segments.toArray(Segment[]::new));
        return new RegionMap(Region.of("测试市", null), null, List.of(chain), enterprises, links, List.of(), Extras.NONE);
    }
}
