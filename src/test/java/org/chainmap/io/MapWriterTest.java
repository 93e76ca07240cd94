package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.model.Chain;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Pins;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.Test;

class MapWriterTest {

    private static final Path HENGYANG = Path.of("maps/hengyang.json");

    @Test
    void aMapUsingEveryFieldReadsBackEqual() {
        RegionMap full = SampleMaps.full();
        LoadResult back = MapReader.read(MapWriter.toBytes(full));
        assertThat(back.map()).contains(full);
    }

    @Test
    void unknownFieldsSurviveTheRoundTripEverywhere() {
        RegionMap full = SampleMaps.full();
        RegionMap back = MapReader.read(MapWriter.toBytes(full)).map().orElseThrow();
        assertThat(back.extra()).isEqualTo(full.extra());
        assertThat(back.chains().get(0).lists().extra().fields()).containsKey("x-script");
        assertThat(back.enterprises().get(1).origin().extra().fields()).containsKey("x-script");
        assertThat(back.analysis().extra().fields()).containsEntry("x-script", "{\"run\":7,\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void theShippedMapRoundTripsToTheSameDocumentAndTheSameBytes() throws IOException {
        byte[] file = Files.readAllBytes(HENGYANG);
        LoadResult loaded = MapReader.read(file);
        assertThat(loaded.errors()).isEmpty();
        RegionMap map = loaded.map().orElseThrow();
        byte[] written = MapWriter.toBytes(map);
        assertThat(MapReader.read(written).map()).contains(map);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(file, StandardCharsets.UTF_8));
    }

    @Test
    void pinsRoundTripToAnEqualMapAndTheSameBytes() {
        RegionMap map = MapReader.read(HENGYANG).map().orElseThrow();
        Chain power = map.chain("power").orElseThrow();
        String firm = map.enterprisesOfChain("power").stream()
                .filter(enterprise -> power.segments().stream()
                        .anyMatch(segment -> segment.id().equals(enterprise.mainSegment())))
                .findFirst()
                .orElseThrow()
                .id();
        // Given out of order: the file holds them sorted by id whatever order they were made in.
        Chain pinned = power.withPins(Pins.NONE
                .withSegment(power.segments().get(2).id(), 1234.25)
                .withSegment(power.segments().get(0).id(), 0)
                .withCard(firm, 2));
        List<Chain> chains = new ArrayList<>(map.chains());
        chains.set(chains.indexOf(power), pinned);
        RegionMap withPins = map.withChains(chains);

        byte[] once = MapWriter.toBytes(withPins);
        LoadResult back = MapReader.read(once);
        assertThat(back.errors()).isEmpty();
        assertThat(back.map()).contains(withPins);
        assertThat(MapWriter.toBytes(back.map().orElseThrow())).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).contains("\"pins\": {").contains("\"y\": 1234.25").contains("\"slot\": 2");
        List<String> ids = new ArrayList<>(pinned.pins().segments().keySet());
        assertThat(ids).isSorted();
        assertThat(text.indexOf("\"" + ids.get(0) + "\": {")).isLessThan(text.indexOf("\"" + ids.get(1) + "\": {"));
    }

    @Test
    void thePresentationRoundTripsToAnEqualMapAndTheSameBytes() {
        RegionMap map = SampleMaps.full();
        byte[] once = MapWriter.toBytes(map);
        RegionMap back = MapReader.read(once).map().orElseThrow();
        assertThat(back.presentation()).isEqualTo(map.presentation());
        assertThat(MapWriter.toBytes(back)).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"presentation\": {\n    \"steps\": [")
                .contains("\"step\": \"broken\",\n        \"chain\": \"power\",\n"
                        + "        \"from\": \"power.steel\",\n        \"to\": \"power.transformer\"");
        assertThat(text.indexOf("\"presentation\"")).isGreaterThan(text.indexOf("\"targets\""));
        assertThat(new String(MapWriter.toBytes(SampleMaps.small()), StandardCharsets.UTF_8))
                .doesNotContain("presentation");
    }

    @Test
    void outputIsStableAndReadable() {
        RegionMap map = SampleMaps.full();
        byte[] once = MapWriter.toBytes(map);
        byte[] twice = MapWriter.toBytes(MapReader.read(once).map().orElseThrow());
        assertThat(twice).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\n  \"format\": \"chainmap\",\n  \"version\": 1,\n  \"region\": {\n"
                        + "    \"name\": \"衡阳市\",")
                .contains("\"tags\": [\"链主\", \"规上\"]")
                .doesNotContain("\\u")
                .doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void absentAndEmptyFieldsAreLeftOut() {
        String text = new String(MapWriter.toBytes(SampleMaps.small()), StandardCharsets.UTF_8);
        assertThat(text)
                .doesNotContain("null")
                .doesNotContain("\"nameEn\"")
                .doesNotContain("\"order\"")
                .doesNotContain("\"core\"")
                .doesNotContain("\"targets\"")
                .doesNotContain("[]");
    }

    @Test
    void theShippedMapHasFourteenChainsAndRealGaps() {
        RegionMap map = MapReader.read(HENGYANG).map().orElseThrow();
        assertThat(map.chains()).hasSize(14);
        // Two firms the public sources name without a segment are kept, with a warning each.
        assertThat(MapValidator.validate(map))
                .extracting(problem -> problem.key())
                .containsOnly("enterprise.noSegment");
        assertThat(map.region().code()).isEqualTo("430400");
        // The five chains the issue names have a real tree and real firms...
        for (String chain : new String[] {"power", "chem", "nonferrous", "steelpipe", "auto"}) {
            assertThat(map.chain(chain).orElseThrow().segments()).as(chain).hasSizeGreaterThanOrEqualTo(6);
            assertThat(map.enterprisesOfChain(chain)).as(chain).isNotEmpty();
        }
        // ...and every firm says where its data comes from: a source of the map's list (ShippedMapSourcesTest).
        assertThat(map.enterprises())
                .allSatisfy(firm -> assertThat(firm.provenance().cites()).isNotEmpty());
        // It is not a perfect chain: some segments have no local firm.
        long missing = map.chains().stream()
                .flatMap(chain -> chain.segments().stream())
                .filter(segment -> map.enterprisesIn(segment.id()).stream().noneMatch(firm -> firm.local()))
                .count();
        assertThat(missing).isGreaterThan(0);
        // Copper from the non-ferrous chain feeds the power chain.
        assertThat(map.chains().stream()
                        .flatMap(chain -> chain.segments().stream())
                        .filter(segment -> segment.id().startsWith("nonferrous."))
                        .flatMap(segment -> segment.feeds().stream()))
                .anyMatch(feed -> feed.startsWith("power."));
    }
}
