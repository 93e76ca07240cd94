package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four segments of Hengyang's power chain that share the industry code C3821 (power transformers, converter
 * transformers, reactors, instrument transformers; docs/domain.md) list products of their own in the shipped map,
 * so that a ledger row with code 3821 and such a product is placed in the right one, where the code alone places
 * it in none of them.
 */
class PowerSegmentsTest {

    private static final RegionMap HENGYANG = LedgerImportTest.HENGYANG;

    private static final List<String> C3821 =
            List.of("power.transformer", "power.converter", "power.reactor", "power.instrument");

    @TempDir
    Path dir;

    @Test
    void theFourSegmentsOfC3821ListProductsNoTwoOfThemShare() {
        List<Segment> segments =
                C3821.stream().map(id -> HENGYANG.segment(id).orElseThrow()).toList();
        assertThat(segments).allSatisfy(segment -> {
            assertThat(segment.industryCodes()).containsExactly("C3821");
            assertThat(segment.products()).isNotEmpty();
        });
        assertThat(segments.stream().flatMap(segment -> segment.products().stream()))
                .doesNotHaveDuplicates();
    }

    @Test
    void aRowWithCode3821IsPlacedByItsProductInTheRightSegment() throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.writeString(
                file,
                "企业名称,是否本地,主要产品,行业代码\n"
                        + "衡阳甲变压器有限公司,是,特高压交流变压器,C3821\n"
                        + "衡阳乙换流有限公司,是,直流换流变压器,3821\n"
                        + "衡阳丙电抗器有限公司,是,干式电抗器,C3821\n"
                        + "衡阳丁互感器有限公司,是,电流互感器,C3821\n"
                        + "衡阳戊电气有限公司,是,,C3821\n");

        ImportPreview preview = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);

        assertThat(firm(preview, "衡阳甲变压器有限公司").segments()).containsExactly("power.transformer");
        assertThat(firm(preview, "衡阳乙换流有限公司").segments()).containsExactly("power.converter");
        assertThat(firm(preview, "衡阳丙电抗器有限公司").segments()).containsExactly("power.reactor");
        assertThat(firm(preview, "衡阳丁互感器有限公司").segments()).containsExactly("power.instrument");
        assertThat(remarks(preview, "衡阳丁互感器有限公司")).containsExactly("由产品“电流互感器”归入环节“互感器”。");
        // The code alone still tells none of the four apart.
        assertThat(firm(preview, "衡阳戊电气有限公司").segments()).isEmpty();
        assertThat(preview.notes().placedByProduct()).isEqualTo(4);
        assertThat(preview.notes().unplaced()).containsExactly("衡阳戊电气有限公司");
        assertThat(firm(preview, "衡阳甲变压器有限公司").industryCode()).isEqualTo("C3821");
    }

    private static Enterprise firm(ImportPreview preview, String name) {
        return preview.incoming().enterprises().stream()
                .filter(firm -> firm.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> remarks(ImportPreview preview, String name) {
        return preview.rows().stream()
                .filter(row -> row.label().equals(name))
                .flatMap(row -> row.remarks().stream())
                .map(remark -> remark.message().text(Locale.CHINESE))
                .toList();
    }
}
