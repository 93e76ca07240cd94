package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths with Chinese characters and spaces, as planners' folders have them, work in every command that takes one. */
class ChinesePathsTest {

    @TempDir
    Path temp;

    @Test
    void validateExportImportAndSaveInAFolderOfChineseWordsAndSpaces() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("衡阳市 产业链").resolve("2026 年 图谱"));
        Path map = Files.copy(Path.of("maps/hengyang.json"), folder.resolve("衡阳 产业链 图谱.json"));

        CliRun validate = CliRun.of(Locale.CHINESE, "validate", map.toString());
        assertThat(validate.code()).as(validate.err()).isZero();

        Path png = folder.resolve("输出 图片").resolve("电力 装备.png");
        CliRun export = CliRun.of("export", map.toString(), "--chain", "power", "--png", png.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.size(png)).isPositive();

        Path ledger = Files.write(
                folder.resolve("企业 台账 (6月).csv"),
                String.join("\r\n", "企业名称,所属产业链,环节,是否本地", "衡阳 空格 测试 电工有限公司,新型能源及电力装备产业链,绝缘材料,是", "")
                        .getBytes(Charset.forName("GBK")));
        CliRun imported = CliRun.of("import", map.toString(), "--csv", ledger.toString());
        assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
        assertThat(imported.out()).contains(map.toString());
        RegionMap read = MapReader.read(map).map().orElseThrow();
        assertThat(read.enterprises().stream().map(e -> e.name())).contains("衡阳 空格 测试 电工有限公司");
        assertThat(MapFile.backupOf(map)).isRegularFile();

        Path saved = folder.resolve("另存 副本").resolve("图谱 副本.json");
        MapFile.save(read, saved);
        assertThat(MapReader.read(saved).map()).contains(read);
        CliRun again = CliRun.of("validate", saved.toString());
        assertThat(again.code()).as(again.err()).isZero();
    }
}
