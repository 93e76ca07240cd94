package org.chainmap.io.sheet;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the visible sheets of an Excel workbook ({@code .xlsx}, and the older {@code .xls}) into tables: text
 * as shown, numbers and dates as stored, formulas as their last computed values, and a merged range's value
 * copied into every cell it covers. POI's zip safety limits are on, so a zip bomb is refused before it is
 * expanded.
 */
final class WorkbookReader {

    /** A part of the package that inflates more than 100 times its packed size is taken for a bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** No part of the package may expand beyond this. */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    /** Columns past this are not read (a sheet formatted to its last column has 16,384). */
    private static final int MAX_COLUMNS = 256;

    static {
        Poi.quiet();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookReader() {}

    static List<Table> read(File file) throws SheetException {
        try (Workbook workbook = WorkbookFactory.create(file, null, true)) {
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    tables.add(table(workbook.getSheetAt(i)));
                }
            }
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new SheetException(Message.of("file.encrypted", file.getName()), e);
        } catch (IOException | RuntimeException e) {
            if (isBomb(e)) {
                throw new SheetException(
                        Message.of("file.zipBomb", file.getName(), Math.round(1 / MIN_INFLATE_RATIO)), e);
            }
            throw new SheetException(Message.of("file.notWorkbook", file.getName()), e);
        }
    }

    /** Whether POI stopped because of its zip safety limits, however deep it wrapped the reason. */
    private static boolean isBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }

    private static Table table(Sheet sheet) {
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            if (row != null) {
                int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(cell(row.getCell(c)));
                }
            }
            grid.add(cells);
        }
        List<String> merged = new ArrayList<>();
        Map<Integer, Set<Integer>> copied = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (fill(grid, range, copied)) {
                merged.add(range.formatAsString());
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            rows.add(new Table.Row(r + 1, trimmed(grid.get(r)), copied.getOrDefault(r, Set.of())));
        }
        return new Table(sheet.getSheetName(), rows, merged);
    }

    /**
     * Copies the top-left value of {@code range} into its other cells, noting them in {@code copied} (row →
     * columns); whether it held a value.
     */
    private static boolean fill(List<List<Cell>> grid, CellRangeAddress range, Map<Integer, Set<Integer>> copied) {
        int top = range.getFirstRow();
        int left = range.getFirstColumn();
        if (top >= grid.size() || left >= MAX_COLUMNS) {
            return false;
        }
        Cell value = left < grid.get(top).size() ? grid.get(top).get(left) : Cell.EMPTY;
        if (value.isBlank()) {
            return false;
        }
        for (int r = top; r <= Math.min(range.getLastRow(), grid.size() - 1); r++) {
            List<Cell> cells = grid.get(r);
            for (int c = left; c <= Math.min(range.getLastColumn(), MAX_COLUMNS - 1); c++) {
                while (cells.size() <= c) {
                    cells.add(Cell.EMPTY);
                }
                cells.set(c, value);
                if (r != top || c != left) {
                    copied.computeIfAbsent(r, key -> new HashSet<>()).add(c);
                }
            }
        }
        return true;
    }

    private static List<Cell> trimmed(List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cell.text(cell.getStringCellValue());
            case NUMERIC -> number(cell);
            case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> Cell.text(
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.EMPTY;
        };
    }

    private static Cell number(org.apache.poi.ss.usermodel.Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new Cell(date.toString(), null, date);
        }
        return Cell.number(value);
    }
}
