package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.MapReader;
import org.chainmap.io.RecoveryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}: the JSON's fixed core, the other formats, the versions it reads and its exit codes. */
class CompareCommandTest {

    /** Steel s feeds transformers t; two local transformer makers buy from the external 宝钢 only. */
    private static final String BEFORE =
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
               {"id": "ct", "name": "南方互感器", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]}STEEL],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"}LINK]}
            """;

    /** A local steel maker arrives and supplies t2: steel is no longer missing, the feed no longer broken. */
    private static final String AFTER = BEFORE.replace(
                    "STEEL",
                    ", {\"id\": \"hy-steel\", \"name\": \"衡钢\", \"local\": true, \"segments\": [\"power.steel\"]}")
            .replace("LINK", ", {\"from\": \"hy-steel\", \"to\": \"t2\"}");

    @TempDir
    Path dir;

    private String write(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json.replace("STEEL", "").replace("LINK", ""), StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void theJsonCoreHasExactlyTheContractsFields() throws Exception {
        CliRun run = CliRun.of("compare", write("old.json", BEFORE), write("new.json", AFTER), "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode chain = new ObjectMapper().readTree(run.out()).get("chains").get(0);
        assertThat(chain.get("id").asText()).isEqualTo("power");
        assertThat(chain.get("coverage").get("old").asDouble()).isEqualTo(2.0 / 3);
        assertThat(chain.get("coverage").get("new").asDouble()).isEqualTo(1.0);
        assertThat(chain.get("localRate").get("old").asDouble()).isEqualTo(0.0);
        assertThat(chain.get("localRate").get("new").asDouble()).isEqualTo(1.0 / 3);
        JsonNode firms = chain.get("enterprises");
        assertThat(texts(firms.get("added"))).containsExactly("hy-steel");
        assertThat(firms.get("removed").isArray()).isTrue();
        assertThat(firms.get("removed")).isEmpty();
        assertThat(firms.get("changed")).isEmpty();
        List<String> closed = new ArrayList<>();
        chain.get("gaps")
                .get("closed")
                .forEach(gap -> closed.add(gap.get("kind").asText() + " "
                        + gap.path("segment")
                                .asText(gap.path("from").asText() + ">"
                                        + gap.path("to").asText())));
        assertThat(closed)
                .containsExactly(
                        "missing power.steel",
                        "broken power.steel>power.transformer",
                        "chokepoint power.steel>power.transformer");
        JsonNode opened = chain.get("gaps").get("opened");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("kind").asText()).isEqualTo("weak");
        assertThat(opened.get(0).get("segment").asText()).isEqualTo("power.steel");
        assertThat(opened.get(0).get("causes").get(0).get("enterprise").asText())
                .isEqualTo("hy-steel");
        assertThat(opened.get(0).get("causes").get(0).get("how").asText()).isEqualTo("added");
    }

    @Test
    void aGapIsWrittenAsGapsWritesIt() throws Exception {
        String after = write("new.json", AFTER);
        JsonNode opened = new ObjectMapper()
                .readTree(CliRun.of("compare", write("old.json", BEFORE), after, "--format", "json")
                        .out())
                .get("chains")
                .get(0)
                .get("gaps")
                .get("opened")
                .get(0);
        JsonNode weak = null;
        for (JsonNode gap : new ObjectMapper()
                .readTree(CliRun.of("gaps", after, "--format", "json").out())
                .get("chains")
                .get(0)
                .get("gaps")) {
            if (gap.get("kind").asText().equals("weak")) {
                weak = gap;
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode withoutCauses =
                ((com.fasterxml.jackson.databind.node.ObjectNode) opened).deepCopy();
        withoutCauses.remove("causes");
        assertThat(withoutCauses).isEqualTo(weak);
    }

    @Test
    void textAndCsvNameTheGapsAndTheirCausesInTheUsersLanguage() throws Exception {
        String before = write("old.json", BEFORE);
        String after = write("new.json", AFTER);
        CliRun zh = CliRun.of(Locale.CHINESE, "compare", before, after);
        assertThat(zh.code()).isZero();
        assertThat(zh.out())
                .contains("补上的缺口：3个")
                .contains("缺链 取向硅钢")
                .contains("促成：衡钢（新增）")
                .contains("断链 取向硅钢 → 变压器")
                .contains("环节覆盖率67% → 100%");
        CliRun csv = CliRun.of("compare", before, after, "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("\uFEFFchain,chain name,element,change,id,name,detail,caused by\r\n");
        assertThat(csv.out()).contains("power,输变电,gap,closed,missing:power.steel,");
        assertThat(csv.out()).contains("power,输变电,enterprise,added,hy-steel,衡钢,");
    }

    @Test
    void aMissingSegmentThatGotASmallFirmIsOneLineClosedAndNowWeak() throws Exception {
        String before = write("old.json", BEFORE);
        String after = write("new.json", AFTER);
        // the JSON keeps both gaps (theJsonCoreHasExactlyTheContractsFields); the text says it once
        CliRun zh = CliRun.of(Locale.CHINESE, "compare", before, after);
        assertThat(zh.out())
                .contains("补上的缺口：3个")
                .contains("缺链 取向硅钢 \u2014 ")
                .contains("现为弱链")
                .doesNotContain("新出现的缺口")
                .doesNotContain("弱链 取向硅钢");
        Path xlsx = dir.resolve("changes.xlsx");
        assertThat(CliRun.of(Locale.CHINESE, "compare", before, after, "--xlsx", xlsx.toString())
                        .code())
                .isZero();
        List<String> gapRows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheet("输变电")) {
                org.apache.poi.ss.usermodel.Cell where = row.getCell(2);
                if (where != null
                        && where.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "取向硅钢".equals(where.getStringCellValue())) {
                    gapRows.add(row.getCell(0).getStringCellValue() + " "
                            + row.getCell(1).getStringCellValue() + " "
                            + row.getCell(3).getStringCellValue());
                }
            }
        }
        assertThat(gapRows).singleElement().asString().startsWith("补上 缺链 ").contains("现为弱链");

        // the other way round: one line, opened where a weak gap was
        CliRun back = CliRun.of(Locale.CHINESE, "compare", after, before);
        assertThat(back.out()).contains("新出现的缺口：3个").contains("此前为弱链").doesNotContain("补上的缺口");
    }

    /** {@code --chain ID}: the outputs about that chain alone, where both chains changed. */
    @Test
    void chainKeepsEveryFormatToThatChain() throws Exception {
        String twoChains = BEFORE.replace(
                "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"}]}],",
                "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"}]},\n"
                        + "{\"id\": \"food\", \"name\": \"食品链\", \"segments\": [{\"id\": \"food.process\","
                        + " \"name\": \"食品加工\", \"stage\": \"midstream\"}]}],");
        String before = write(
                "two-old.json",
                twoChains.replace(
                        "STEEL",
                        ", {\"id\": \"cannery\", \"name\": \"湘味食品\", \"local\": true,"
                                + " \"segments\": [\"food.process\"]}"));
        String after = write(
                "two-new.json",
                AFTER.replace(
                        "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"}]}],",
                        "{\"id\": \"power.ct\", \"name\": \"互感器\", \"stage\": \"midstream\"}]},\n"
                                + "{\"id\": \"food\", \"name\": \"食品链\", \"segments\": [{\"id\": \"food.process\","
                                + " \"name\": \"食品加工\", \"stage\": \"midstream\"}]}],"));
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(
                CliRun.of("compare", before, after, "--format", "json").out());
        assertThat(all.get("chains").findValuesAsText("id")).contains("power", "food");
        CliRun food = CliRun.of("compare", before, after, "--chain", "food", "--format", "json");
        assertThat(food.code()).isZero();
        JsonNode chains = json.readTree(food.out()).get("chains");
        assertThat(chains).hasSize(1);
        assertThat(chains.get(0).get("id").asText()).isEqualTo("food");
        assertThat(chains.get(0).get("enterprises").get("removed").get(0).asText())
                .isEqualTo("cannery");
        String text = CliRun.of(Locale.CHINESE, "compare", before, after, "--chain", "food")
                .out();
        assertThat(text).contains("食品链").contains("湘味食品").doesNotContain("输变电").doesNotContain("衡钢");
        String csv = CliRun.of("compare", before, after, "--chain", "food", "--format", "csv")
                .out();
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row)
                .startsWith("food,"));
    }

    @Test
    void exitCodesAreThoseOfTheOtherCommands() throws Exception {
        String before = write("old.json", BEFORE);
        String after = write("new.json", AFTER);
        assertThat(CliRun.of("compare", before, after).code()).isZero();
        assertThat(CliRun.of("compare", before, before).out()).contains("no change");
        CliRun bad = CliRun.of("compare", before, write("bad.json", "{\"format\": \"chainmap\""));
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.json: ").contains("invalid \u2014 1 error");
        assertThat(bad.err()).doesNotContain("Exception");
        CliRun missing = CliRun.of("compare", dir.resolve("none.json").toString(), after);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(CliRun.of("compare", before).code()).isEqualTo(2);
        assertThat(CliRun.of("compare", before, after, after).code()).isEqualTo(2);
        CliRun typo = CliRun.of("compare", before, after, "--fromat", "json");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean --format");
        CliRun chain = CliRun.of("compare", before, after, "--chain", "nope");
        assertThat(chain.code()).isEqualTo(2);
        assertThat(chain.err()).contains("power");
        assertThat(CliRun.of("compare", "git:HEAD", after).code()).isEqualTo(2);
        CliRun noBackup = CliRun.of("compare", "backup:" + after, after);
        assertThat(noBackup.code()).isEqualTo(1);
        assertThat(noBackup.err()).contains("no backup copy");
    }

    @Test
    void readsTheBackupAndTheRecoveryCopyOfAMap() throws Exception {
        String after = write("new.json", AFTER);
        Files.writeString(Path.of(after + ".bak"), BEFORE.replace("STEEL", "").replace("LINK", ""));
        CliRun backup = CliRun.of("compare", "backup:" + after, after, "--format", "json");
        assertThat(backup.code()).isZero();
        assertThat(texts(new ObjectMapper()
                        .readTree(backup.out())
                        .get("chains")
                        .get(0)
                        .get("enterprises")
                        .get("added")))
                .containsExactly("hy-steel");
        String previous = System.getProperty(RecoveryStore.DIR_PROPERTY);
        System.setProperty(RecoveryStore.DIR_PROPERTY, dir.resolve("recovery").toString());
        try {
            String before = write("old.json", BEFORE);
            new RecoveryStore(RecoveryStore.defaultDir())
                    .write(MapReader.read(Path.of(after)).map().orElseThrow(), Path.of(before), "old.json");
            CliRun recovery = CliRun.of("compare", before, "recovery:" + before, "--format", "json");
            assertThat(recovery.code()).isZero();
            assertThat(new ObjectMapper().readTree(recovery.out()).get("new").asText())
                    .isEqualTo("recovery:" + before);
            assertThat(recovery.out()).contains("\"hy-steel\"");
            CliRun none = CliRun.of("compare", "recovery:" + after, after);
            assertThat(none.code()).isEqualTo(1);
            assertThat(none.err()).contains("no recovery copy");
        } finally {
            if (previous == null) {
                System.clearProperty(RecoveryStore.DIR_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.DIR_PROPERTY, previous);
            }
        }
    }

    @Test
    void readsAVersionFromGit() throws Exception {
        assumeTrue(Files.exists(Path.of(".git")), "run from a git checkout");
        CliRun same = CliRun.of("compare", "git:HEAD:./maps/hengyang.json", "maps/hengyang.json", "--format", "json");
        assumeTrue(same.code() == 0, same.err());
        JsonNode chains = new ObjectMapper().readTree(same.out()).get("chains");
        assertThat(chains.size()).isGreaterThan(5);
        CliRun unknown = CliRun.of("compare", "git:no-such-revision:maps/hengyang.json", "maps/hengyang.json");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("git could not give that version");
    }

    @Test
    void aChangedRevenueIsWrittenAsPlannersWriteAmounts() throws Exception {
        String firm = "\"segments\": [\"power.transformer\"], \"tags\": [\"规上\"]}";
        String before = write(
                "old.json",
                BEFORE.replaceFirst(
                        java.util.regex.Pattern.quote(firm),
                        "\"segments\": [\"power.transformer\"], \"tags\": [\"规上\"], \"revenue\": 150000000}"));
        String after = write(
                "new.json",
                BEFORE.replaceFirst(
                        java.util.regex.Pattern.quote(firm),
                        "\"segments\": [\"power.transformer\"], \"tags\": [\"规上\"], \"revenue\": 2000000000}"));
        CliRun zh = CliRun.of(Locale.CHINESE, "compare", before, after);
        assertThat(zh.code()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("营收1.5亿元 \u2192 20亿元");
        CliRun en = CliRun.of(Locale.ENGLISH, "compare", before, after);
        assertThat(en.out()).contains("revenue CNY 150 m \u2192 CNY 2 bn");
    }

    @Test
    void writesTheWorkbookAndThePageInChinese() throws Exception {
        Path xlsx = dir.resolve("变化.xlsx");
        Path html = dir.resolve("变化.html");
        CliRun run = CliRun.of(
                Locale.CHINESE,
                "compare",
                write("old.json", BEFORE),
                write("new.json", AFTER),
                "--xlsx",
                xlsx.toString(),
                "--html",
                html.toString());
        assertThat(run.code()).isZero();
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("概览");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("输变电");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("衡阳市产业链变化报告");
        }
        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"zh-CN\">").contains("补上").contains("衡钢（新增）");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
