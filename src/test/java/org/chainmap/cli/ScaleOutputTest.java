package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.io.MapWriter;
import org.chainmap.io.report.ReportContent;
import org.chainmap.model.RegionMap;
import org.chainmap.model.ScaleRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale settings of a map (decision 0022) are read and written as given ({@code "scaleTag": ""} stays ""),
 * and the text, JSON and CSV reports and the report workbook's subtitle say when no segment was judged by size.
 */
class ScaleOutputTest {

    private static final String UNTAGGED =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市", "code": "430400" },
              "analysis": { "weakBelow": 1, "scaleTag": "" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "甲", "stage": "upstream" } ] } ],
              "enterprises": [ { "id": "x", "name": "某公司", "local": true, "segments": ["c.a"] } ] }
            """;

    @TempDir
    Path dir;

    @Test
    void theSettingsReadAndWriteAsGiven() {
        RegionMap map =
                MapReader.read(UNTAGGED.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        assertThat(map.analysis().scaleTag()).isEmpty();
        assertThat(map.analysis().scale()).isEqualTo(ScaleRule.TAG_OR_REVENUE);
        assertThat(map.analysis().scaleRevenue()).isEqualTo(20_000_000L);

        String written = new String(MapWriter.toBytes(map), StandardCharsets.UTF_8);
        // The defaults are left out (decision 0031), so that a map written before the settings existed keeps its
        // bytes; the tag is always written, since "" differs from the default.
        assertThat(written).contains("\"scaleTag\": \"\"").doesNotContain("\"scale\"", "\"scaleRevenue\"");
        RegionMap again =
                MapReader.read(written.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        assertThat(again.analysis()).isEqualTo(map.analysis());

        String off = written.replace(
                "\"scaleTag\": \"\"", "\"scaleTag\": \"\", \"scale\": \"none\", \"scaleRevenue\": 5000000");
        RegionMap changed =
                MapReader.read(off.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        assertThat(new String(MapWriter.toBytes(changed), StandardCharsets.UTF_8))
                .contains("\"scale\": \"none\"", "\"scaleRevenue\": 5000000");
        assertThat(changed.analysis().scaleRevenue()).isEqualTo(5_000_000L);
        assertThat(MapReader.read(off.getBytes(StandardCharsets.UTF_8))
                        .map()
                        .orElseThrow()
                        .analysis()
                        .scale())
                .isEqualTo(ScaleRule.NONE);
    }

    @Test
    void everyReportSaysThatNoFirmCarriesScaleInformation() throws Exception {
        Path file = dir.resolve("untagged.json");
        Files.writeString(file, UNTAGGED);

        CliRun text = CliRun.of(Locale.CHINESE, "gaps", file.toString());
        assertThat(text.out()).contains("没有一家本地企业带有判断规模的信息（营收不低于2000万元），未按规模判断弱链");
        CliRun json = CliRun.of("gaps", file.toString(), "--format", "json");
        assertThat(json.out()).contains("\"scale\"", "\"judged\" : false");
        CliRun csv = CliRun.of("gaps", file.toString(), "--format", "csv");
        assertThat(csv.err()).contains("No local firm carries what size is judged by (a revenue of at least 20");

        RegionMap map = MapReader.read(file).map().orElseThrow();
        assertThat(ReportContent.of(map, Locale.CHINESE, "untagged.json", LocalDate.of(2026, 1, 1))
                        .subtitle())
                .contains("未按规模判断弱链");
    }

    @Test
    void aMapThatSwitchesTheRuleOffSaysSo() throws Exception {
        Path file = dir.resolve("off.json");
        Files.writeString(file, UNTAGGED.replace("\"scaleTag\": \"\"", "\"scale\": \"none\""));

        CliRun text = CliRun.of(Locale.ENGLISH, "gaps", file.toString());
        assertThat(text.out()).contains("Size is not judged (the analysis setting scale of the map is none)");
    }
}
