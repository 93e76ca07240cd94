package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.MapGraph;
import org.chainmap.cli.RegionEvolution;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.LinkEnds;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ends of the links found while reading (decision 0054) are the firms a lookup by id finds, and the map's
 * problems and analysis are those of a map read without them.
 */
class LinkEndsReadTest {

    private static List<String> described(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.severity() + " " + p.line() + ":" + p.column() + " " + p.path() + " "
                        + p.message(Locale.ENGLISH))
                .toList();
    }

    /** {@code map} as a new map, without ends given. */
    private static RegionMap withoutEnds(RegionMap map) {
        return new RegionMap(
                map.region(),
                map.analysis(),
                map.chains(),
                map.enterprises(),
                map.links(),
                map.targets(),
                map.sources(),
                map.presentation(),
                map.snapshots(),
                map.extra());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void theEndsReadAreTheFirmsALookupFindsAndTheAnalysisIsTheSame(long seed) {
        RegionMap generated = RegionGenerator.generate(3000, seed);
        for (RegionMap map : List.of(generated, RegionEvolution.evolve(generated, seed))) {
            RegionMap read = MapReader.read(MapWriter.toBytes(map)).map().orElseThrow();
            assertThat(read.linkEnds()).contains(LinkEnds.lookedUp(read));
            RegionMap plain = withoutEnds(read);
            assertThat(plain.linkEnds()).isEmpty();
            MapGraph graph = MapGraph.of(read);
            MapGraph lookedUp = MapGraph.of(plain);
            assertThat(graph.linkCount()).isEqualTo(lookedUp.linkCount());
            for (int l = 0; l < graph.linkCount(); l++) {
                assertThat(graph.supplier(l)).isEqualTo(lookedUp.supplier(l));
                assertThat(graph.customer(l)).isEqualTo(lookedUp.customer(l));
            }
            assertThat(GapAnalysis.of(graph)).isEqualTo(GapAnalysis.of(lookedUp));
        }
    }

    /**
     * Links to no firm, from a segment, to themselves, to a firm whose id another firm repeats or a segment has: each
     * reported as a read without the ends reports it.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "|{\"from\": \"a\", \"to\": \"nobody\"}, {\"from\": \"ghost\", \"to\": \"b\"}",
                "|{\"from\": \"power.grid\", \"to\": \"a\"}",
                "|{\"from\": \"a\", \"to\": \"a\"}",
                "{\"id\": \"a\", \"name\": \"又甲\", \"local\": false}|{\"from\": \"b\", \"to\": \"a\"}",
                "{\"id\": \"power.grid\", \"name\": \"丙\", \"local\": false}|{\"from\": \"b\", \"to\": \"power.grid\"}",
            })
    void badLinksAreReportedAsWithoutTheEnds(String elements) {
        String[] parts = elements.split("\\|", -1);
        byte[] bytes = map(parts[0], parts[1]);
        assertThat(described(MapReader.read(bytes))).isNotEmpty().isEqualTo(described(MapReader.readAsTree(bytes)));
    }

    @Test
    void aRepeatedIdsLinksEndAtItsFirstFirm() {
        byte[] bytes = map("{\"id\": \"a\", \"name\": \"又甲\", \"local\": true}", "{\"from\": \"b\", \"to\": \"a\"}");
        RegionMap map = MapReader.readBack(bytes).map().orElseThrow();
        assertThat(map.enterprises()).hasSize(3);
        assertThat(map.linkEnds()).contains(LinkEnds.lookedUp(map));
        assertThat(map.linkEnds().orElseThrow().customer(1)).isZero();
    }

    @Test
    void linksBeforeTheirFirmsOrLongIdsLeaveTheEndsToTheLookups() {
        String text = new String(map("", "{\"from\": \"b\", \"to\": \"a\"}"), StandardCharsets.UTF_8);
        String firms = text.substring(text.indexOf("\"enterprises\""), text.indexOf("\"links\""));
        String links = text.substring(text.indexOf("\"links\""), text.lastIndexOf('}'));
        String linksFirst = text.replace(firms, "")
                .replace(links, links + ", " + firms.strip().replaceAll(",$", ""));
        assertThat(linksFirst.indexOf("\"links\"")).isLessThan(linksFirst.indexOf("\"enterprises\""));
        RegionMap read = MapReader.read(linksFirst.getBytes(StandardCharsets.UTF_8))
                .map()
                .orElseThrow();
        assertThat(read.links()).hasSize(2);
        assertThat(read.linkEnds()).isEmpty();
        String longId = "a".repeat(TextPool.LONGEST + 1);
        String longIds = text.replace("\"a\"", "\"" + longId + "\"");
        RegionMap withLongIds =
                MapReader.read(longIds.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        assertThat(withLongIds.enterprises().get(0).id()).isEqualTo(longId);
        assertThat(withLongIds.linkEnds()).isEmpty();
        assertThat(MapGraph.of(withLongIds).linkCount()).isEqualTo(2);
    }

    @Test
    void theEndsStayWithTheFirmsAndLinksTheyWereFoundFor() {
        RegionMap read = MapReader.read(MapWriter.toBytes(RegionGenerator.generate(200, 3)))
                .map()
                .orElseThrow();
        assertThat(read.linkEnds()).isPresent();
        assertThat(read.withChains(read.chains()).linkEnds()).isEqualTo(read.linkEnds());
        assertThat(read.withSnapshots(read.snapshots()).linkEnds()).isEqualTo(read.linkEnds());
        assertThat(read.withLinks(read.links().subList(1, read.links().size())).linkEnds())
                .isEmpty();
        assertThat(read.withEnterprises(new ArrayList<>(read.enterprises())).linkEnds())
                .isEmpty();
    }

    /** A map of firms {@code a} and {@code b} and {@code moreFirms}, link {@code a → b} and {@code moreLinks}. */
    private static byte[] map(String moreFirms, String moreLinks) {
        String text =
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "power", "name": "电力", "segments": [
                   {"id": "power.grid", "name": "电网", "stage": "downstream"}]}],
                 "enterprises": [
                   {"id": "a", "name": "甲", "local": true, "segments": ["power.grid"]},
                   {"id": "b", "name": "乙", "local": true}%s],
                 "links": [{"from": "a", "to": "b", "value": 3}%s]}
                """
                        .formatted(
                                moreFirms.isEmpty() ? "" : ", " + moreFirms,
                                moreLinks.isEmpty() ? "" : ", " + moreLinks);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
