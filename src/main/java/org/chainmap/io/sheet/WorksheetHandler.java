package org.chainmap.io.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML of one worksheet of an {@code .xlsx}, read as it streams past into a {@link SheetGrid}: its rows, each
 * cell's value as POI's workbook model gives it (see {@link WorkbookReader#table}), and its merged ranges, which
 * follow the cells. A cell's type is its {@code t} attribute: a number ({@code n}, the default; a date when its
 * style's number format is a date format and the number is a valid Excel date), a shared string ({@code s}),
 * text of its own ({@code inlineStr}, or {@code str}, a formula's text), yes/no ({@code b}) or an error
 * ({@code e}). A formula cell holds its last computed value in {@code <v>}; a number formula without one is 0, as
 * POI reads it. Columns past {@link SheetGrid#MAX_COLUMNS} are skipped unread. A shared string is made into a
 * {@link Cell} once and that cell kept for every other cell that names the same string.
 */
final class WorksheetHandler extends DefaultHandler {

    private final SheetGrid grid;
    private final List<String> strings;
    private final StylesPart styles;
    private final boolean date1904;
    private Cell[] sharedCells = new Cell[0];
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();

    private int row = -1;
    private int column;
    private boolean inCell;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private boolean inline;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean runs;
    private final StringBuilder valueText = new StringBuilder();
    private final StringBuilder plainText = new StringBuilder();
    private final StringBuilder runText = new StringBuilder();
    private StringBuilder capture;

    /**
     * @param strings the workbook's shared strings
     * @param styles its cell styles (no style is a date style when it has none)
     * @param date1904 whether its dates count from 1904 (old Mac workbooks) rather than 1900
     */
    WorksheetHandler(SheetGrid grid, List<String> strings, StylesPart styles, boolean date1904) {
        this.grid = grid;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "mergeCell" -> grid.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
            default -> {
                if (inCell) {
                    startInCell(localName, attributes);
                }
            }
        }
    }

    private void startRow(String number) {
        row = number == null ? row + 1 : Integer.parseInt(number) - 1;
        grid.row(row);
        column = 0;
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        if (reference != null) {
            column = columnOf(reference);
        }
        String styleIndex = attributes.getValue("s");
        inCell = true;
        type = attributes.getValue("t");
        style = styleIndex == null ? 0 : Integer.parseInt(styleIndex);
        formula = false;
        value = null;
        inline = false;
        runs = false;
        plainText.setLength(0);
        runText.setLength(0);
    }

    private void startInCell(String name, Attributes attributes) {
        switch (name) {
            case "f" -> {
                String kind = attributes.getValue("t");
                formula |= !"dataTable".equals(kind);
                String range = attributes.getValue("ref");
                if ("array".equals(kind) && range != null) {
                    arrayFormulas.add(CellRangeAddress.valueOf(range));
                }
            }
            case "v" -> {
                valueText.setLength(0);
                capture = valueText;
            }
            case "is" -> inline = true;
            case "r" -> {
                inRun = true;
                runs = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inline && !inPhonetic) {
                    capture = inRun ? runText : plainText;
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture != null) {
            capture.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!inCell) {
            return;
        }
        switch (localName) {
            case "v" -> {
                value = valueText.toString();
                capture = null;
            }
            case "t" -> capture = null;
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (column < SheetGrid.MAX_COLUMNS) {
                    grid.put(row, column, cell());
                }
                column++;
                inCell = false;
                inline = false;
            }
            default -> {}
        }
    }

    /** The cell just read, as {@code WorkbookReader.cell} makes it from the cell POI's workbook model would hold. */
    private Cell cell() {
        boolean isFormula = formula || inArrayFormula();
        String text = value == null ? "" : value;
        return switch (type == null ? "n" : type) {
            case "n" -> value == null && !isFormula
                    ? Cell.EMPTY
                    : number(text.isEmpty() ? 0 : Double.parseDouble(text));
            case "b" -> Cell.text("1".equals(value) ? "TRUE" : "FALSE");
            case "e" -> Cell.text(error(value));
            case "s" -> shared(value); // even a formula's: POI looks its value up as a shared string
            case "inlineStr" -> Cell.text(
                    decoded(!isFormula && inline ? (runs ? runText : plainText).toString() : text));
            default -> Cell.text(decoded(text)); // "str", a formula's text; or a type this reader does not know
        };
    }

    private boolean inArrayFormula() {
        for (CellRangeAddress range : arrayFormulas) {
            if (range.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    private Cell number(double number) {
        if (DateUtil.isValidExcelDate(number) && styles.isDate(style)) {
            LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            return new Cell(date.toString(), null, date);
        }
        return Cell.number(number);
    }

    /** An error's text ({@code #DIV/0!}); an error cell without a code is POI's code 0, {@code #NULL!}. */
    private static String error(String code) {
        byte value = code == null ? 0 : FormulaError.forString(code).getCode();
        return FormulaError.forInt(value).getString();
    }

    /** The shared string {@code index} names, as a cell: made once, kept for every cell that names it again. */
    private Cell shared(String index) {
        int at;
        try {
            at = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return Cell.EMPTY; // POI's workbook model reads a string it cannot find as ""
        }
        if (at >= 0 && at < sharedCells.length && sharedCells[at] != null) {
            return sharedCells[at];
        }
        if (at < 0 || at >= strings.size()) {
            return Cell.EMPTY; // as POI's workbook model reads a string the table does not hold
        }
        Cell cell = Cell.text(strings.get(at));
        if (at >= sharedCells.length) {
            sharedCells = Arrays.copyOf(sharedCells, Math.max(at + 1, sharedCells.length * 2));
        }
        sharedCells[at] = cell;
        return cell;
    }

    /** {@code text} with Excel's escapes of characters XML cannot hold ({@code _x000D_}) undone, as POI does. */
    private static String decoded(String text) {
        return OoxmlText.decoded(text);
    }

    /** The column of a cell reference such as {@code AB12}, from 0. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
