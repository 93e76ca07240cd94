package org.chainmap.io.sheet;

import java.util.List;
import java.util.Objects;
import org.chainmap.model.RegionMap;

/**
 * What an import would do, shown before anything changes: for every row, whether it adds, updates, finds
 * already there or cannot be taken (with the row, the column and the reason); for every sheet, what it was
 * taken for and which headers were not read. {@link #incoming()} holds what the import brings as a partial
 * map, for {@code edit.Merge} to turn into one undoable change of the map the preview was made on.
 *
 * @param source the file's name
 * @param file how the file was read (sheets, encoding)
 * @param sheets one report per sheet, in the file's order
 * @param rows one outcome per row that is not empty, sheet by sheet in the order they are read
 * @param incoming what the import brings: the new and changed parts, as a partial map
 * @param notes what the import as a whole should tell the user (new chains, firms in no segment, local firms)
 */
public record ImportPreview(
        String source,
        SheetFile.Loaded file,
        List<SheetReport> sheets,
        List<RowOutcome> rows,
        RegionMap incoming,
        ImportNotes notes) {

    /** Checks the fields and copies the lists. */
    public ImportPreview {
        Objects.requireNonNull(source, "source");
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
        Objects.requireNonNull(incoming, "incoming");
        notes = notes == null ? ImportNotes.NONE : notes;
    }

    /** A preview with nothing to note beside its rows. */
    public ImportPreview(
            String source, SheetFile.Loaded file, List<SheetReport> sheets, List<RowOutcome> rows, RegionMap incoming) {
        this(source, file, sheets, rows, incoming, ImportNotes.NONE);
    }

    /** The rows that do {@code action}. */
    public List<RowOutcome> rows(RowOutcome.Action action) {
        return rows.stream().filter(row -> row.action() == action).toList();
    }

    /** How many rows do {@code action}. */
    public int count(RowOutcome.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }

    /** How many rows change the map: those that add and those that update. */
    public int changes() {
        return count(RowOutcome.Action.ADD) + count(RowOutcome.Action.UPDATE);
    }

    /** Whether some rows cannot be taken. */
    public boolean hasRefusals() {
        return count(RowOutcome.Action.REFUSED) > 0;
    }

    /**
     * What became of one sheet.
     *
     * @param sheet its name
     * @param headers its header row and columns; {@code null} when no header row was recognised
     * @param filledRows how many of its rows hold something, the header row included
     * @param blankRows how many empty rows below the header row were passed over
     * @param exampleRows how many rows were the template's examples and passed over
     * @param merged the merged ranges whose value was copied into each cell ({@code C5:C9})
     */
    public record SheetReport(
            String sheet, Headers headers, int filledRows, int blankRows, int exampleRows, List<String> merged) {

        /** Copies the list. */
        public SheetReport {
            merged = List.copyOf(merged);
        }

        /** Whether the sheet was recognised and read. */
        public boolean read() {
            return headers != null;
        }
    }
}
