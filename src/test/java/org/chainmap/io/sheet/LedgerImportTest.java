package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.io.sheet.Workbooks.code;
import static org.chainmap.io.sheet.Workbooks.mistyped;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.io.MapReader;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firms ledger as a county's office keeps it in Excel: a merged title above the headers, a 序号 column, the
 * chain merged down its rows, a contact column nobody asked for, an empty row, amounts in 万元 as numbers and as
 * text, dates in three forms, a mistyped credit code, a code stored as a number, a firm twice, a segment that
 * does not exist. Imported into the Hengyang map: the preview, then the one undoable change.
 */
class LedgerImportTest {

    static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    static final String HENGYUAN = code("91430405MA4L7XQ2C");
    static final String TBEA = code("91430400732851960");
    static final String PARTS = code("91430421MA4PPB7K1");
    static final String FITTINGS = code("91430400MA4R2D0C8");

    @TempDir
    Path dir;

    static List<Object[]> ledger() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"衡阳市新型能源及电力装备产业链重点企业台账（2024年）"});
        rows.add(new Object[] {
            "序号", "企业名称", "统一社会信用代码", "所属产业链", "环节", "是否本地", "县市区", "标签", "营收（万元）", "营收年份", "主要产品", "核实日期", "联系人"
        });
        rows.add(new Object[] {
            1,
            "衡阳恒缘电工材料有限公司",
            HENGYUAN,
            "新型能源及电力装备产业链",
            "绝缘材料",
            "是",
            "珠晖区",
            "规上、专精特新",
            "1,200",
            2023,
            "绝缘纸板",
            LocalDate.of(2024, 5, 31),
            "张三"
        });
        rows.add(new Object[] {
            2,
            "特变电工衡阳变压器有限公司",
            TBEA,
            null,
            "电力变压器（含特高压）、换流变压器",
            "是",
            "雁峰区",
            "链主、规上",
            1_500_000,
            "2023年",
            "特高压变压器",
            "2024/6/1",
            "李四"
        });
        rows.add(null);
        rows.add(new Object[] {3, "衡阳电力金具有限公司", mistyped(FITTINGS), null, "开关设备及GIS", "是"});
        rows.add(new Object[] {4, "衡阳恒缘电工材料有限公司", null, null, "绝缘材料", "是"});
        rows.add(new Object[] {5, "湖南恒远线缆有限公司", null, null, "超导电缆", "是"});
        rows.add(new Object[] {6, "衡阳变压器配件厂", PARTS, null, "油箱及钢结构件", "否", null, null, "0.5亿", null, null, "2024年7月15日"
        });
        rows.add(new Object[] {7, "金杯电工", null, null, "电线电缆、铜铝导体及电磁线", "是", null, "规上"});
        rows.add(new Object[] {8, "衡阳华电开关有限公司", 9.14304007E17, null, "开关设备及GIS", "是"});
        return rows;
    }

    ImportPreview preview() throws Exception {
        Path file = Workbooks.xlsx(
                dir.resolve("台账.xlsx"), new Workbooks.SheetData("重点企业", ledger(), List.of("A1:M1", "D3:D11")));
        return Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
    }

    private static RowOutcome row(ImportPreview preview, int number) {
        return preview.rows().stream()
                .filter(outcome -> outcome.row() == number)
                .findFirst()
                .orElseThrow();
    }

    private static String reason(RowOutcome outcome) {
        return outcome.reasons().get(0).describe(Locale.CHINESE);
    }

    @Test
    void thePreviewSaysWhatEachRowWouldDo() throws Exception {
        ImportPreview preview = preview();

        ImportPreview.SheetReport sheet = preview.sheets().get(0);
        assertThat(sheet.headers().kind()).isEqualTo(SheetKind.FIRMS);
        assertThat(sheet.headers().row()).isEqualTo(1);
        assertThat(sheet.headers().unknownHeaders()).containsExactly("联系人");
        assertThat(sheet.blankRows()).isEqualTo(1);
        assertThat(sheet.merged()).containsExactly("A1:M1", "D3:D11");
        assertThat(preview.rows())
                .extracting(RowOutcome::row, RowOutcome::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, Action.ADD),
                        org.assertj.core.groups.Tuple.tuple(4, Action.UPDATE),
                        org.assertj.core.groups.Tuple.tuple(6, Action.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(7, Action.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(8, Action.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(9, Action.ADD),
                        org.assertj.core.groups.Tuple.tuple(10, Action.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple(11, Action.REFUSED));

        char wrong = mistyped(FITTINGS).charAt(17);
        assertThat(reason(row(preview, 6)))
                .isEqualTo("C列“统一社会信用代码”：“" + mistyped(FITTINGS) + "”的校验位是 " + wrong + "，但按前17位应为 "
                        + FITTINGS.charAt(17) + "：有字符录入错误。");
        assertThat(reason(row(preview, 7))).isEqualTo("第3行已导入同一对象，本行不再导入。");
        assertThat(reason(row(preview, 8))).isEqualTo("E列“环节”：没有名为“超导电缆”的环节（若本行写了所属产业链，则在该产业链中查找）。");
        assertThat(row(preview, 11).reasons().get(0).describe(Locale.ENGLISH))
                .startsWith("column C \"统一社会信用代码\": \"914304007000000000\" is stored as a number");
        assertThat(row(preview, 4).changes())
                .extracting(change -> change.text(Locale.CHINESE))
                .containsExactly(
                        "统一社会信用代码： → " + TBEA,
                        "县市区： → 雁峰区",
                        // The ledger's segments, tags and products differ from the shipped map's: an update that
                        // would change them is shown, never made silently.
                        "环节：power.transformer、power.converter、power.reactor → power.transformer、power.converter",
                        "标签：规上 → 链主、规上",
                        "营收（元）： → 150亿元", // as planners write it (issue 17 item 5), not 15000000000
                        "营收年份： → 2023",
                        "产品：1000千伏特高压交流变压器、电抗器、±800千伏直流换流变压器 → 特高压变压器",
                        "核实日期： → 2024-06-01");
        assertThat(row(preview, 4).changes())
                .extracting(change -> change.text(Locale.ENGLISH))
                .anyMatch(change -> change.endsWith("→ CNY 15 bn"));
    }

    @Test
    void applyingIsOneUndoableChangeOfTheRowsTaken() throws Exception {
        ImportPreview preview = preview();
        History history = new History(HENGYANG);

        history.perform(Merge.of(HENGYANG, preview.incoming(), Description.of("import.apply", 3, "台账.xlsx")));

        RegionMap after = history.map();
        assertThat(history.nextUndo().map(done -> done.description().text(Locale.CHINESE)))
                .contains("导入 台账.xlsx 的3行");
        assertThat(after.enterprises()).hasSize(HENGYANG.enterprises().size() + 2);
        Enterprise hengyuan = firmNamed(after, "衡阳恒缘电工材料有限公司");
        assertThat(hengyuan.creditCode()).isEqualTo(HENGYUAN);
        assertThat(hengyuan.segments()).containsExactly("power.insulation");
        assertThat(hengyuan.local()).isTrue();
        assertThat(hengyuan.county()).isEqualTo("珠晖区");
        assertThat(hengyuan.tags()).containsExactly("规上", "专精特新");
        assertThat(hengyuan.revenue()).isEqualTo(12_000_000L);
        assertThat(hengyuan.revenueYear()).isEqualTo(2023);
        assertThat(hengyuan.products()).containsExactly("绝缘纸板");
        assertThat(hengyuan.verified()).isEqualTo("2024-05-31");
        Enterprise parts = firmNamed(after, "衡阳变压器配件厂");
        assertThat(parts.local()).isFalse();
        assertThat(parts.revenue()).isEqualTo(50_000_000L);
        assertThat(parts.verified()).isEqualTo("2024-07-15");
        Enterprise tbea = after.enterprise("tbea-hy").orElseThrow();
        assertThat(tbea.creditCode()).isEqualTo(TBEA);
        assertThat(tbea.revenue()).isEqualTo(15_000_000_000L);
        assertThat(tbea.role())
                .isEqualTo(HENGYANG.enterprise("tbea-hy").orElseThrow().role());
        assertThat(tbea.provenance())
                .isEqualTo(HENGYANG.enterprise("tbea-hy").orElseThrow().provenance());
        assertThat(after.enterprises()).noneMatch(firm -> firm.name().equals("衡阳电力金具有限公司"));

        history.undo();
        assertThat(history.map()).isEqualTo(HENGYANG);
    }

    static Enterprise firmNamed(RegionMap map, String name) {
        return map.enterprises().stream()
                .filter(firm -> firm.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void unknownHeadersCanBeGivenAMeaning() throws Exception {
        Path file = Workbooks.xlsx(
                dir.resolve("ledger.xlsx"),
                new Workbooks.SheetData("Sheet1", List.of(new Object[] {"单位", "主营收入", "所属环节"}, new Object[] {
                    "衡阳恒缘电工材料有限公司", 3_000_000, "绝缘材料"
                })));

        ImportPreview unmapped = Importer.preview(HENGYANG, file, ImportOptions.DEFAULTS);
        assertThat(unmapped.sheets().get(0).read()).isFalse();
        assertThat(unmapped.rows()).isEmpty();

        ImportPreview mapped = Importer.preview(
                HENGYANG, file, ImportOptions.DEFAULTS.withMapping(Map.of("单位", "name", "主营收入", "revenue")));
        assertThat(mapped.sheets().get(0).headers().kind()).isEqualTo(SheetKind.FIRMS);
        assertThat(mapped.rows()).singleElement().satisfies(row -> assertThat(row.action())
                .isEqualTo(Action.ADD));
        assertThat(mapped.incoming().enterprises().get(0).revenue()).isEqualTo(3_000_000L);
    }

    @Test
    void edgeOfEmptyCheck() throws EditRefusedException {
        assertThat(Merge.of(HENGYANG, RegionMap.empty(HENGYANG.region()), Description.of("import.apply", 0, "x"))
                        .plan(HENGYANG)
                        .isEmpty())
                .isTrue();
    }
}
