package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String HENGYANG = "maps/hengyang.json";

    @TempDir
    Path dir;

    private static CliRun run(Locale locale, String... args) {
        return CliRun.of(locale, args);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void validateAcceptsTheShippedMap() {
        CliRun run = run("validate", HENGYANG);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(HENGYANG + ": valid — 14 chains,");
    }

    @Test
    void validateReportsEachProblemWithFileLineAndColumnAndExitsOne() throws Exception {
        Path file = write(
                "bad.json",
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "power", "name": "输变电",
                   "segments": [{"id": "power.t", "name": "变压器", "stage": "middle"}]}],
                 "enterprises": [{"id": "tbea", "name": "特变电工", "local": true, "segments": ["power.x"]}]}
                """);
        CliRun run = run("validate", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains(file + ":3:59: error: unknown stage \"middle\": use upstream, midstream, "
                        + "downstream [$.chains[0].segments[0].stage]");
        assertThat(run.out()).contains(file + ":4:77: error: \"power.x\" refers to nothing: no segment has this id");
        assertThat(run.out()).contains(file + ": invalid — 2 errors");
    }

    @Test
    void validateSpeaksChinese() throws Exception {
        Path file = write("bad.json", "{\"format\": \"chainmap\", \"version\": 9}");
        CliRun run = run(Locale.SIMPLIFIED_CHINESE, "validate", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("错误: 格式版本9高于本程序支持的版本（最高1）");
        assertThat(run("--lang", "zh", "validate", HENGYANG).out()).contains("有效");
    }

    @Test
    void validateWritesJsonForScripts() throws Exception {
        Path bad = write("bad.json", "not json");
        CliRun run = run("validate", "--format", "json", HENGYANG, bad.toString());
        assertThat(run.code()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("files").get(0).get("valid").asBoolean()).isTrue();
        JsonNode problem = result.get("files").get(1).get("problems").get(0);
        assertThat(problem.get("severity").asText()).isEqualTo("error");
        assertThat(problem.get("code").asText()).isEqualTo("json.syntax");
        assertThat(problem.get("line").asInt()).isEqualTo(1);
    }

    @Test
    void infoCountsPerChain() {
        CliRun run = run("info", HENGYANG);
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("衡阳市 (430400)").contains("14 chains").contains("New Energy & Power Equipment");
        assertThat(run.out()
                        .lines()
                        .filter(line -> line.matches("^[a-z].*\\d+$"))
                        .count())
                .isEqualTo(14);
    }

    @Test
    void infoJsonAddsUpToTheWholeMap() throws Exception {
        CliRun run = run("info", HENGYANG, "--format=json");
        JsonNode info = new ObjectMapper().readTree(run.out());
        assertThat(info.get("chains")).hasSize(14);
        JsonNode power = info.get("chains").get(0);
        assertThat(power.get("id").asText()).isEqualTo("power");
        int stages = power.get("stages").get("upstream").asInt()
                + power.get("stages").get("midstream").asInt()
                + power.get("stages").get("downstream").asInt();
        assertThat(stages).isEqualTo(power.get("segments").asInt());
        assertThat(power.get("local").asInt() + power.get("external").asInt())
                .isEqualTo(power.get("enterprises").asInt());
    }

    @Test
    void infoOnABrokenFileExitsOneWithTheProblems() throws Exception {
        Path file = write("bad.json", "{\"format\": \"other\"}");
        CliRun run = run("info", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("not a ChainMap file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : Cli.commandNames()) {
            CliRun run = run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: java -jar chainmap.jar " + command);
        }
        CliRun overview = run("--help");
        assertThat(overview.code()).isZero();
        assertThat(overview.out()).contains("validate").contains("info");
        assertThat(run("help", "info").out()).contains("Usage: java -jar chainmap.jar info");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("frobnicate").err()).contains("unknown command “frobnicate”");
        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("validate").err()).contains("missing argument FILE");
        assertThat(run("info", HENGYANG, "--format", "xml").err()).contains("option --format cannot be “xml”");
        assertThat(run("info", HENGYANG, "--colour").code()).isEqualTo(2);
        assertThat(run("info", HENGYANG, HENGYANG).code()).isEqualTo(2);
        assertThat(run("info", HENGYANG, "--format").err()).contains("option --format needs a value");
    }

    @Test
    void generateWritesAValidSyntheticRegion() throws Exception {
        Path out = dir.resolve("gen.json");
        CliRun run = run("generate", "--enterprises", "500", "--seed", "3", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("500 enterprises");
        assertThat(run("validate", out.toString()).code()).isZero();
        CliRun toStandardOutput = run("generate", "--enterprises", "500", "--seed", "3");
        assertThat(toStandardOutput.code()).isZero();
        assertThat(toStandardOutput.out()).isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(toStandardOutput.err()).isEmpty();
        assertThat(run("generate", "--enterprises", "0").code()).isEqualTo(2);
        assertThat(run("generate", "--enterprises", "many").err()).contains("option --enterprises cannot be “many”");
        assertThat(run("generate", "--firms", "5").err()).contains("unknown option --firms");
    }

    @Test
    void benchTimesEveryStepOnAFile() {
        CliRun run = run("bench", HENGYANG, "--runs", "2");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("cores")
                .contains("read + validate")
                .contains("save (atomic, .bak)")
                .containsPattern("\\d+\\.\\d ms");
    }

    @Test
    void aLoneJsonFileIsOpenedNotRunAsACommand() {
        assertThat(Cli.isMapFileArgument(HENGYANG)).isTrue();
        assertThat(Cli.isMapFileArgument("validate")).isFalse();
        assertThat(Cli.isMapFileArgument("--help")).isFalse();
        assertThat(Cli.isMapFileArgument("frobnicate")).isFalse();
    }
}
