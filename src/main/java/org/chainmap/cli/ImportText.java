package org.chainmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.RowOutcome;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.io.sheet.RowProblem;
import org.chainmap.io.sheet.Table;

/**
 * The preview of an import as text: how the file was read, each sheet (its kind, its header row, the columns not
 * read, merged cells, empty rows), the counts, then every row added, updated (with each field that changes),
 * refused (with each reason, its column and row), and the remarks on rows taken.
 */
final class ImportText {

    private ImportText() {}

    static void write(ImportPreview preview, Console console) {
        Locale locale = console.messages().locale();
        if (preview.file().workbook()) {
            console.out()
                    .println(console.text(
                            "import.file.workbook",
                            preview.source(),
                            preview.sheets().size()));
        } else {
            console.out()
                    .println(console.text(
                            preview.file().bom() ? "import.file.csvBom" : "import.file.csv",
                            preview.source(),
                            preview.file().encoding().in(locale)));
            if (preview.file().undecodable() > 0) {
                console.out()
                        .println(console.text(
                                "import.file.undecodable",
                                preview.file().undecodable(),
                                preview.file().encoding().in(locale)));
            }
        }
        for (ImportPreview.SheetReport sheet : preview.sheets()) {
            writeSheet(sheet, console);
        }
        console.out()
                .println(console.text(
                        "import.counts",
                        preview.count(Action.ADD),
                        preview.count(Action.UPDATE),
                        preview.count(Action.UNCHANGED),
                        preview.count(Action.REFUSED)));
        ImportNotesText.write(preview.notes(), console);
        section(preview, Action.ADD, "import.section.add", console);
        section(preview, Action.UPDATE, "import.section.update", console);
        section(preview, Action.REFUSED, "import.section.refused", console);
        List<RowOutcome> remarked = preview.rows().stream()
                .filter(row -> row.action() != Action.REFUSED && !row.remarks().isEmpty())
                .toList();
        if (!remarked.isEmpty()) {
            console.out().println(console.text("import.section.remarks"));
            for (RowOutcome row : remarked) {
                console.out().println(rowLine(row, console));
                row.remarks().forEach(remark -> console.out()
                        .println("      " + TerminalText.visible(remark.describe(locale))));
            }
        }
    }

    private static void writeSheet(ImportPreview.SheetReport sheet, Console console) {
        if (sheet.filledRows() == 0) {
            return;
        }
        if (!sheet.read()) {
            console.out().println(console.text("import.sheet.unread", sheet.sheet()));
            return;
        }
        Locale locale = console.messages().locale();
        console.out()
                .println(console.text(
                        "import.sheet.read",
                        sheet.sheet(),
                        sheet.headers().kind().in(locale),
                        sheet.headers().row() + 1));
        Map<Integer, String> unread = sheet.headers().unread();
        if (!unread.isEmpty()) {
            List<String> columns = new ArrayList<>();
            unread.forEach(
                    (index, header) -> columns.add(console.text("import.column", Table.columnName(index), header)));
            console.out().println(console.text("import.sheet.unknown", String.join(", ", columns)));
        }
        if (!sheet.merged().isEmpty()) {
            console.out().println(console.text("import.sheet.merged", String.join(", ", sheet.merged())));
        }
        if (sheet.blankRows() > 0) {
            console.out().println(console.text("import.sheet.blank", sheet.blankRows()));
        }
        if (sheet.exampleRows() > 0) {
            console.out().println(console.text("import.sheet.examples", sheet.exampleRows()));
        }
    }

    private static void section(ImportPreview preview, Action action, String key, Console console) {
        List<RowOutcome> rows = preview.rows(action);
        if (rows.isEmpty()) {
            return;
        }
        Locale locale = console.messages().locale();
        console.out().println(console.text(key));
        for (RowOutcome row : rows) {
            console.out().println(rowLine(row, console));
            row.changes()
                    .forEach(change -> console.out().println("      " + TerminalText.visible(change.text(locale))));
            for (RowProblem reason : row.reasons()) {
                console.out().println("      " + TerminalText.visible(reason.describe(locale)));
            }
        }
    }

    private static String rowLine(RowOutcome row, Console console) {
        return console.text("import.row", row.sheet(), row.row(), row.label() == null ? "" : row.label());
    }
}
