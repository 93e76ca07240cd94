package org.chainmap.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.io.sheet.Poi;
import org.chainmap.io.sheet.Sheets;
import org.chainmap.io.sheet.TextCells;
import org.chainmap.model.Names;
import org.chainmap.model.Source;

/**
 * A report as an Excel workbook ({@code .xlsx}, opened by Excel and WPS alike): a sheet per part, each with its
 * heading and tables; headers bold on grey, the sheet frozen below the header of its main table (with a filter
 * on it), columns as wide as their contents (long text wrapped), whole numbers as numbers with thousands
 * separators, shares as percentages (the exact share is the cell's value); printed landscape on A4, as wide as
 * the page. Text goes in through {@link TextCells}: never taken as a formula, cut where a cell ends.
 */
public final class ExcelReport {

    static {
        Poi.quiet();
    }

    /** The widest a column gets, in characters; longer text wraps. */
    private static final int MAX_WIDTH = 60;

    /** The height of a row at the default 15 points, in pixels at 96 dpi. */
    private static final double ROW_PIXELS = 20;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TextCells cells = new TextCells(workbook);
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle tableTitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle whole;
    private final CellStyle share;
    /** The styles of amounts of yuan, by language: a number format in its large units (亿元, bn). */
    private final java.util.Map<Boolean, CellStyle> amounts = new java.util.HashMap<>();
    /** The styles of counts, by language: a number format in its large units (万, thousand). */
    private final java.util.Map<Boolean, CellStyle> counts = new java.util.HashMap<>();

    private ExcelReport() {
        title = style(font(true, 14, IndexedColors.BLACK), false);
        subtitle = style(font(false, 10, IndexedColors.GREY_50_PERCENT), false);
        tableTitle = style(font(true, 12, IndexedColors.BLACK), false);
        header = style(font(true, 11, IndexedColors.BLACK), true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(null, true);
        whole = style(null, false);
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        share = style(null, false);
        share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    }

    /**
     * Writes {@code report} to {@code out}.
     *
     * @return the cells whose text was longer than a cell holds and was cut ({@link TextCells#cut}); empty when none
     */
    public static List<String> write(Report report, OutputStream out) throws IOException {
        ExcelReport excel = new ExcelReport();
        excel.fill(report, out);
        return excel.cells.cut();
    }

    private void fill(Report report, OutputStream out) throws IOException {
        try (workbook) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < report.sheets().size(); i++) {
                Report.Sheet part = report.sheets().get(i);
                Sheet sheet = workbook.createSheet(uniqueName(part.name(), names));
                writeSheet(sheet, part, i == 0 ? report : null);
            }
            workbook.setActiveSheet(0);
            Poi.write(workbook, out);
        }
    }

    private void writeSheet(Sheet sheet, Report.Sheet part, Report report) {
        int r = 0;
        cell(sheet.createRow(r++), 0, report != null ? report.title() : part.title(), title);
        if (report != null) {
            cell(sheet.createRow(r++), 0, report.subtitle(), subtitle);
        }
        r++;
        int[] widths = new int[columns(part)];
        for (int t = 0; t < part.tables().size(); t++) {
            Report.Table table = part.tables().get(t);
            if (table.title() != null) {
                cell(sheet.createRow(r++), 0, table.title(), tableTitle);
            }
            int headerRow = r;
            Row headers = sheet.createRow(r++);
            for (int c = 0; c < table.headers().size(); c++) {
                cell(headers, c, table.headers().get(c), header);
                widths[c] =
                        Math.max(widths[c], Sheets.displayWidth(table.headers().get(c)));
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    cell(row, c, value, null);
                    if (value != null) {
                        widths[c] = Math.max(widths[c], width(value));
                    }
                }
            }
            if (t == part.frozen()) {
                sheet.createFreezePane(0, headerRow + 1);
                if (!table.rows().isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(
                            headerRow, r - 1, 0, table.headers().size() - 1));
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], 6), MAX_WIDTH) + 2) * 256);
        }
        for (Report.Figure figure : part.figures()) {
            r = picture(sheet, figure, r);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /**
     * Puts {@code figure}'s PNG on {@code sheet} from row {@code r}, at its size at 96 dpi (a picture with more
     * pixels is shown smaller, sharp in print), and gives the first row below it.
     */
    private int picture(Sheet sheet, Report.Figure figure, int r) {
        int index = workbook.addPicture(figure.png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        org.apache.poi.xssf.usermodel.XSSFDrawing drawing =
                (org.apache.poi.xssf.usermodel.XSSFDrawing) sheet.createDrawingPatriarch();
        org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor =
                workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(r);
        anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        org.apache.poi.xssf.usermodel.XSSFPicture picture = drawing.createPicture(anchor, index);
        java.awt.Dimension pixels = picture.getImageDimension();
        picture.resize(figure.width() / pixels.getWidth(), figure.height() / pixels.getHeight());
        return r + (int) Math.ceil(figure.height() / ROW_PIXELS) + 1;
    }

    private static int columns(Report.Sheet part) {
        return part.tables().stream()
                .mapToInt(table -> table.headers().size())
                .max()
                .orElse(1);
    }

    private static int width(Object value) {
        if (value instanceof Report.Share) {
            return 6;
        }
        if (value instanceof Number number) {
            return String.format("%,d", number.longValue()).length();
        }
        return Sheets.displayWidth(value.toString());
    }

    private void cell(Row row, int column, Object value, CellStyle style) {
        if (value == null) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value instanceof Report.Amount amount) {
            cell.setCellValue(amount.yuan());
            cell.setCellStyle(amountStyle(amount.locale()));
        } else if (value instanceof Report.Count count) {
            cell.setCellValue(count.value());
            cell.setCellStyle(countStyle(count.locale()));
        } else if (value instanceof Report.Share part) {
            cell.setCellValue(part.value());
            cell.setCellStyle(share);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(whole);
        } else {
            cells.write(cell, value.toString(), style != null ? style : text);
            if (value instanceof Report.Link link && Source.isWebAddress(link.url())) {
                org.apache.poi.ss.usermodel.Hyperlink address =
                        workbook.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
                address.setAddress(link.url().strip());
                cell.setHyperlink(address);
            }
        }
    }

    /**
     * The style of an amount in {@code locale}'s units: the cell holds the exact yuan, its number format shows 亿元
     * and 万元 in Chinese, bn and m in English, as {@link org.chainmap.text.Money} writes them.
     */
    private CellStyle amountStyle(java.util.Locale locale) {
        boolean chinese = !Names.english(locale);
        return amounts.computeIfAbsent(chinese, key -> {
            CellStyle style = style(null, false);
            style.setDataFormat(workbook.createDataFormat().getFormat(amountFormat(locale)));
            return style;
        });
    }

    /** The style of a count in {@code locale}'s units: the exact number, its format showing 万 or thousand. */
    private CellStyle countStyle(java.util.Locale locale) {
        boolean chinese = !Names.english(locale);
        return counts.computeIfAbsent(chinese, key -> {
            CellStyle style = style(null, false);
            style.setDataFormat(workbook.createDataFormat().getFormat(countFormat(locale)));
            return style;
        });
    }

    /** The number format of counts in {@code locale}'s units, as {@link org.chainmap.text.Money#count} writes them. */
    static String countFormat(java.util.Locale locale) {
        return Names.english(locale)
                ? "[>=1000000]#,##0.0,,\" million\";[>=10000]#,##0.0,\" thousand\";#,##0"
                : "[>=100000000]0\\.00,,\"亿\";[>=10000]0\\.0,\"万\";#,##0";
    }

    /**
     * The number format of amounts in {@code locale}'s units. A format scales by thousands only (a trailing
     * comma), so 亿 (10⁸) is shown as millions with the decimal point moved two places ({@code 0\.00,,}).
     */
    static String amountFormat(java.util.Locale locale) {
        return Names.english(locale)
                ? "[>=1000000000]\"CNY \"#,##0.00,,,\" bn\";[>=1000000]\"CNY \"#,##0.0,,\" m\";\"CNY \"#,##0"
                : "[>=100000000]0\\.00,,\"亿元\";[>=10000]0\\.0,\"万元\";0\"元\"";
    }

    private Font font(boolean bold, int points, IndexedColors color) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        font.setColor(color.getIndex());
        return font;
    }

    private CellStyle style(Font font, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /**
     * A sheet name Excel accepts (at most 31 characters, none of []:*?/\, no control character, which the
     * workbook's XML cannot hold), different from those before.
     */
    static String uniqueName(String name, Set<String> taken) {
        StringBuilder printable = new StringBuilder();
        name.codePoints()
                .filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF)
                .forEach(printable::appendCodePoint);
        String safe = WorkbookUtil.createSafeSheetName(printable.toString());
        String unique = safe;
        for (int n = 2; taken.contains(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(unique.toLowerCase(java.util.Locale.ROOT));
        return unique;
    }
}
