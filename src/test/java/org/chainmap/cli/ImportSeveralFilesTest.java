package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import FILE --csv A --csv B}: several files as one import, one preview and one change; the preview names
 * the new chain's id and the firms left in no segment.
 */
class ImportSeveralFilesTest {

    @TempDir
    Path dir;

    @Test
    void segmentsFirmsAndLinksInThreeFilesAreOneImport() throws Exception {
        Path map = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("hengyang.json"));
        Path segments = Files.writeString(dir.resolve("环节.csv"), "所属产业链,环节名称,阶段\n轮胎产业链,橡胶,上游\n轮胎产业链,轮胎,中游\n");
        Path firms = Files.writeString(dir.resolve("企业.csv"), "企业名称,环节,是否本地\n衡阳橡胶有限公司,橡胶,是\n衡阳轮胎有限公司,轮胎,是\n某贸易公司,,是\n");
        Path links = Files.writeString(dir.resolve("供应关系.csv"), "供应商,客户,产品\n衡阳橡胶有限公司,衡阳轮胎有限公司,橡胶\n");

        CliRun run = CliRun.of(
                Locale.CHINESE,
                "import",
                map.toString(),
                "--csv",
                links.toString(),
                "--csv",
                firms.toString(),
                "--csv",
                segments.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("新增产业链“轮胎产业链”，编号 chain-1", "1家企业不在任何环节", "某贸易公司")
                .containsOnlyOnce("已写入");
        RegionMap after = MapReader.read(map).map().orElseThrow();
        Chain tyres = after.chain("chain-1").orElseThrow();
        assertThat(tyres.segments()).hasSize(2);
        assertThat(after.enterprises()).extracting(Enterprise::name).contains("衡阳橡胶有限公司", "衡阳轮胎有限公司");
        assertThat(after.links()).anySatisfy(link -> assertThat(link.product()).isEqualTo("橡胶"));
        assertThat(Files.exists(dir.resolve("hengyang.json.bak"))).isTrue();
    }
}
