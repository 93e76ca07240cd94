package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionGeneratorTest {

    private static final int SIZE = 20_000;

    private static RegionMap map;

    @BeforeAll
    static void generate() {
        map = RegionGenerator.generate(SIZE, 7);
    }

    @Test
    void generatesAValidRegionOfTheRequestedSizeThatReadsBackTheSame() {
        assertThat(MapValidator.validate(map)).isEmpty();
        assertThat(map.enterprises()).hasSize(SIZE);
        assertThat(map.chains()).hasSize(RegionGenerator.CHAINS);
        LoadResult read = MapReader.read(MapWriter.toBytes(map));
        assertThat(read.problems()).isEmpty();
        assertThat(read.map()).contains(map);
        for (int size : new int[] {1, 2, 3, 10, 300}) {
            RegionMap small = RegionGenerator.generate(size, size);
            assertThat(small.enterprises()).hasSize(size);
            assertThat(MapValidator.validate(small)).isEmpty();
        }
    }

    @Test
    void everyChainHasThreeStagesThatFeedDownstreamAndSomeFeedBack() {
        for (Chain chain : map.chains()) {
            for (Stage stage : Stage.values()) {
                assertThat(chain.segments(stage)).as(chain.id() + " " + stage).isNotEmpty();
            }
            chain.segments(Stage.UPSTREAM)
                    .forEach(segment ->
                            assertThat(segment.feeds()).as(segment.id()).isNotEmpty());
        }
        long recycling = map.chains().stream()
                .filter(chain -> chain.segments(Stage.DOWNSTREAM).stream().anyMatch(segment -> segment.feeds().stream()
                        .anyMatch(fed -> map.segment(fed).orElseThrow().stage() == Stage.UPSTREAM)))
                .count();
        assertThat(recycling).isBetween(2L, 6L);
    }

    @Test
    void firmsCrowdIntoFewSegmentsAndLeaveOthersEmptyOrThin() {
        List<Integer> counts = new ArrayList<>();
        int missing = 0;
        int fewLocal = 0;
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                List<Enterprise> firms = map.enterprisesIn(segment.id());
                counts.add(firms.size());
                long local = firms.stream().filter(Enterprise::local).count();
                missing += local == 0 ? 1 : 0;
                fewLocal += local == 1 ? 1 : 0;
            }
        }
        counts.sort(null);
        int segments = counts.size();
        int top = counts.subList(segments - segments / 10, segments).stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(top).as("firms in the most crowded tenth of the segments").isGreaterThan(SIZE / 2);
        assertThat(counts.get(segments - 1)).isGreaterThan(20 * counts.get(segments / 2));
        assertThat(counts.get(0)).as("an empty segment").isZero();
        assertThat(missing).as("segments without a local firm").isGreaterThanOrEqualTo(segments / 20);
        assertThat(fewLocal).as("segments with one local firm").isGreaterThanOrEqualTo(segments / 50);
    }

    @Test
    void everyFirmSuppliesTwoToFourOthersAboutTwoAndAHalfOnAverage() {
        Map<String, Integer> supplied = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (SupplyLink link : map.links()) {
            assertThat(link.from()).isNotEqualTo(link.to());
            assertThat(pairs.add(link.from() + ">" + link.to())).isTrue();
            supplied.merge(link.from(), 1, Integer::sum);
        }
        assertThat(supplied).hasSize(SIZE);
        assertThat(supplied.values()).allMatch(n -> n >= 2 && n <= 4);
        double average = map.links().size() / (double) SIZE;
        assertThat(average).isBetween(2.5, 3.0);
        long valued = map.links().stream().filter(link -> link.value() != null).count();
        assertThat(valued).isBetween(map.links().size() / 5L, map.links().size() * 3L / 5);
    }

    @Test
    void aboutOneFirmInSevenIsExternalAndAThirdOfTheLocalOnesAreAboveScale() {
        List<Enterprise> firms = map.enterprises();
        long external = firms.stream().filter(firm -> !firm.local()).count();
        assertThat(external / (double) SIZE).isBetween(0.12, 0.18);
        List<Enterprise> local = firms.stream().filter(Enterprise::local).toList();
        double scale = local.stream().filter(firm -> firm.hasTag("规上")).count() / (double) local.size();
        assertThat(scale).isBetween(0.30, 0.40);
        long withRevenue = firms.stream().filter(firm -> firm.revenue() != null).count();
        assertThat(withRevenue / (double) SIZE).isBetween(0.75, 0.95);
        assertThat(local).allMatch(firm -> firm.revenue() == null || firm.hasTag("规上") == firm.revenue() >= 20_000_000);
        assertThat(firms.stream().filter(firm -> firm.hasTag("链主"))).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        byte[] once = MapWriter.toBytes(RegionGenerator.generate(3000, 42));
        byte[] again = MapWriter.toBytes(RegionGenerator.generate(3000, 42));
        byte[] other = MapWriter.toBytes(RegionGenerator.generate(3000, 43));
        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }
}
