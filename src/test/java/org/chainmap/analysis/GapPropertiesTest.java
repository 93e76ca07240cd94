package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that hold on every map, checked on random ones. */
class GapPropertiesTest {

    /** A random map: 3 chains of 3–8 segments, 0–40 firms, 0–80 links, feeds forward, some across, some back. */
    static RegionMap randomMap(long seed) {
        Random random = new Random(seed);
        MapBuilder builder = new MapBuilder();
        List<String> segments = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int count = 3 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                segments.add("c" + c + ".s" + s);
            }
        }
        for (String segment : segments) {
            List<String> feeds = new ArrayList<>();
            for (int f = 0; f < random.nextInt(3); f++) {
                String fed = segments.get(random.nextInt(segments.size()));
                if (!feeds.contains(fed)) {
                    feeds.add(fed);
                }
            }
            Stage stage = Stage.values()[random.nextInt(3)];
            builder.segment(segment.substring(0, 2), segment, stage, feeds.toArray(new String[0]));
        }
        int firms = random.nextInt(41);
        for (int f = 0; f < firms; f++) {
            String segment = segments.get(random.nextInt(segments.size()));
            if (random.nextInt(4) == 0) {
                builder.external("f" + f, segment, random.nextBoolean() ? null : (long) random.nextInt(1_000_000));
            } else if (random.nextInt(5) == 0) {
                String other = segments.get(random.nextInt(segments.size()));
                builder.local("f" + f, other.equals(segment) ? List.of(segment) : List.of(segment, other), "规上");
            } else {
                builder.local("f" + f, segment, random.nextBoolean() ? new String[] {"规上"} : new String[0]);
            }
        }
        for (int l = 0; firms > 1 && l < random.nextInt(81); l++) {
            int from = random.nextInt(firms);
            int to = random.nextInt(firms);
            if (from != to) {
                builder.link("f" + from, "f" + to);
            }
        }
        return builder.build();
    }

    private static List<Gap> allGaps(RegionMap map) {
        return GapAnalysis.of(map).stream()
                .flatMap(report -> report.gaps().stream())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aLocalFirmInAMissingSegmentRemovesThatGapAndNothingElse(long seed) {
        RegionMap map = randomMap(seed);
        List<Gap> before = allGaps(map);
        for (Gap gap : before) {
            if (!(gap instanceof Gap.Missing missing)) {
                continue;
            }
            String segment = missing.segment();
            List<Enterprise> firms = new ArrayList<>(map.enterprises());
            firms.add(Enterprise.of("new-firm", "新企业", true, List.of(segment), "规上"));
            List<Gap> after = allGaps(map.withEnterprises(firms));
            // Expected: the missing gap and the extend gap of the segment go; a weak gap comes (one firm is
            // fewer than the default threshold of two); segments it feeds that lack local firms become
            // extend gaps naming it. Everything else stays exactly as it was.
            Set<String> changed = new HashSet<>();
            changed.add(GapKind.MISSING + " " + segment);
            changed.add(GapKind.EXTEND + " " + segment);
            changed.add(GapKind.WEAK + " " + segment);
            Chain chain = map.chainOfSegment(segment).orElseThrow();
            for (String fed : map.segment(segment).orElseThrow().feeds()) {
                changed.add(GapKind.EXTEND + " " + fed);
            }
            assertThat(keep(after, changed))
                    .as("seed %d, segment %s", seed, segment)
                    .containsExactlyInAnyOrderElementsOf(keep(before, changed));
            assertThat(after)
                    .as("seed %d, segment %s", seed, segment)
                    .doesNotContain(missing)
                    .contains(new Gap.Weak(
                            chain.id(), segment, List.of("new-firm"), true, false, ((Gap.Missing) gap).targets()));
            for (String fed : map.segment(segment).orElseThrow().feeds()) {
                boolean fedIsMissing =
                        map.enterprisesIn(fed).stream().noneMatch(Enterprise::local) && !fed.equals(segment);
                assertThat(after.stream()
                                .anyMatch(g -> g instanceof Gap.Extend extend
                                        && extend.segment().equals(fed)
                                        && extend.from().contains(segment)))
                        .as("seed %d: %s feeds %s", seed, segment, fed)
                        .isEqualTo(fedIsMissing);
            }
        }
    }

    private static List<Gap> keep(List<Gap> gaps, Set<String> changed) {
        return gaps.stream()
                .filter(gap -> !changed.contains(gap.kind() + " " + gap.sortKey()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void cutFirmsAgreeWithJgrapht(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(60);
        int[][] adjacency = new int[n][];
        List<List<Integer>> lists = new ArrayList<>();
        Graph<Integer, DefaultEdge> oracle = new Pseudograph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            lists.add(new ArrayList<>());
            oracle.addVertex(v);
        }
        int edges = random.nextInt(2 * n);
        for (int e = 0; e < edges; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                lists.get(a).add(b);
                lists.get(b).add(a);
                oracle.addEdge(a, b);
            }
        }
        for (int v = 0; v < n; v++) {
            adjacency[v] = lists.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        boolean[] cut = CutFirms.cutVertices(adjacency);
        Set<Integer> ours = new HashSet<>();
        for (int v = 0; v < n; v++) {
            if (cut[v]) {
                ours.add(v);
            }
        }
        assertThat(ours).as("seed %d", seed).isEqualTo(new BiconnectivityInspector<>(oracle).getCutpoints());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void everyGapNamesThingsThatExistAndBelongsToTheRightChain(long seed) {
        RegionMap map = randomMap(seed);
        for (ChainReport report : GapAnalysis.of(map)) {
            Chain chain = map.chain(report.chain()).orElseThrow();
            Set<String> own = new HashSet<>();
            chain.segments().stream().map(Segment::id).forEach(own::add);
            for (Gap gap : report.gaps()) {
                String home = gap instanceof Gap.Broken broken
                        ? broken.to()
                        : gap instanceof Gap.Chokepoint chokepoint
                                ? chokepoint.to()
                                : gap instanceof Gap.Cutpoint cutpoint
                                        ? map.enterprise(cutpoint.firm())
                                                .orElseThrow()
                                                .mainSegment()
                                        : gapSegment(gap);
                assertThat(own).as("seed %d: %s", seed, gap).contains(home);
            }
        }
    }

    private static String gapSegment(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.segment();
        }
        return ((Gap.Extend) gap).segment();
    }
}
