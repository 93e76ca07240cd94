package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code template} from the command line: preview, dry run, refusals, the file written. */
class ImportCommandTest {

    private static final String LEDGER = String.join(
            "\r\n",
            "序号,企业名称,所属产业链,环节,是否本地,营收（万元）,核实日期,联系人",
            "1,衡阳恒缘电工材料有限公司,新型能源及电力装备产业链,绝缘材料,是,\"1,200\",2024/5/31,张三",
            "2,特变电工衡阳变压器有限公司,,电力变压器（含特高压）、换流变压器,是,1500000,2024年6月1日,",
            "3,湖南恒远线缆有限公司,,超导电缆,是,,,",
            "");

    @TempDir
    Path dir;

    Path map;
    Path ledger;

    @BeforeEach
    void files() throws Exception {
        map = Files.copy(
                Path.of("maps/hengyang.json"), dir.resolve("hengyang.json"), StandardCopyOption.REPLACE_EXISTING);
        ledger = Files.write(dir.resolve("台账.csv"), LEDGER.getBytes(Charset.forName("GBK")));
    }

    private static RegionMap read(Path file) {
        return MapReader.read(file).map().orElseThrow();
    }

    @Test
    void aDryRunPrintsThePreviewAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(map);

        CliRun run = CliRun.of(
                Locale.CHINESE, "import", map.toString(), "--csv", ledger.toString(), "--dry-run", "--skip-refused");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("导入 台账.csv：CSV 文件，编码 GBK / GB18030")
                .contains("工作表“台账.csv”：企业，表头在第1行")
                .contains("  未读取的列：H列“联系人”")
                .contains("新增1行，更新1行，无变化0行，无法导入1行")
                .contains("  台账.csv 第2行：衡阳恒缘电工材料有限公司")
                .contains("      营收（元）： → 150亿元")
                .contains("      D列“环节”：没有名为“超导电缆”的环节")
                .contains("试运行：未写入任何内容。");
        assertThat(Files.readAllBytes(map)).isEqualTo(before);
        assertThat(dir.resolve("hengyang.json.bak")).doesNotExist();
    }

    @Test
    void rowsThatCannotBeTakenStopTheImportUnlessSkipped() throws Exception {
        byte[] before = Files.readAllBytes(map);

        CliRun stopped = CliRun.of("import", map.toString(), "--csv", ledger.toString());
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.err()).contains("1 row cannot be taken; nothing was written.");
        assertThat(Files.readAllBytes(map)).isEqualTo(before);

        CliRun written = CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--skip-refused");
        assertThat(written.code()).isZero();
        assertThat(written.out()).contains("Wrote " + map + ": 2 rows from 台账.csv, as one change");
        RegionMap after = read(map);
        assertThat(after.enterprises())
                .anyMatch(firm -> firm.name().equals("衡阳恒缘电工材料有限公司")
                        && firm.revenue() == 12_000_000L
                        && "2024-05-31".equals(firm.verified()));
        assertThat(after.enterprise("tbea-hy").orElseThrow().revenue()).isEqualTo(15_000_000_000L);
        assertThat(Files.readAllBytes(dir.resolve("hengyang.json.bak"))).isEqualTo(before);

        CliRun again = CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--skip-refused");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Nothing to import");
    }

    @Test
    void theEncodingAndUnknownHeadersCanBeGiven() {
        CliRun wrong =
                CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--encoding", "utf-8", "--dry-run");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).contains("characters cannot be read in UTF-8");
        assertThat(wrong.err()).contains("No sheet of 台账.csv could be read");

        CliRun mapped = CliRun.of(
                "import",
                map.toString(),
                "--csv",
                ledger.toString(),
                "--columns",
                "联系人=ignore",
                "--dry-run",
                "--skip-refused");
        assertThat(mapped.code()).isZero();
        assertThat(mapped.out()).doesNotContain("columns not read");
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertThat(CliRun.of("import", map.toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("import", map.toString(), "--csv", "a.csv", "--xlsx", "b.xlsx")
                        .code())
                .isEqualTo(2);
        CliRun badColumns = CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--columns", "联系人");
        assertThat(badColumns.code()).isEqualTo(2);
        assertThat(badColumns.err()).contains("--columns takes HEADER=KEY pairs");
        assertThat(CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--columns", "营业收入=income")
                        .err())
                .contains("“income” is not a column key");
        assertThat(CliRun.of("import", map.toString(), "--csv", ledger.toString(), "--encoding", "latin1")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
        Path png = Files.write(dir.resolve("logo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        CliRun run = CliRun.of("import", map.toString(), "--xlsx", png.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("logo.xlsx is not an Excel workbook");
    }

    @Test
    void theTemplateWithTheMapsDataImportsBackAsNoChange() throws Exception {
        Path empty = dir.resolve("模板.xlsx");
        CliRun template = CliRun.of(Locale.CHINESE, "template", "--out", empty.toString());
        assertThat(template.code()).isZero();
        assertThat(template.out()).contains("已生成模板");
        assertThat(empty).isNotEmptyFile();

        Path filled = dir.resolve("data.xlsx");
        CliRun withData = CliRun.of("template", map.toString(), "--out", filled.toString());
        assertThat(withData.code()).isZero();
        assertThat(withData.out()).contains("102 segments, 77 firms, 6 links, 45 list items");

        CliRun back = CliRun.of("import", map.toString(), "--xlsx", filled.toString());
        assertThat(back.code()).isZero();
        // 230 rows of segments, firms, links and items, and 38 of the mapping sheet: the segments' industry codes
        // (25) and the products of the four segments that share C3821 (13).
        assertThat(back.out()).contains("0 to add, 0 to update, 268 unchanged, 0 cannot be taken");
        assertThat(back.out()).contains("Nothing to import");
        assertThat(CliRun.of("template").code()).isEqualTo(2);
    }

    @Test
    void aCellLongerThanAMapCanHoldRefusesItsRowSoWhatIsTakenCanBeSaved() throws Exception {
        String name = "衡".repeat(MapReader.MAX_STRING + 1);
        Path huge = Files.writeString(dir.resolve("长.csv"), "企业名称,环节,是否本地\n" + name + ",绝缘材料,是\n衡阳新材有限公司,绝缘材料,是\n");
        byte[] before = Files.readAllBytes(map);

        CliRun refused = CliRun.of(Locale.ENGLISH, "import", map.toString(), "--csv", huge.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).contains("1,048,577 characters; a map holds at most 1,048,576");
        assertThat(Files.readAllBytes(map)).isEqualTo(before);

        CliRun skipped =
                CliRun.of(Locale.ENGLISH, "import", map.toString(), "--csv", huge.toString(), "--skip-refused");

        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(read(map).enterprises()).anyMatch(firm -> firm.name().equals("衡阳新材有限公司"));
        assertThat(read(map).enterprises()).noneMatch(firm -> firm.name().length() > MapReader.MAX_STRING);
    }
}
