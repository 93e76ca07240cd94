package org.chainmap.io.sheet;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.SAXException;

/**
 * Reads the visible sheets of an Excel workbook into tables: text as shown, numbers and dates as stored, formulas
 * as their last computed values, and a merged range's value copied into every cell it covers. An {@code .xlsx}
 * is read as a stream of XML by {@link XlsxReader}, so that a ledger of a few hundred thousand rows (the 32 MiB
 * that {@link SheetFile} lets in) fits in the heap its tables take; the older {@code .xls} (at most 65,536 rows)
 * is read whole with POI's workbook model, which also defines what each cell becomes ({@link #table}), and the
 * stream reproduces it. The zip safety limits are on either way, so a zip bomb is refused before it is expanded.
 */
final class WorkbookReader {

    /** A part of the package that inflates more than 100 times its packed size is taken for a bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** No part of the package may expand beyond this. */
    static final long MAX_ENTRY_BYTES = 256L << 20;

    private WorkbookReader() {}

    /** POI set up for a workbook read whole: quiet, and its zip-bomb limits those of {@link XlsxPackage}. */
    private static final class PoiLimits {
        static {
            Poi.quiet();
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }

        static void set() {
            // the class's initialisation does it, once
        }
    }

    static List<Table> read(File file) throws SheetException {
        try {
            return isZip(file) ? XlsxReader.read(file) : readWhole(file);
        } catch (EncryptedDocumentException e) {
            throw new SheetException(Message.of("file.encrypted", file.getName()), e);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (causedBy(e, SheetGrid.TooManyRows.class)) {
                throw new SheetException(Message.of("file.tooManyRows", file.getName(), Table.MAX_ROWS), e);
            }
            if (isBomb(e)) {
                throw new SheetException(
                        Message.of("file.zipBomb", file.getName(), Math.round(1 / MIN_INFLATE_RATIO)), e);
            }
            throw new SheetException(Message.of("file.notWorkbook", file.getName()), e);
        }
    }

    /**
     * Reads {@code file} whole with POI's workbook model: an {@code .xls}, or an {@code .xlsx} in an encrypted
     * container.
     */
    static List<Table> readWhole(File file) throws IOException {
        PoiLimits.set();
        try (Workbook workbook = WorkbookFactory.create(file, null, true)) {
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    tables.add(table(workbook.getSheetAt(i)));
                }
            }
            return tables;
        }
    }

    /** Whether {@code e} or any of its causes is a {@code kind}. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code file} begins as a zip does ({@code PK\3\4}): an {@code .xlsx}, not an OLE2 container. */
    private static boolean isZip(File file) throws IOException {
        byte[] head;
        try (InputStream in = new FileInputStream(file)) {
            head = in.readNBytes(4);
        }
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Whether the zip-bomb limits (POI's, or {@link XlsxPackage}'s) stopped the reading, however deep the reason. */
    private static boolean isBomb(Throwable e) {
        if (causedBy(e, XlsxPackage.Bomb.class)) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }

    /** {@code sheet} of a workbook held whole (an {@code .xls}), as a table. */
    static Table table(Sheet sheet) {
        SheetGrid grid = new SheetGrid();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            grid.row(r);
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row != null) {
                int last = Math.min(row.getLastCellNum(), SheetGrid.MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    grid.put(r, c, cell(row.getCell(c)));
                }
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            grid.merge(range);
        }
        return grid.table(sheet.getSheetName());
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
