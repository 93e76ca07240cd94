package org.chainmap.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmap.model.CreditCode;

/** Workbooks and CSV files shaped like real ledgers, made by the tests themselves (no binary files kept). */
final class Workbooks {

    /** A sheet to write: its rows (String, Number, LocalDate, Boolean or null per cell) and merged ranges. */
    record SheetData(String name, List<Object[]> rows, List<String> merged) {
        SheetData(String name, List<Object[]> rows) {
            this(name, rows, List.of());
        }
    }

    private Workbooks() {}

    /** Writes an .xlsx with {@code sheets}; rows are written from row 1, cells from column A. */
    static Path xlsx(Path file, SheetData... sheets) throws IOException {
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                for (int r = 0; r < data.rows().size(); r++) {
                    Object[] values = data.rows().get(r);
                    if (values == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.length; c++) {
                        Object value = values[c];
                        if (value == null) {
                            continue;
                        }
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        } else if (value instanceof Boolean yes) {
                            cell.setCellValue(yes);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (String range : data.merged()) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** Writes rows as CSV text (fields quoted where needed) in {@code charset}, with a UTF-8 BOM if asked. */
    static Path csv(Path file, String charset, boolean bom, List<Object[]> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    text.append(',');
                }
                String value = row[c] == null ? "" : row[c].toString();
                if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
                    value = '"' + value.replace("\"", "\"\"") + '"';
                }
                text.append(value);
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    /** A valid credit code made of a 17-character prefix and its check character. */
    static String code(String prefix) {
        return prefix + CreditCode.expectedCheck(prefix).orElseThrow();
    }

    /** {@code code} with its check character replaced by a wrong one: a typo. */
    static String mistyped(String code) {
        char last = code.charAt(17);
        return code.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    static Map<String, String> mapping(String... pairs) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            mapping.put(pairs[i], pairs[i + 1]);
        }
        return mapping;
    }
}
