package org.chainmap.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * Amounts in a report as planners write them (issue 17 item 5): 1,000 亿元 / CNY 100 bn in Markdown and HTML, and in a
 * workbook a number cell holding the exact yuan whose format shows the same units.
 */
class ReportMoneyTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    /** The power chain's goal: 1000亿元 of output in 2025. */
    private static final long GOAL = 100_000_000_000L;

    private static Report report(Locale locale) {
        return ReportContent.of(HENGYANG, locale, "hengyang.json", LocalDate.of(2026, 12, 6));
    }

    private static String markdown(Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        MarkdownReport.write(report(locale), out);
        return out.toString();
    }

    @Test
    void markdownAndHtmlShowAmountsInLargeUnits() throws Exception {
        assertThat(markdown(Locale.SIMPLIFIED_CHINESE))
                .contains("| 1,000亿元 |", "| 13亿元 |")
                .doesNotContain("100,000,000,000");
        assertThat(markdown(Locale.ENGLISH))
                .contains("| CNY 100 bn |", "| CNY 1.3 bn |")
                .doesNotContain("100,000,000,000");
        StringWriter html = new StringWriter();
        HtmlReport.write(report(Locale.SIMPLIFIED_CHINESE), html, Locale.SIMPLIFIED_CHINESE);
        assertThat(html.toString()).contains("<td class=\"n\">1,000亿元</td>");
    }

    @Test
    void aWorkbookKeepsTheExactNumberWithAFormatInLargeUnits() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ExcelReport.write(report(locale), bytes);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                Cell goal = find(workbook, GOAL);
                assertThat(goal).as("the goal's cell").isNotNull();
                assertThat(goal.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(goal.getNumericCellValue()).isEqualTo((double) GOAL);
                String format = goal.getCellStyle().getDataFormatString();
                assertThat(format).isEqualTo(ExcelReport.amountFormat(locale));
                String shown = new DataFormatter(locale).formatCellValue(goal);
                assertThat(shown).isEqualTo(locale == Locale.ENGLISH ? "CNY 100.00 bn" : "1000.00亿元");
            }
        }
    }

    @Test
    void theFormatsShowEachRangeInItsUnit() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        String zh = ExcelReport.amountFormat(Locale.SIMPLIFIED_CHINESE);
        assertThat(formatter.formatRawCellContents(1_530_000_000d, 200, zh)).isEqualTo("15.30亿元");
        assertThat(formatter.formatRawCellContents(3_500_000d, 200, zh)).isEqualTo("350.0万元");
        assertThat(formatter.formatRawCellContents(800d, 200, zh)).isEqualTo("800元");
        String en = ExcelReport.amountFormat(Locale.ENGLISH);
        assertThat(formatter.formatRawCellContents(1_530_000_000d, 200, en)).isEqualTo("CNY 1.53 bn");
        assertThat(formatter.formatRawCellContents(35_000_000d, 200, en)).isEqualTo("CNY 35.0 m");
        assertThat(formatter.formatRawCellContents(8_000d, 200, en)).isEqualTo("CNY 8,000");
    }

    private static Cell find(XSSFWorkbook workbook, long value) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
                        return cell;
                    }
                }
            }
        }
        return null;
    }
}
