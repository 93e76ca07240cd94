package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainLists;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Pins;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm row with no segment is placed by what the segments cover (decision 0031), worked by hand on a small
 * battery chain: by a product's exact name first, else by the longest prefix of its industry code's digits; a
 * product or code several segments claim places it nowhere and the row names them; a firm placed by nothing is
 * listed as in no segment; a firm of the map that has segments keeps them.
 */
class SegmentPlacementTest {

    /**
     * 正极材料 lists 锂电池正极材料 and 六氟磷酸锂, 电解液 lists 电解液 and 六氟磷酸锂 (so that product is ambiguous),
     * 负极材料 lists 石墨负极; 电芯 covers C3841, 电池零部件 and 电池回收 both C384, 电池设备 C35.
     */
    static final RegionMap BATTERY = battery();

    @TempDir
    Path dir;

    private static RegionMap battery() {
        List<Segment> segments = List.of(
                segment("b.cathode", "正极材料", Stage.UPSTREAM, List.of("C2613"), List.of("锂电池正极材料", "六氟磷酸锂")),
                segment("b.anode", "负极材料", Stage.UPSTREAM, List.of(), List.of("石墨负极")),
                segment("b.electrolyte", "电解液", Stage.UPSTREAM, List.of(), List.of("电解液", "六氟磷酸锂")),
                segment("b.cell", "电芯", Stage.MIDSTREAM, List.of("C3841"), List.of()),
                segment("b.parts", "电池零部件", Stage.MIDSTREAM, List.of("C384"), List.of()),
                segment("b.recycle", "电池回收", Stage.DOWNSTREAM, List.of("C384"), List.of()),
                segment("b.equipment", "电池设备", Stage.UPSTREAM, List.of("C35"), List.of()));
        Chain chain = new Chain(
                "b",
                "新能源电池产业链",
                null,
                null,
                null,
                null,
                null,
                segments,
                ChainLists.EMPTY,
                Pins.NONE,
                Provenance.NONE,
                Extras.NONE);
        List<Enterprise> firms = List.of(
                Enterprise.of("f1", "衡阳电芯有限公司", true, List.of("b.cell")),
                Enterprise.of("f2", "衡阳未归类有限公司", true, List.of()));
        return RegionMap.empty(new Region("衡阳市", "430400", null, null, null, Extras.NONE))
                .withChains(List.of(chain))
                .withEnterprises(firms);
    }

    private static Segment segment(String id, String name, Stage stage, List<String> codes, List<String> products) {
        return Segment.of(id, name, stage).withCoverage(codes, products);
    }

    private ImportPreview preview(RegionMap map, String csv) throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.writeString(file, csv);
        return Importer.preview(map, file, ImportOptions.DEFAULTS);
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

    @Test
    void aFirmIsPlacedByItsProductThenByTheLongestPrefixOfItsIndustryCode() throws Exception {
        ImportPreview preview = preview(
                BATTERY,
                "企业名称,主要产品,行业代码\n"
                        + "甲正极有限公司,锂电池正极材料,3841\n"
                        + "乙电芯有限公司,,C3841\n"
                        + "丁设备有限公司,,3512 锂电池专用设备制造\n"
                        + "庚负极有限公司,石墨负极、电解液,\n");

        // The product wins over the code, which would have said 电芯.
        assertThat(firm(preview, "甲正极有限公司").segments()).containsExactly("b.cathode");
        assertThat(remarks(preview, "甲正极有限公司")).containsExactly("由产品“锂电池正极材料”归入环节“正极材料”。");
        // The whole class 3841 before the group 384 (which two segments share).
        assertThat(firm(preview, "乙电芯有限公司").segments()).containsExactly("b.cell");
        assertThat(remarks(preview, "乙电芯有限公司")).containsExactly("由行业代码 C3841 归入环节“电芯”（该环节列有 C3841）。");
        // 3512: no segment lists 3512 or 351; 35 is the longest prefix listed.
        assertThat(firm(preview, "丁设备有限公司").segments()).containsExactly("b.equipment");
        assertThat(remarks(preview, "丁设备有限公司")).containsExactly("由行业代码 3512 锂电池专用设备制造 归入环节“电池设备”（该环节列有 C35）。");
        // Two products, each listed by one segment: the firm is in both, the first product's first.
        assertThat(firm(preview, "庚负极有限公司").segments()).containsExactly("b.anode", "b.electrolyte");
        assertThat(preview.notes().placedByProduct()).isEqualTo(2);
        assertThat(preview.notes().placedByCode()).isEqualTo(2);
        assertThat(preview.notes().unplaced()).isEmpty();
        assertThat(preview.rows()).allMatch(row -> row.action() == RowOutcome.Action.ADD);
    }

    @Test
    void aProductOrCodeSeveralSegmentsClaimPlacesTheFirmNowhereAndNamesThem() throws Exception {
        ImportPreview preview = preview(
                BATTERY,
                "企业名称,主要产品,行业代码\n" + "丙配件有限公司,,3843\n" + "戊化工有限公司,六氟磷酸锂,\n" + "己贸易有限公司,钢材,5162\n" + "壬代码有限公司,,电池\n");

        assertThat(firm(preview, "丙配件有限公司").segments()).isEmpty();
        assertThat(remarks(preview, "丙配件有限公司"))
                .containsExactly("行业代码 3843 匹配 C384，而多个环节都列有它：“电池零部件” (b.parts)、“电池回收” (b.recycle)。未据此归入任何环节。");
        assertThat(firm(preview, "戊化工有限公司").segments()).isEmpty();
        assertThat(remarks(preview, "戊化工有限公司"))
                .containsExactly("产品“六氟磷酸锂”列在多个环节下：“正极材料” (b.cathode)、“电解液” (b.electrolyte)。"
                        + "无法确定归入哪个，未据此归入任何环节；请在环节映射表中只把它归入一个环节。");
        // Neither its product nor its code (a trade, division 51) is listed by any segment.
        assertThat(firm(preview, "己贸易有限公司").segments()).isEmpty();
        assertThat(remarks(preview, "己贸易有限公司")).isEmpty();
        assertThat(remarks(preview, "壬代码有限公司")).containsExactly("“电池”不是行业代码（国民经济行业分类，如 C3825 或3825），未用于归入环节。");
        assertThat(preview.notes().unplaced()).containsExactly("丙配件有限公司", "戊化工有限公司", "己贸易有限公司", "壬代码有限公司");
        assertThat(preview.notes().placedByProduct()).isZero();
        assertThat(preview.notes().placedByCode()).isZero();
    }

    @Test
    void theRulesFillOnlyAnEmptyPlaceAndAnUpdateThatFillsItIsShown() throws Exception {
        ImportPreview preview = preview(BATTERY, "企业名称,主要产品,行业代码\n" + "衡阳电芯有限公司,锂电池正极材料,3512\n" + "衡阳未归类有限公司,石墨负极,\n");

        // A firm of the map that has segments keeps them: its products are updated, its place is not (its industry
        // code, which it did not have, is kept from the row).
        RowOutcome placedBefore = preview.rows().get(0);
        assertThat(placedBefore.action()).isEqualTo(RowOutcome.Action.UPDATE);
        assertThat(placedBefore.changes())
                .extracting(change -> change.column())
                .containsExactly(Column.FIRM_PRODUCTS, Column.FIRM_INDUSTRY_CODE);
        assertThat(firm(preview, "衡阳电芯有限公司").segments()).containsExactly("b.cell");
        // A firm of the map in no segment is placed, as an update like any other, with the rule that placed it.
        RowOutcome unplacedBefore = preview.rows().get(1);
        assertThat(unplacedBefore.action()).isEqualTo(RowOutcome.Action.UPDATE);
        assertThat(unplacedBefore.changes())
                .filteredOn(change -> change.column() == Column.FIRM_SEGMENTS)
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo(List.of());
                    assertThat(change.after()).isEqualTo(List.of("b.anode"));
                });
        assertThat(remarks(preview, "衡阳未归类有限公司")).containsExactly("由产品“石墨负极”归入环节“负极材料”。");
    }

    @Test
    void theRowsChainsNarrowTheSegmentsARuleMayChoose() throws Exception {
        RegionMap two = BATTERY.withChains(List.of(
                BATTERY.chains().get(0),
                storage(List.of(segment("s.equipment", "储能设备", Stage.UPSTREAM, List.of("C35"), List.of())))));
        ImportPreview preview = preview(two, "企业名称,所属产业链,行业代码\n储能设备有限公司,储能产业链,3512\n混合设备有限公司,,3512\n");

        assertThat(firm(preview, "储能设备有限公司").segments()).containsExactly("s.equipment");
        assertThat(firm(preview, "混合设备有限公司").segments()).isEmpty();
    }

    private static Chain storage(List<Segment> segments) {
        return new Chain(
                "s",
                "储能产业链",
                null,
                null,
                null,
                null,
                null,
                segments,
                ChainLists.EMPTY,
                Pins.NONE,
                Provenance.NONE,
                Extras.NONE);
    }
}
