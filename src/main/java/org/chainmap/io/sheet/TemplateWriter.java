package org.chainmap.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.model.Certainty;
import org.chainmap.model.Chain;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;

/**
 * The workbook a ledger is filled in: one sheet per kind (企业, 供应关系, 环节, 环节映射, 清单), the headers in the user's
 * language with the required ones marked {@code *}, frozen, and drop-down lists for stages, yes and no, roles,
 * certainty, the five lists, usual tags, and (given a map) its chains and segments. Empty, each sheet but the mapping
 * has one example row (its 编号 is 示例, so that an import passes over it); with a map, the sheets hold its data
 * (the mapping sheet a row for each product and industry code of each segment, decision 0031), which
 * an import reads back as the same firms and links. Text goes in through {@link TextCells}: never taken as a
 * formula, cut where a cell ends.
 */
public final class TemplateWriter {

    /** The usual tags of a firm, offered in the tags column (others may be typed). */
    static final List<String> TAGS = List.of("规上", "高新", "专精特新", "单项冠军", "上市", "链主");

    /** The template's sheets, in order. */
    static final List<SheetKind> ORDER =
            List.of(SheetKind.FIRMS, SheetKind.LINKS, SheetKind.SEGMENTS, SheetKind.MAPPING, SheetKind.LISTS);

    /** Rows that drop-downs and text formats cover below the last row written. */
    private static final int SPARE_ROWS = 1000;

    private static final List<Column> REQUIRED = List.of(
            Column.SEGMENT_CHAIN,
            Column.SEGMENT_NAME,
            Column.SEGMENT_STAGE,
            Column.FIRM_NAME,
            Column.LINK_SUPPLIER,
            Column.LINK_CUSTOMER,
            Column.ITEM_CHAIN,
            Column.ITEM_LIST,
            Column.ITEM_TITLE,
            Column.MAP_SEGMENT);

    private static final List<Column> TEXT =
            List.of(Column.FIRM_CREDIT_CODE, Column.FIRM_ID, Column.SEGMENT_ID, Column.LINK_ID, Column.ITEM_ID);

    static {
        Poi.quiet();
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TextCells cells = new TextCells(workbook);
    private final Locale locale;
    private final CellStyle header;
    private final CellStyle required;
    private final CellStyle text;
    private final Map<Column, String> choices = new EnumMap<>(Column.class);

    private TemplateWriter(Locale locale) {
        this.locale = locale;
        header = headerStyle(IndexedColors.BLACK);
        required = headerStyle(IndexedColors.DARK_RED);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    /** Writes the empty template, with one example row per sheet, in {@code locale}'s language. */
    public static void write(OutputStream out, Locale locale) throws IOException {
        new TemplateWriter(locale).fill(null, out);
    }

    /**
     * Writes the template holding {@code map}'s segments, firms, links and list items.
     *
     * @return the cells whose text was longer than a cell holds and was cut ({@link TextCells#cut}): an import of
     *     the sheet as written would shorten them; empty when none
     */
    public static List<String> write(RegionMap map, OutputStream out, Locale locale) throws IOException {
        TemplateWriter writer = new TemplateWriter(locale);
        writer.fill(map, out);
        return writer.cells.cut();
    }

    private void fill(RegionMap map, OutputStream out) throws IOException {
        try (workbook) {
            List<Sheet> sheets = new ArrayList<>();
            for (SheetKind kind : ORDER) {
                sheets.add(workbook.createSheet(kind.in(locale)));
            }
            writeChoices(map);
            for (int i = 0; i < ORDER.size(); i++) {
                SheetKind kind = ORDER.get(i);
                List<List<Object>> rows = map != null
                        ? new MapRows(map, locale).rows(kind)
                        : kind == SheetKind.MAPPING ? List.of() : List.of(TemplateExamples.row(kind, locale));
                writeSheet(sheets.get(i), kind, rows);
            }
            workbook.setActiveSheet(0);
            Poi.write(workbook, out);
        }
    }

    private void writeSheet(Sheet sheet, SheetKind kind, List<List<Object>> rows) {
        List<Column> columns = kind.columns();
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            org.apache.poi.ss.usermodel.Cell cell = top.createCell(c);
            boolean mandatory = REQUIRED.contains(column);
            cell.setCellValue(column.in(locale) + (mandatory ? "*" : ""));
            cell.setCellStyle(mandatory ? required : header);
            if (TEXT.contains(column)) {
                sheet.setDefaultColumnStyle(c, text);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cells.write(cell, value.toString(), TEXT.contains(columns.get(c)) ? text : null);
                }
            }
        }
        sheet.createFreezePane(kind == SheetKind.FIRMS ? 2 : 0, 1);
        int last = rows.size() + SPARE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            String list = choices.get(columns.get(c));
            if (list != null) {
                dropDown(sheet, c, last, list, columns.get(c) == Column.FIRM_TAGS || isName(columns.get(c)));
            }
            sheet.setColumnWidth(c, width(columns.get(c), rows, c));
        }
        if (kind == SheetKind.LINKS) {
            String firms = "'" + SheetKind.FIRMS.in(locale) + "'!$B$2:$B$" + (SPARE_ROWS * 20);
            dropDown(sheet, columns.indexOf(Column.LINK_SUPPLIER), last, firms, true);
            dropDown(sheet, columns.indexOf(Column.LINK_CUSTOMER), last, firms, true);
        }
    }

    /** Whether the column names things a person may type beyond the list: chains, segments. */
    private static boolean isName(Column column) {
        return column.key().equals("chain")
                || column.key().equals("segments")
                || column.key().equals("segment");
    }

    /** The widths of a column: its header's and its widest value's, within bounds, in 1/256 of a character. */
    private int width(Column column, List<List<Object>> rows, int c) {
        int widest = Sheets.displayWidth(column.in(locale)) + 2;
        for (List<Object> row : rows) {
            if (c < row.size() && row.get(c) != null) {
                widest = Math.max(widest, Sheets.displayWidth(row.get(c).toString()));
            }
        }
        return Math.min(Math.max(widest + 2, 8), 60) * 256;
    }

    /** A drop-down on {@code column} of rows 2 to {@code last}, its choices the cells of {@code range}. */
    private void dropDown(Sheet sheet, int column, int last, String range, boolean typedToo) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, last, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(typedToo ? DataValidation.ErrorStyle.INFO : DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(!typedToo);
        sheet.addValidationData(validation);
    }

    /** A hidden sheet holding the choices of the drop-downs, one column per list. */
    private void writeChoices(RegionMap map) {
        Sheet sheet = workbook.createSheet("choices");
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        List<List<String>> lists = new ArrayList<>();
        List<List<Column>> users = new ArrayList<>();
        lists.add(words(Stage.values()));
        users.add(List.of(Column.SEGMENT_STAGE));
        lists.add(List.of(Shown.value(true, locale), Shown.value(false, locale)));
        users.add(List.of(Column.FIRM_LOCAL, Column.SEGMENT_CORE));
        lists.add(words(Role.values()));
        users.add(List.of(Column.FIRM_ROLE));
        lists.add(words(Certainty.values()));
        users.add(
                List.of(Column.SEGMENT_CERTAINTY, Column.FIRM_CERTAINTY, Column.LINK_CERTAINTY, Column.ITEM_CERTAINTY));
        lists.add(words(ListKind.values()));
        users.add(List.of(Column.ITEM_LIST));
        lists.add(TAGS);
        users.add(List.of(Column.FIRM_TAGS));
        if (map != null && !map.chains().isEmpty()) {
            lists.add(map.chains().stream().map(Chain::name).toList());
            users.add(List.of(Column.SEGMENT_CHAIN, Column.FIRM_CHAIN, Column.ITEM_CHAIN, Column.MAP_CHAIN));
            List<String> segments = map.chains().stream()
                    .flatMap(chain -> chain.segments().stream())
                    .map(org.chainmap.model.Segment::name)
                    .distinct()
                    .toList();
            lists.add(segments);
            users.add(List.of(Column.FIRM_SEGMENTS, Column.ITEM_SEGMENT, Column.MAP_SEGMENT));
        }
        for (int c = 0; c < lists.size(); c++) {
            List<String> list = lists.get(c);
            for (int r = 0; r < list.size(); r++) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                cells.write(row.createCell(c), list.get(r), null);
            }
            String letter = Table.columnName(c);
            String range = "choices!$" + letter + "$1:$" + letter + "$" + list.size();
            users.get(c).forEach(column -> choices.put(column, range));
        }
    }

    private List<String> words(Object[] values) {
        return Arrays.stream(values).map(value -> Shown.value(value, locale)).toList();
    }

    private CellStyle headerStyle(IndexedColors color) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(color.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(false);
        return style;
    }
}
