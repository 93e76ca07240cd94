package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template --csv DIR}: the template as CSV files, one per sheet, with the headers {@code import} reads; the
 * shipped map written so and imported back into itself changes nothing.
 */
class TemplateCsvTest {

    @TempDir
    Path dir;

    private static final String MAP = "maps/hengyang.json";
    private static final List<String> FILES =
            List.of("segments.csv", "mapping.csv", "enterprises.csv", "links.csv", "lists.csv");

    private List<String> importArgs(Path folder) {
        List<String> args = new ArrayList<>(List.of("import", MAP, "--dry-run"));
        for (String file : FILES) {
            args.add("--csv");
            args.add(folder.resolve(file).toString());
        }
        return args;
    }

    @Test
    void theShippedMapAsCsvFilesImportsBackAsNoChange() throws Exception {
        Path folder = dir.resolve("模板");
        CliRun run = CliRun.of(Locale.CHINESE, "template", MAP, "--csv", folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("5个 CSV 文件");
        for (String file : FILES) {
            assertThat(folder.resolve(file)).exists();
        }
        String firms = Files.readString(folder.resolve("enterprises.csv"), StandardCharsets.UTF_8);
        assertThat(firms).startsWith("\uFEFF编号,企业名称,统一社会信用代码").contains("特变电工衡阳变压器有限公司");
        assertThat(Files.readString(folder.resolve("segments.csv"), StandardCharsets.UTF_8))
                .contains("电力变压器（含特高压）");

        CliRun back = CliRun.of(importArgs(folder).toArray(String[]::new));
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\n0 to add, 0 to update, ").contains("0 cannot be taken");
        assertThat(dir.resolve("template.xlsx")).doesNotExist();
    }

    @Test
    void theEmptyTemplateAsCsvHasItsExamplesWhichAnImportPassesOver() throws Exception {
        Path folder = dir.resolve("empty");
        Path xlsx = dir.resolve("template.xlsx");
        CliRun run = CliRun.of("template", "--csv", folder.toString(), "--out", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(xlsx).exists();
        assertThat(Files.readAllLines(folder.resolve("enterprises.csv"), StandardCharsets.UTF_8))
                .hasSize(2);

        CliRun back = CliRun.of(importArgs(folder).toArray(String[]::new));
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\n0 to add, 0 to update, ");
    }
}
