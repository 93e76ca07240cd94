package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.chainmap.cli.RegionGenerator;
import org.junit.jupiter.api.Test;

/** The links of a firm by their places in the map's links ({@link RegionMap#linkPositions}), across changes. */
class LinkIndexTest {

    @Test
    void theLinksOfEachFirmAreFoundWhereverTheyAre() {
        RegionMap map = RegionGenerator.generate(300, 7);
        assertPositions(map);
        // A changed firm keeps the links' index; changed links get their own.
        RegionMap moved = map.withEnterprises(
                map.enterprises().subList(1, map.enterprises().size()));
        assertPositions(moved);
        List<SupplyLink> fewer = new ArrayList<>(map.links());
        SupplyLink gone = fewer.remove(fewer.size() / 2);
        RegionMap linked = moved.withLinks(fewer);
        assertPositions(linked);
        assertThat(IntStream.of(linked.linkPositions(gone.from()))
                        .mapToObj(p -> linked.links().get(p)))
                .doesNotContain(gone);
        assertThat(map.linkPositions("no such firm")).isEmpty();
    }

    /**
     * A map made by an edit that keeps the links, before the index of the map before it was made, finds that index once
     * it is made there (and the other way round), instead of making its own: the first edit after opening a large map
     * comes before the index made in the background is done.
     */
    @Test
    void mapsMadeBeforeTheIndexShareItOnceMade() {
        RegionMap map = RegionGenerator.generate(300, 7);
        RegionMap moved = map.withEnterprises(
                map.enterprises().subList(1, map.enterprises().size()));
        RegionMap movedAgain = moved.withEnterprises(
                moved.enterprises().subList(1, moved.enterprises().size()));
        LinkIndex made = map.indexLinks();
        assertThat(moved.indexLinks()).isSameAs(made);
        assertThat(movedAgain.indexLinks()).isSameAs(made);

        RegionMap other = RegionGenerator.generate(300, 8);
        RegionMap otherMoved = other.withEnterprises(
                other.enterprises().subList(1, other.enterprises().size()));
        assertThat(other.indexLinks()).as("made on the later map first").isSameAs(otherMoved.indexLinks());
        assertThat(otherMoved.withLinks(List.of()).indexLinks()).isNotSameAs(otherMoved.indexLinks());
    }

    private static void assertPositions(RegionMap map) {
        for (Enterprise firm : map.enterprises()) {
            int[] expected = IntStream.range(0, map.links().size())
                    .filter(p -> map.links().get(p).from().equals(firm.id())
                            || map.links().get(p).to().equals(firm.id()))
                    .toArray();
            assertThat(map.linkPositions(firm.id())).as(firm.id()).containsExactly(expected);
        }
    }
}
