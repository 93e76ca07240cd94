package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chainmap.Main;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapLock;
import org.chainmap.io.MapLockedException;
import org.chainmap.io.MapReader;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two imports on one map: no firm is lost; the one that cannot wait says so and exits 1. */
class ImportConcurrencyTest {

    private static final String HEADER = "企业名称,所属产业链,环节,是否本地\n";

    @TempDir
    Path dir;

    @Test
    void twoImportsInTwoProcessesOnOneMapLoseNoFirm() throws Exception {
        for (int trial = 0; trial < 2; trial++) {
            Path map = Files.copy(
                    Path.of("maps/hengyang.json"),
                    dir.resolve("map" + trial + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
            List<String> firms = List.of("甲并发测试企业有限公司" + trial, "乙并发测试企业有限公司" + trial);
            List<Process> imports = new ArrayList<>();
            List<Path> errors = new ArrayList<>();
            for (String firm : firms) {
                Path ledger = Files.writeString(
                        dir.resolve(firm + ".csv"), HEADER + firm + ",新型能源及电力装备产业链,绝缘材料,是\n", StandardCharsets.UTF_8);
                Path err = dir.resolve(firm + ".err");
                errors.add(err);
                imports.add(new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "-Duser.language=en",
                                Main.class.getName(),
                                "import",
                                map.toString(),
                                "--csv",
                                ledger.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile())
                        .start());
            }
            int written = 0;
            RegionMap result;
            for (Process process : imports) {
                assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            }
            result = MapReader.read(map).map().orElseThrow();
            for (int i = 0; i < 2; i++) {
                int code = imports.get(i).exitValue();
                String err = Files.readString(errors.get(i), StandardCharsets.UTF_8);
                assertThat(code).as("exit code; stderr: %s", err).isIn(0, 1);
                if (code == 0) {
                    written++;
                    assertThat(names(result))
                            .as("the firm of an import that said it wrote")
                            .contains(firms.get(i));
                } else {
                    assertThat(err)
                            .containsAnyOf("is being written by another ChainMap", "was changed by someone else");
                    assertThat(names(result)).doesNotContain(firms.get(i));
                }
            }
            assertThat(written).as("at least one import wrote").isPositive();
            assertThat(dir.resolve(".map" + trial + ".json.lock")).doesNotExist();
        }
    }

    @Test
    void anImportWaitsForAnotherWriterAndThenReadsWhatItWrote() throws Exception {
        Path map = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("map.json"));
        Path ledger = Files.writeString(
                dir.resolve("firm.csv"), HEADER + "丙等待测试企业有限公司,新型能源及电力装备产业链,绝缘材料,是\n", StandardCharsets.UTF_8);
        CompletableFuture<CliRun> run;
        try (MapLock held = MapLock.acquire(MapFile.targetOf(map), Duration.ofSeconds(1))) {
            run = CompletableFuture.supplyAsync(() -> CliRun.of("import", map.toString(), "--csv", ledger.toString()));
            Thread.sleep(700);
            assertThat(run).as("the import waits for the lock").isNotDone();
            // Meanwhile this writer renames a firm the import does not touch, and saves.
            RegionMap before = MapReader.read(map).map().orElseThrow();
            List<Enterprise> firms = new ArrayList<>(before.enterprises());
            firms.set(0, firms.get(0).withName("改名后的测试企业"));
            MapFile.save(before.withEnterprises(firms), map);
        }
        CliRun done = run.get(60, TimeUnit.SECONDS);
        assertThat(done.code()).as(done.err()).isZero();
        RegionMap after = MapReader.read(map).map().orElseThrow();
        assertThat(names(after)).contains("丙等待测试企业有限公司");
        assertThat(names(after)).as("the other writer's change is kept").contains("改名后的测试企业");
    }

    @Test
    void aLockedMapIsToldInBothLanguages() {
        MapLockedException locked = new MapLockedException(
                Path.of("hengyang.json"), new MapLock.Holder(4242, "desk-7", Instant.parse("2026-12-06T03:00:00Z")));
        assertThat(ImportCommand.locked(locked, console(Locale.ENGLISH)))
                .isEqualTo("hengyang.json is being written by another ChainMap (process 4242 on desk-7, since"
                        + " 2026-12-06T03:00:00Z); nothing was written. Try again when it has finished.");
        assertThat(ImportCommand.locked(locked, console(Locale.CHINESE)))
                .isEqualTo("hengyang.json 正由另一个 ChainMap 写入（主机 desk-7 上的进程4242，自 2026-12-06T03:00:00Z 起）；"
                        + "未写入任何内容。请待其完成后重试。");
    }

    private static Console console(Locale locale) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Console(sink, sink, new Messages(locale));
    }

    private static List<String> names(RegionMap map) {
        return map.enterprises().stream().map(Enterprise::name).toList();
    }
}
