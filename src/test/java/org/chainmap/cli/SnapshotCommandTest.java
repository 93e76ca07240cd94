package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot} and {@code gaps --state}, on a map with a planned firm (decision 0028). */
class SnapshotCommandTest {

    private static final String MAP =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"] },
                  { "id": "c.b", "name": "部件", "stage": "midstream" } ] } ],
              "enterprises": [
                { "id": "f1", "name": "甲", "local": true, "segments": ["c.a"], "revenue": 30000000 },
                { "id": "f2", "name": "乙", "local": true, "segments": ["c.b"], "planned": "signed" } ],
              "links": [] }
            """;

    @TempDir
    Path dir;

    private Path map() throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, MAP, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void gapsCountThePlannedFirmOnlyInTheTargetState() throws IOException {
        Path file = map();
        JsonNode current = new ObjectMapper()
                .readTree(CliRun.of("gaps", file.toString(), "--format", "json").out());
        JsonNode target = new ObjectMapper()
                .readTree(CliRun.of("gaps", file.toString(), "--format", "json", "--state", "target")
                        .out());
        assertThat(current.at("/chains/0/covered").asInt()).isEqualTo(1);
        assertThat(current.at("/chains/0/gaps/0/segment").asText()).isEqualTo("c.b");
        assertThat(target.at("/chains/0/covered").asInt()).isEqualTo(2);
        assertThat(current.get("state").asText()).isEqualTo("current");
        assertThat(target.get("state").asText()).isEqualTo("target");
        assertThat(CliRun.of("gaps", file.toString()).out()).startsWith("Current state: planned");
        assertThat(CliRun.of("gaps", file.toString(), "--state", "later").code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void aSnapshotIsWrittenIntoTheMapOneADayAndListedAsASeries() throws IOException {
        Path file = map();
        CliRun first = CliRun.of("snapshot", file.toString(), "--date", "2026-03-31", "--label", "一季度");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(CliRun.of("snapshot", file.toString(), "--date", "2026-06-30")
                        .code())
                .isZero();
        CliRun again = CliRun.of("snapshot", file.toString(), "--date", "2026-06-30", "--on-save", "on");
        assertThat(again.out()).startsWith("snapshot of 2026-06-30 replaced");
        assertThat(Files.exists(dir.resolve("m.json.bak"))).isTrue();

        RegionMap map = MapReader.read(file).map().orElseThrow();
        assertThat(map.snapshots().taken()).hasSize(2);
        assertThat(map.snapshots().onSave()).isTrue();

        JsonNode listed = new ObjectMapper()
                .readTree(CliRun.of("snapshot", file.toString(), "--list", "--format", "json")
                        .out());
        JsonNode points = listed.at("/chains/0/points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("date").asText()).isEqualTo("2026-03-31");
        assertThat(points.get(0).get("label").asText()).isEqualTo("一季度");
        assertThat(points.get(0).get("covered").asInt()).isEqualTo(1);
        assertThat(points.get(0).get("coverage").asDouble()).isEqualTo(0.5);
        assertThat(points.get(0).get("output").asLong()).isEqualTo(30_000_000L);
        assertThat(points.get(0).at("/gaps/missing").asInt()).isEqualTo(1);

        String csv = CliRun.of("snapshot", file.toString(), "--list", "--format", "csv")
                .out();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(CliRun.of("snapshot", file.toString(), "--date", "2026-02-30")
                        .code())
                .isEqualTo(Cli.USAGE);
    }
}
