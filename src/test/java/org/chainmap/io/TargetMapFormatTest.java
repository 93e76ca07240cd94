package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

/** The planned status of segments, firms and links, and the snapshots, in the file (decision 0028). */
class TargetMapFormatTest {

    private static final Path HENGYANG = Path.of("maps/hengyang.json");

    private static final String SMALL =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"] },
                  { "id": "c.b", "name": "部件", "stage": "midstream", "planned": "building" } ] } ],
              "enterprises": [
                { "id": "f1", "name": "甲", "local": true, "segments": ["c.a"] },
                { "id": "f2", "name": "乙", "local": true, "segments": ["c.b"], "planned": "PLANNED" } ],
              "links": [ { "from": "f1", "to": "f2", "planned": "signed" } ] }
            """;

    private static LoadResult read(String text) {
        return MapReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RegionMap planned() {
        RegionMap map = read(SMALL.replace("\"PLANNED\"", "\"attract\"")).map().orElseThrow();
        ChainFigures figures = new ChainFigures(
                "c",
                2,
                1,
                0.3333333333333333,
                1,
                0,
                1_234_567_890_123L,
                java.util.Map.of("missing", 1, "weak", 1),
                Extras.NONE);
        Snapshot first = new Snapshot("2026-03-31", "一季度", List.of(figures), Extras.NONE);
        Snapshot second = new Snapshot("2026-06-30", null, List.of(), Extras.NONE);
        return new RegionMap(
                map.region(),
                map.analysis(),
                map.chains(),
                map.enterprises(),
                map.links(),
                map.targets(),
                map.sources(),
                map.presentation(),
                new Snapshots(true, List.of(first, second), Extras.NONE),
                map.extra());
    }

    @Test
    void plannedStatusesAreReadFromEveryKindOfElement() {
        RegionMap map = planned();
        Segment part = map.segment("c.b").orElseThrow();
        Enterprise firm = map.enterprise("f2").orElseThrow();
        SupplyLink link = map.links().get(0);
        assertThat(part.planned()).isEqualTo(PlanStatus.BUILDING);
        assertThat(firm.planned()).isEqualTo(PlanStatus.ATTRACT);
        assertThat(link.planned()).isEqualTo(PlanStatus.SIGNED);
        assertThat(map.segment("c.a").orElseThrow().isPlanned()).isFalse();
        assertThat(map.enterprise("f1").orElseThrow().planned()).isNull();
    }

    @Test
    void plannedStatusesAndSnapshotsReadBackEqualAndAsTheSameBytes() {
        RegionMap map = planned();
        byte[] written = MapWriter.toBytes(map);
        LoadResult back = MapReader.read(written);
        assertThat(back.errors()).isEmpty();
        assertThat(back.map()).contains(map);
        assertThat(MapWriter.toBytes(back.map().orElseThrow())).isEqualTo(written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).contains("\"planned\": \"building\"", "\"planned\": \"attract\"", "\"planned\": \"signed\"");
        assertThat(text).contains("\"onSave\": true");
        // One chain's figures on one line, for a diff per chain and snapshot.
        assertThat(text)
                .contains("{\"chain\": \"c\", \"segments\": 2, \"covered\": 1, \"localRate\": 0.3333333333333333, "
                        + "\"localFirms\": 1, \"scaleFirms\": 0, \"output\": 1234567890123, "
                        + "\"gaps\": {");
    }

    @Test
    void aMapWithNeitherPlannedThingsNorSnapshotsIsWrittenByteForByteAsItWasRead() throws IOException {
        byte[] file = Files.readAllBytes(HENGYANG);
        RegionMap map = MapReader.read(file).map().orElseThrow();
        assertThat(map.snapshots()).isEqualTo(Snapshots.NONE);
        assertThat(MapWriter.toBytes(map)).isEqualTo(file);
        String text = new String(MapWriter.toBytes(map), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\"planned\"", "\"snapshots\"");
    }

    @Test
    void anUnknownStatusIsAnErrorNamingTheFirmAndItsPlace() {
        LoadResult result = read(SMALL);
        assertThat(result.map()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        Problem problem = result.errors().get(0);
        assertThat(problem.path()).isEqualTo("$.enterprises[1].planned");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("enterprise \"f2\": unknown planned status \"PLANNED\": use attract, signed, "
                        + "building, or leave the field out for what exists today");
        assertThat(problem.message(Locale.CHINESE)).startsWith("企业“f2”：未知的规划状态“PLANNED”");
    }

    @Test
    void snapshotsBreakingTheirRulesAreReportedAtTheirPlace() {
        String base = SMALL.replace("\"PLANNED\"", "\"attract\"");
        String bad = base.substring(0, base.lastIndexOf('}'))
                + """
                , "snapshots": { "taken": [
                    { "date": "2026-02-30", "chains": [] },
                    { "date": "2026-03-31", "chains": [ { "chain": "c", "segments": 2, "covered": 3,
                        "localRate": 1.5, "localFirms": -1, "gaps": { "weak": "x" } } ] },
                    { "date": "2026-03-31" } ] } }
                """;
        LoadResult result = read(bad);
        assertThat(result.map()).isEmpty();
        assertThat(result.errors())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "$.snapshots.taken[0].date",
                        "$.snapshots.taken[1].chains[0].gaps.weak",
                        "$.snapshots.taken[1].chains[0].localFirms",
                        "$.snapshots.taken[1].chains[0].covered",
                        "$.snapshots.taken[1].chains[0].localRate",
                        "$.snapshots.taken[2].date");
    }
}
