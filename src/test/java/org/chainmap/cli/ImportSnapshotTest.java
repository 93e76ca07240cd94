package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.chainmap.analysis.KeyFigures;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} into a map that asks for a snapshot on each save takes it, as a save in the window does. */
class ImportSnapshotTest {

    @TempDir
    Path dir;

    Path map;
    Path ledger;

    @BeforeEach
    void files() throws Exception {
        map = Files.copy(
                Path.of("maps/hengyang.json"), dir.resolve("hengyang.json"), StandardCopyOption.REPLACE_EXISTING);
        ledger = Files.writeString(dir.resolve("台账.csv"), "企业名称,环节,是否本地\n衡阳新材有限公司,绝缘材料,是\n");
    }

    private static RegionMap read(Path file) {
        return MapReader.read(file).map().orElseThrow();
    }

    @Test
    void anImportTakesTheDaysSnapshotKeepingItsLabelWhenTheMapAsksForOne() {
        String today = LocalDate.now().toString();
        assertThat(CliRun.of("snapshot", map.toString(), "--date", "2020-01-01", "--on-save", "on")
                        .code())
                .isZero();
        assertThat(CliRun.of("snapshot", map.toString(), "--date", today, "--label", "一季度")
                        .code())
                .isZero();
        Snapshot before = read(map).snapshots().on(today).orElseThrow();

        CliRun run = CliRun.of("import", map.toString(), "--csv", ledger.toString());

        assertThat(run.code()).as(run.err()).isZero();
        RegionMap after = read(map);
        Snapshot taken = after.snapshots().on(today).orElseThrow();
        assertThat(taken.label()).isEqualTo("一季度");
        assertThat(taken.sameFigures(before)).isFalse(); // the new local firm is counted
        assertThat(taken.sameFigures(KeyFigures.take(after, today, null))).isTrue();
        assertThat(after.snapshots().on("2020-01-01")).isPresent();
    }

    @Test
    void anImportTakesNoSnapshotWhenTheMapDoesNotAskForOne() {
        CliRun run = CliRun.of("import", map.toString(), "--csv", ledger.toString());

        assertThat(run.code()).as(run.err()).isZero();
        RegionMap after = read(map);
        assertThat(after.enterprises()).anyMatch(firm -> firm.name().equals("衡阳新材有限公司"));
        assertThat(after.snapshots().taken()).isEmpty();
    }
}
