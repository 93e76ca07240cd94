package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --ledger}: the firms ledger the import is measured with, reproducible from the repository, as
 * CSV and as the workbook {@code template} makes; both import into the shipped map without a refusal.
 */
class LedgerGeneratorTest {

    @TempDir
    Path dir;

    private static final String MAP = "maps/hengyang.json";

    @Test
    void theSameSeedWritesTheSameLedgerAndItImportsWhole() throws Exception {
        Path csv = dir.resolve("firms.csv");
        Path xlsx = dir.resolve("hy.xlsx");
        CliRun run = CliRun.of(
                "generate", "--ledger", "300", "--map", MAP, "--csv", csv.toString(), "--xlsx", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("firms.csv: a ledger of 300 firms", "hy.xlsx: a ledger of 300 firms");

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(301);
        assertThat(lines.get(0)).startsWith("\"企业名称\",\"统一社会信用代码\",\"所属产业链\",\"环节\"");
        String code = lines.get(1).split("\",\"")[1];
        assertThat(CreditCode.isValid(code)).isTrue();
        Path again = dir.resolve("again.csv");
        assertThat(CliRun.of("generate", "--ledger", "300", "--map", MAP, "--csv", again.toString())
                        .code())
                .isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(csv));
        Path other = dir.resolve("other.csv");
        CliRun.of("generate", "--ledger", "300", "--seed", "2", "--map", MAP, "--csv", other.toString());
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(csv));

        CliRun fromCsv = CliRun.of("import", MAP, "--csv", csv.toString(), "--dry-run");
        assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
        assertThat(fromCsv.out()).contains("300 to add, 0 to update, 0 unchanged, 0 cannot be taken");
        CliRun fromXlsx = CliRun.of("import", MAP, "--xlsx", xlsx.toString(), "--dry-run");
        assertThat(fromXlsx.code()).as(fromXlsx.err()).isZero();
        assertThat(fromXlsx.out()).contains("Sheet “企业”: enterprises", "300 to add, 0 to update", "0 cannot be taken");
    }

    @Test
    void aLedgerNeedsAMapAndAFileToWrite() {
        CliRun noFile = CliRun.of("generate", "--ledger", "10", "--map", MAP);
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("--csv FILE or --xlsx FILE");
        CliRun noMap = CliRun.of(
                Locale.ENGLISH,
                "generate",
                "--ledger",
                "10",
                "--csv",
                dir.resolve("a.csv").toString());
        assertThat(noMap.code()).isEqualTo(2);
        assertThat(noMap.err()).contains("--map");
    }
}
