package org.chainmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Origin;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;

/**
 * Makes synthetic regions shaped like real ones, for benchmarks and for trying the application at scale:
 * 14 three-stage chains, firms spread over their segments (85% local), feeds from each stage to the next
 * with a few across chains and a few back (recycling), and about 2.5 supply links per firm, most along a
 * feed. The same size and seed always give the same map.
 */
final class RegionGenerator {

    /** The number of chains, as in Hengyang. */
    static final int CHAINS = 14;

    private static final String[] TAGS = {"规上", "高新", "专精特新", "单项冠军", "上市"};
    private static final double[] TAG_SHARE = {0.35, 0.15, 0.06, 0.01, 0.02};
    private static final String[] PROVINCES = {"广东省", "江苏省", "浙江省", "上海市", "湖北省", "江西省"};

    private final Random random;

    private RegionGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A region of {@code firms} enterprises, generated from {@code seed}. */
    static RegionMap generate(int firms, long seed) {
        return new RegionGenerator(seed).build(firms);
    }

    private RegionMap build(int firmCount) {
        int segmentsPerChain = Math.max(6, Math.min(24, 6 + firmCount / 700));
        List<Chain> chains = new ArrayList<>();
        List<Segment> allSegments = new ArrayList<>();
        for (int c = 0; c < CHAINS; c++) {
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < segmentsPerChain; s++) {
                Stage stage = Stage.values()[s * 3 / segmentsPerChain];
                segments.add(new Segment(
                        segmentId(c, s),
                        "链" + (c + 1) + "环节" + (s + 1),
                        null,
                        stage,
                        s,
                        List.of(),
                        s % 5 == 0,
                        List.of(),
                        Provenance.NONE,
                        Extras.NONE));
            }
            chains.add(new Chain(
                    "c" + (c + 1),
                    "合成产业链" + (c + 1),
                    "Synthetic chain " + (c + 1),
                    null,
                    null,
                    null,
                    null,
                    segments,
                    null,
                    Provenance.NONE,
                    Extras.NONE));
            allSegments.addAll(segments);
        }
        chains.replaceAll(chain -> chain.withSegments(chain.segments().stream()
                .map(segment -> segment.withFeeds(feedsOf(segment, chain, allSegments)))
                .toList()));
        List<Segment> fed =
                chains.stream().flatMap(chain -> chain.segments().stream()).toList();
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < firmCount; i++) {
            firms.add(firm(i, fed));
        }
        return new RegionMap(
                new Region("合成市", "999999", "合成区域（" + firmCount + " 家企业）", null, "chainmap generate", Extras.NONE),
                null,
                chains,
                firms,
                links(firms, fed),
                List.of(),
                Extras.NONE);
    }

    private List<String> feedsOf(Segment segment, Chain chain, List<Segment> all) {
        List<String> feeds = new ArrayList<>();
        List<Segment> own = chain.segments();
        int index = own.indexOf(segment);
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count && segment.stage() != Stage.DOWNSTREAM; k++) {
            int target = index + 1 + random.nextInt(Math.max(1, Math.min(4, own.size() - index - 1)));
            if (target < own.size() && !feeds.contains(own.get(target).id())) {
                feeds.add(own.get(target).id());
            }
        }
        if (random.nextDouble() < 0.08) {
            Segment other = all.get(random.nextInt(all.size()));
            if (other.stage() == Stage.MIDSTREAM && !feeds.contains(other.id()) && other != segment) {
                feeds.add(other.id());
            }
        }
        if (segment.stage() == Stage.DOWNSTREAM && random.nextDouble() < 0.1) {
            feeds.add(own.get(0).id()); // recycling: back to the start of the chain
        }
        return feeds;
    }

    private Enterprise firm(int i, List<Segment> segments) {
        boolean local = random.nextDouble() < 0.85;
        List<String> in = new ArrayList<>();
        in.add(segments.get(random.nextInt(segments.size())).id());
        if (random.nextDouble() < 0.1) {
            String second = segments.get(random.nextInt(segments.size())).id();
            if (!in.contains(second)) {
                in.add(second);
            }
        }
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < TAGS.length; t++) {
            if (random.nextDouble() < TAG_SHARE[t]) {
                tags.add(TAGS[t]);
            }
        }
        Long revenue = random.nextDouble() < 0.7 ? (long) Math.exp(15 + random.nextDouble() * 8) : null;
        Role role = random.nextDouble() < 0.02 ? Role.LEADER : Role.SUPPLIER;
        Origin origin = local ? null : Origin.of(PROVINCES[random.nextInt(PROVINCES.length)], null);
        return new Enterprise(
                "f" + (i + 1),
                "合成企业" + (i + 1) + "有限公司",
                null,
                local,
                origin,
                local ? "合成县" + (1 + random.nextInt(7)) : null,
                null,
                in,
                role,
                tags,
                revenue,
                revenue == null ? null : 2024,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE);
    }

    /** About 2.5 links per firm: 85% from a firm of a segment to a firm of a segment it feeds. */
    private List<SupplyLink> links(List<Enterprise> firms, List<Segment> segments) {
        java.util.Map<String, List<Enterprise>> bySegment = new java.util.HashMap<>();
        for (Enterprise firm : firms) {
            firm.segments().forEach(id -> bySegment
                    .computeIfAbsent(id, key -> new ArrayList<>())
                    .add(firm));
        }
        java.util.Map<String, Segment> byId = new java.util.HashMap<>();
        segments.forEach(segment -> byId.put(segment.id(), segment));
        List<SupplyLink> links = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int wanted = firms.size() * 5 / 2;
        for (int attempt = 0; links.size() < wanted && attempt < wanted * 4; attempt++) {
            Enterprise supplier = firms.get(random.nextInt(firms.size()));
            Enterprise customer;
            List<String> feeds = byId.get(supplier.mainSegment()).feeds();
            if (!feeds.isEmpty() && random.nextDouble() < 0.85) {
                List<Enterprise> candidates = bySegment.get(feeds.get(random.nextInt(feeds.size())));
                if (candidates == null) {
                    continue;
                }
                customer = candidates.get(random.nextInt(candidates.size()));
            } else {
                customer = firms.get(random.nextInt(firms.size()));
            }
            if (customer == supplier || !seen.add(supplier.id() + ">" + customer.id())) {
                continue;
            }
            Long value = random.nextDouble() < 0.5 ? (long) Math.exp(13 + random.nextDouble() * 6) : null;
            links.add(new SupplyLink(null, supplier.id(), customer.id(), null, value, Provenance.NONE, Extras.NONE));
        }
        return links;
    }

    private static String segmentId(int chain, int segment) {
        return "c" + (chain + 1) + ".s" + (segment + 1);
    }
}
