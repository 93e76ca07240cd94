package org.chainmap.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * Counts of firms in a report as planners write them (issue 17 item 5): 2.8万 / 28.2 thousand in Markdown and HTML;
 * in a workbook a number cell holding the exact count whose format shows the same units.
 */
class ReportCountsTest {

    private static Report table(Locale locale, long count) {
        Report.Table table = new Report.Table("t", List.of("firms"), List.of(List.of(new Report.Count(count, locale))));
        return new Report("r", "s", List.of(new Report.Sheet("S", "S", List.of(table), 0, List.of())));
    }

    @Test
    void markdownAndHtmlShowCountsInLargeUnits() throws Exception {
        StringWriter zh = new StringWriter();
        MarkdownReport.write(table(Locale.SIMPLIFIED_CHINESE, 28_216), zh);
        assertThat(zh.toString()).contains("| 2.8万 |").doesNotContain("28,216");
        StringWriter en = new StringWriter();
        MarkdownReport.write(table(Locale.ENGLISH, 28_216), en);
        assertThat(en.toString()).contains("| 28.2 thousand |");
        StringWriter html = new StringWriter();
        HtmlReport.write(table(Locale.SIMPLIFIED_CHINESE, 120_000_000), html, Locale.SIMPLIFIED_CHINESE);
        assertThat(html.toString()).contains("<td class=\"n\">1.2亿</td>");
    }

    @Test
    void aWorkbookKeepsTheExactCountWithAFormatInLargeUnits() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ExcelReport.write(table(locale, 28_216), bytes);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                Cell cell = workbook.getSheetAt(0).getRow(3).getCell(0);
                for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                    if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                        cell = row.getCell(0);
                    }
                }
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).isEqualTo(28_216d);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(ExcelReport.countFormat(locale));
                assertThat(new DataFormatter(locale).formatCellValue(cell))
                        .isEqualTo(locale == Locale.ENGLISH ? "28.2 thousand" : "2.8万");
            }
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        String zh = ExcelReport.countFormat(Locale.SIMPLIFIED_CHINESE);
        assertThat(formatter.formatRawCellContents(120_000_000d, 200, zh)).isEqualTo("1.20亿");
        assertThat(formatter.formatRawCellContents(9_876d, 200, zh)).isEqualTo("9,876");
        String en = ExcelReport.countFormat(Locale.ENGLISH);
        assertThat(formatter.formatRawCellContents(1_234_567d, 200, en)).isEqualTo("1.2 million");
    }

    @Test
    void theReportCountsFirmsSo() {
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        Report report =
                ReportContent.of(hengyang, Locale.SIMPLIFIED_CHINESE, "hengyang.json", LocalDate.of(2026, 12, 6));
        Report.Table chains = report.sheets().get(0).tables().stream()
                .filter(table -> table.headers().contains("本地企业数"))
                .findFirst()
                .orElseThrow();
        int local = chains.headers().indexOf("本地企业数");
        assertThat(chains.rows()).allSatisfy(row -> assertThat(row.get(local)).isInstanceOf(Report.Count.class));
    }
}
