package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.edit.Description;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping sheet (环节映射, decision 0031): the template writes a row for each product and industry code of
 * each segment; unchanged it imports as no change, into the map or into an empty one; edited, it changes the
 * segments' products and codes as an import shows any change, and places the firms it now covers.
 */
class MappingSheetTest {

    /** The battery chain, its unplaced firm making 磷酸铁锂, which no segment lists yet. */
    private static final RegionMap MAP = withProduct(SegmentPlacementTest.BATTERY);

    @TempDir
    Path dir;

    private static RegionMap withProduct(RegionMap map) {
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : map.enterprises()) {
            firms.add(
                    firm.segments().isEmpty()
                            ? new Enterprise(
                                    firm.id(),
                                    firm.name(),
                                    null,
                                    true,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    null,
                                    List.of(),
                                    null,
                                    null,
                                    List.of("磷酸铁锂"),
                                    null,
                                    null,
                                    null)
                            : firm);
        }
        return map.withEnterprises(firms);
    }

    private Path template(RegionMap map) throws Exception {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TemplateWriter.write(map, out, Locale.CHINESE);
        }
        return file;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theTemplateHasARowForEachProductAndCodeOfEachSegment() throws Exception {
        Path file = template(MAP);
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet mapping = workbook.getSheet("环节映射");
            assertThat(rows(mapping))
                    .startsWith(
                            List.of("产品", "行业代码", "所属产业链", "归入环节*"),
                            List.of("锂电池正极材料", "", "新能源电池产业链", "正极材料"),
                            List.of("六氟磷酸锂", "", "新能源电池产业链", "正极材料"),
                            List.of("", "C2613", "新能源电池产业链", "正极材料"),
                            List.of("石墨负极", "", "新能源电池产业链", "负极材料"))
                    .hasSize(1 + 5 + 5);
        }
    }

    @Test
    void theUnchangedTemplateIsNoChangeInTheMapAndTheSameSegmentsInAnEmptyOne() throws Exception {
        Path file = template(MAP);

        ImportPreview again = Importer.preview(MAP, file, ImportOptions.DEFAULTS);
        assertThat(again.changes()).isZero();
        assertThat(again.rows()).allMatch(row -> row.action() == RowOutcome.Action.UNCHANGED);
        // The only remarks: 六氟磷酸锂 is listed by two segments, which places a firm making it in neither.
        assertThat(again.rows())
                .flatExtracting(RowOutcome::problems)
                .extracting(problem -> problem.message().key())
                .containsOnly("row.productShared")
                .hasSize(2);

        RegionMap empty = RegionMap.empty(MAP.region());
        ImportPreview fresh = Importer.preview(empty, file, ImportOptions.DEFAULTS);
        History history = new History(empty);
        history.perform(Merge.of(empty, fresh.incoming(), Description.of("import.apply", 1, "x")));
        assertThat(history.map().chains().get(0).segments())
                .isEqualTo(MAP.chains().get(0).segments());
        assertThat(history.map().enterprises()).isEqualTo(MAP.enterprises());
    }

    @Test
    void anEditedMappingChangesTheSegmentsAndPlacesTheFirmsItNowCovers() throws Exception {
        Path file = template(MAP);
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet mapping = workbook.getSheet("环节映射");
            for (Row row : mapping) {
                // 电池回收 now covers the recycling of waste (C4210) instead of the battery group (C384).
                if (row.getCell(3) != null
                        && row.getCell(3).getStringCellValue().equals("电池回收")) {
                    row.getCell(1).setCellValue("C4210");
                }
            }
            Row added = mapping.createRow(mapping.getLastRowNum() + 1);
            added.createCell(0).setCellValue("磷酸铁锂");
            added.createCell(3).setCellValue("正极材料");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportPreview preview = Importer.preview(MAP, file, ImportOptions.DEFAULTS);

        RowOutcome recycle = only(preview, "C4210 → 电池回收");
        assertThat(recycle.action()).isEqualTo(RowOutcome.Action.UPDATE);
        assertThat(recycle.changes())
                .extracting(change -> change.text(Locale.CHINESE))
                .containsExactly("行业代码：C384 → C4210");
        RowOutcome lfp = only(preview, "磷酸铁锂 → 正极材料");
        assertThat(lfp.action()).isEqualTo(RowOutcome.Action.ADD);
        RowOutcome firm = only(preview, "衡阳未归类有限公司");
        assertThat(firm.action()).isEqualTo(RowOutcome.Action.UPDATE);
        assertThat(firm.remarks())
                .extracting(remark -> remark.message().text(Locale.CHINESE))
                .containsExactly("由产品“磷酸铁锂”归入环节“正极材料”。");
        assertThat(preview.changes()).isEqualTo(3);

        History history = new History(MAP);
        history.perform(Merge.of(MAP, preview.incoming(), Description.of("import.apply", 3, "x")));
        RegionMap after = history.map();
        assertThat(after.segment("b.cathode").map(Segment::products).orElseThrow())
                .containsExactly("锂电池正极材料", "六氟磷酸锂", "磷酸铁锂");
        assertThat(after.segment("b.recycle").map(Segment::industryCodes).orElseThrow())
                .containsExactly("C4210");
        assertThat(after.enterprise("f2").orElseThrow().segments()).containsExactly("b.cathode");
        assertThat(MapValidator.hasErrors(MapValidator.validate(after))).isFalse();
    }

    @Test
    void mappingCsvFilesBesideAFirmsCsvPlaceTheFirmsAndKeepTheirProductsWhole() throws Exception {
        // A sheet of products alone leaves the segments' codes; one of codes alone leaves their products.
        Path products = Files.writeString(dir.resolve("products.csv"), "产品,归入环节\n\"建筑、农用机械与重型卡车-农业机械\",电池设备\n");
        Path codes = Files.writeString(dir.resolve("codes.csv"), "行业代码,归入环节\nC3842,电池回收\n");
        Path firms = Files.writeString(
                dir.resolve("firms.csv"), "企业名称,主要产品,行业代码\n甲农机有限公司,建筑、农用机械与重型卡车-农业机械,\n乙回收有限公司,,3842\n");

        ImportPreview preview = Importer.preview(MAP, List.of(firms, products, codes), ImportOptions.DEFAULTS);

        Enterprise machines = preview.incoming().enterprises().get(0);
        assertThat(machines.products()).containsExactly("建筑、农用机械与重型卡车-农业机械");
        assertThat(machines.segments()).containsExactly("b.equipment");
        // 3842 is a class the mapping now gives 电池回收, longer than the group 384 that 电池零部件 lists.
        assertThat(preview.incoming().enterprises().get(1).segments()).containsExactly("b.recycle");
        assertThat(preview.notes().cutUnknown().count()).isZero();
        assertThat(preview.incoming().chains().get(0).segments())
                .extracting(Segment::id, Segment::industryCodes, Segment::products)
                .containsExactlyInAnyOrder(
                        tuple("b.equipment", List.of("C35"), List.of("建筑、农用机械与重型卡车-农业机械")),
                        tuple("b.recycle", List.of("C3842"), List.of()));
    }

    @Test
    void aRowNamingASegmentWithEmptyCellsLeavesItWithNone() throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.csv"), "产品,行业代码,归入环节\n,,正极材料\n");

        ImportPreview preview = Importer.preview(MAP, mapping, ImportOptions.DEFAULTS);

        RowOutcome row = preview.rows().get(0);
        assertThat(row.action()).isEqualTo(RowOutcome.Action.UPDATE);
        assertThat(row.changes())
                .extracting(change -> change.column(), change -> change.after())
                .containsExactly(tuple(Column.MAP_PRODUCT, List.of()), tuple(Column.MAP_CODE, List.of()));
    }

    private static RowOutcome only(ImportPreview preview, String label) {
        return preview.rows().stream()
                .filter(row -> row.label().equals(label))
                .reduce((a, b) -> {
                    throw new AssertionError("two rows " + label);
                })
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + preview.rows()));
    }
}
