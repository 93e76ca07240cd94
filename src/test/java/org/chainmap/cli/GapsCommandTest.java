package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapsCommandTest {

    private static final String HENGYANG = "maps/hengyang.json";

    /** A map worked out by hand: steel s feeds transformers t; two local transformer makers buy from x. */
    private static final String SMALL =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [
               {"id": "power", "name": "输变电", "segments": [
                 {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
                 {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
                 {"id": "power.ct", "name": "互感器", "stage": "midstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工", "local": true, "segments": ["power.transformer"], "tags": ["规上"]},
               {"id": "t2", "name": "衡阳变压器", "local": true, "segments": ["power.transformer"], "tags": ["规上"]},
               {"id": "nanfang-ct", "name": "南方互感器", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"], "tags": ["上市"]}],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"}]}
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String small() throws Exception {
        Path file = dir.resolve("small.json");
        Files.writeString(file, SMALL, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void jsonHasTheFixedCoreWorkedOutByHand() throws Exception {
        CliRun run = run("gaps", small(), "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode power = new ObjectMapper().readTree(run.out()).get("chains").get(0);
        assertThat(power.get("id").asText()).isEqualTo("power");
        assertThat(power.get("coverage").asDouble()).isEqualTo(2.0 / 3);
        assertThat(power.get("localRate").asDouble()).isEqualTo(0.0);
        List<String> gaps = new ArrayList<>();
        power.get("gaps")
                .forEach(gap -> gaps.add(gap.get("kind").asText() + " "
                        + gap.path("segment")
                                .asText(gap.path("from").asText() + ">"
                                        + gap.path("to").asText())));
        assertThat(gaps)
                .containsExactly(
                        "missing power.steel",
                        "weak power.ct",
                        "broken power.steel>power.transformer",
                        "chokepoint power.steel>power.transformer");
        JsonNode missing = power.get("gaps").get(0);
        assertThat(missing.get("targets").get(0).get("enterprise").asText()).isEqualTo("baosteel");
        assertThat(missing.get("targets").get(0).get("reason").asText())
                .isEqualTo("supplies 2 local firms already (变压器); 上市");
        assertThat(power.get("gaps").get(1).get("local").get(0).asText()).isEqualTo("nanfang-ct");
        assertThat(power.get("gaps").get(2).get("suppliers").get(0).asText()).isEqualTo("baosteel");
        assertThat(power.get("gaps").get(3).get("supplier").asText()).isEqualTo("baosteel");
    }

    @Test
    void csvHasAByteOrderMarkAndARowPerGap() throws Exception {
        CliRun run = run("gaps", small(), "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.bytes()[0] & 0xFF).isEqualTo(0xEF);
        assertThat(run.bytes()[1] & 0xFF).isEqualTo(0xBB);
        assertThat(run.bytes()[2] & 0xFF).isEqualTo(0xBF);
        String[] lines = run.out().substring(1).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("chain,chain name,kind,");
        assertThat(lines[1]).startsWith("power,输变电,missing,missing (缺链),power.steel,取向硅钢,,,,1. 宝钢股份,");
    }

    @Test
    void textReadsLikeAReport() throws Exception {
        CliRun run = run("gaps", small());
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("coverage 67% (2 of 3 segments have a local firm)")
                .contains("local supporting rate 0% (by count: 0 of 2 links into local firms come from local")
                .contains("取向硅钢 → 变压器 — local customers 特变电工, 衡阳变压器 buy all of it from outside: 宝钢股份")
                .contains("1. 宝钢股份 — supplies 2 local firms already (变压器); 上市\n");
        CliRun chinese = run("--lang", "zh", "gaps", small());
        assertThat(chinese.out()).contains("覆盖率67%").contains("卡脖子（1个）").contains("已为本地2家企业供货（变压器）");
    }

    @Test
    void oneChainAndBadChains() throws Exception {
        CliRun power = run("gaps", HENGYANG, "--chain", "power", "--format", "json");
        JsonNode chains = new ObjectMapper().readTree(power.out()).get("chains");
        assertThat(chains).hasSize(1);
        assertThat(chains.get(0).get("id").asText()).isEqualTo("power");
        CliRun unknown = run("gaps", HENGYANG, "--chain", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no chain has the id “nope”").contains("power");
    }

    @Test
    void theHengyangMapHasRealGapsAndWarnsAboutItsOddFirms() throws Exception {
        CliRun run = run("gaps", HENGYANG, "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("chains")).hasSize(14);
        assertThat(report.get("warnings").get(0).get("code").asText()).isEqualTo("enterprise.noSegment");
        JsonNode power = report.get("chains").get(0);
        assertThat(power.get("gaps").toString())
                .contains("\"kind\":\"missing\",\"segment\":\"power.silicon-steel\"")
                // The one supply chain a source states: 高诺's copper rod for both local cable makers.
                .contains("\"kind\":\"chokepoint\",\"from\":\"nonferrous.copper-rod\",\"to\":\"power.cable\","
                        + "\"supplier\":\"gaonuo\",\"customers\":[\"hengfei-cable\",\"jinbei-hy\"]");
        assertThat(run("gaps", HENGYANG).err()).contains("works in no segment");
    }

    @Test
    void aBrokenFileGetsTheLoadersMessages() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"chainmap\", \"version\": 1}", StandardCharsets.UTF_8);
        CliRun run = run("gaps", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("\"region\" is required");
    }
}
