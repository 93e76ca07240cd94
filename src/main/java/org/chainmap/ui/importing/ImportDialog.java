package org.chainmap.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chainmap.io.sheet.Column;
import org.chainmap.io.sheet.CsvEncoding;
import org.chainmap.io.sheet.Headers;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.RowOutcome;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.io.sheet.RowProblem;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.ui.I18n;
import org.chainmap.ui.OwnedDialog;

/**
 * File ▸ Import…, once the file is read: what each sheet was taken for, the encoding of a CSV file (found out,
 * or chosen), a meaning for each header ChainMap does not know, the counts, and every row with what it would do
 * (add, update and what changes, nothing, or why it cannot be taken). Apply hands the one change to
 * {@code apply}; Cancel changes nothing. The dialog does not block: it answers through the callback.
 */
final class ImportDialog {

    /** The ids of the dialog's controls, for tests. */
    static final String TABLE_ID = "import-rows";

    static final String COUNTS_ID = "import-counts";
    static final String ENCODING_ID = "import-encoding";
    static final String APPLY_ID = "import-apply";

    private final ImportSession session;
    private final I18n text;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label file = new Label();
    private final ChoiceBox<CsvEncoding> encoding = new ChoiceBox<>();
    private final Label sheets = new Label();
    private final GridPane headers = new GridPane();
    private final Label counts = new Label();
    private final ChoiceBox<Action> show = new ChoiceBox<>();
    private final TableView<RowOutcome> rows = new TableView<>();
    private final ButtonType apply;

    private ImportDialog(Window owner, I18n text, ImportSession session, String mapName) {
        this.session = session;
        this.text = text;
        dialog.setResizable(true);
        OwnedDialog.prepare(dialog, owner, "import");
        dialog.setTitle(text.text("dialog.import.title"));
        dialog.setHeaderText(text.text("dialog.import.header", session.source(), mapName));
        apply = new ButtonType(text.text("dialog.import.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(apply, new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(apply).setId(APPLY_ID);
        encoding.setId(ENCODING_ID);
        encoding.getItems().setAll(CsvEncoding.values());
        encoding.setConverter(converter(each -> each.in(text.locale())));
        encoding.setValue(session.encoding());
        encoding.valueProperty().addListener((o, was, now) -> chooseEncoding(now));
        show.getItems().setAll(null, Action.ADD, Action.UPDATE, Action.REFUSED, Action.UNCHANGED);
        show.setConverter(converter(this::actionFilter));
        show.setValue(null);
        show.valueProperty().addListener((o, was, now) -> fillRows());
        counts.setId(COUNTS_ID);
        // Its lines whole (the counts, then notes such as firms in no segment); the table below gives up rows.
        counts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.setId(TABLE_ID);
        columns();
        headers.setHgap(8);
        headers.setVgap(4);
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox content = new VBox(
                8,
                new HBox(8, file, encoding),
                sheets,
                headers,
                counts,
                new HBox(8, new Label(text.text("dialog.import.show")), show),
                rows);
        content.setPadding(Insets.EMPTY); // the dialog pane's content gives the margin (base.css)
        content.setPrefSize(1000, 600);
        dialog.getDialogPane().setContent(content);
        refresh();
    }

    /**
     * Shows the preview of {@code session} over {@code owner}; if the user applies it, {@code apply} gets the
     * session (whose {@link ImportSession#command()} is the change).
     */
    static Dialog<ButtonType> show(
            Window owner, I18n text, ImportSession session, String mapName, Consumer<ImportSession> apply) {
        ImportDialog view = new ImportDialog(owner, text, session, mapName);
        view.dialog.setOnHidden(event -> {
            if (view.dialog.getResult() == view.apply && session.canApply()) {
                apply.accept(session);
            }
        });
        view.dialog.show();
        return view.dialog;
    }

    private void chooseEncoding(CsvEncoding chosen) {
        try {
            session.encoding(chosen);
        } catch (SheetException e) {
            counts.setText(e.reason().text(text.locale()));
            return;
        }
        refresh();
    }

    private void refresh() {
        ImportPreview preview = session.preview();
        Locale locale = text.locale();
        if (session.isCsv()) {
            file.setText(text.text("dialog.import.csv"));
            if (preview.file().undecodable() > 0) {
                file.setText(
                        text.text("dialog.import.undecodable", preview.file().undecodable()));
            }
        } else {
            file.setText(text.text("dialog.import.workbook", preview.sheets().size()));
        }
        encoding.setVisible(session.isCsv());
        encoding.setManaged(session.isCsv());
        List<String> lines = new ArrayList<>();
        for (ImportPreview.SheetReport sheet : preview.sheets()) {
            if (sheet.filledRows() == 0) {
                continue;
            }
            if (!sheet.read()) {
                lines.add(text.text("dialog.import.sheet.unread", sheet.sheet()));
                continue;
            }
            lines.add(text.text(
                    "dialog.import.sheet.read",
                    sheet.sheet(),
                    sheet.headers().kind().in(locale),
                    sheet.headers().row() + 1,
                    sheet.blankRows(),
                    sheet.exampleRows(),
                    sheet.merged().isEmpty() ? "\u2014" : String.join(", ", sheet.merged())));
        }
        sheets.setText(String.join("\n", lines));
        fillHeaders();
        StringBuilder summary = new StringBuilder(text.text(
                "dialog.import.counts",
                preview.count(Action.ADD),
                preview.count(Action.UPDATE),
                preview.count(Action.UNCHANGED),
                preview.count(Action.REFUSED)));
        preview.notes().messages().forEach(note -> summary.append('\n').append(note.text(locale)));
        counts.setText(summary.toString());
        counts.setWrapText(true);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setText(
                session.canApply()
                        ? text.text("dialog.import.apply.rows", preview.changes())
                        : text.text("dialog.import.nothing"));
        applyButton.setDisable(!session.canApply());
        fillRows();
    }

    /** A choice of meaning for each header not known: a column of any kind, or none (not read). */
    private void fillHeaders() {
        headers.getChildren().clear();
        List<String> unknown = new ArrayList<>(session.unknownHeaders());
        session.headersOfUnreadSheets().stream()
                .filter(header -> !unknown.contains(header))
                .forEach(unknown::add);
        session.mapping().keySet().stream()
                .filter(header -> !unknown.contains(header))
                .forEach(unknown::add);
        if (unknown.isEmpty()) {
            headers.setVisible(false);
            headers.setManaged(false);
            return;
        }
        headers.setVisible(true);
        headers.setManaged(true);
        headers.add(new Label(text.text("dialog.import.unknown")), 0, 0, 4, 1);
        for (int i = 0; i < unknown.size(); i++) {
            String header = unknown.get(i);
            ChoiceBox<Column> meaning = new ChoiceBox<>();
            meaning.getItems().add(null);
            meaning.getItems().addAll(Column.values());
            meaning.setConverter(converter(column -> column == null
                    ? text.text("dialog.import.notRead")
                    : column.kind().in(text.locale()) + " \u25b8 " + column.in(text.locale())));
            String key = session.mapping().get(header);
            meaning.setValue(key == null || key.equals(Headers.IGNORE) ? null : firstWithKey(key));
            meaning.valueProperty()
                    .addListener((o, was, now) -> Platform.runLater(() -> {
                        session.map(header, now == null ? Headers.IGNORE : now.key());
                        refresh();
                    }));
            int row = 1 + i / 2;
            int column = (i % 2) * 2;
            headers.add(new Label(header), column, row);
            headers.add(meaning, column + 1, row);
        }
    }

    private static Column firstWithKey(String key) {
        for (Column column : Column.values()) {
            if (column.key().equals(key)) {
                return column;
            }
        }
        return null;
    }

    private void fillRows() {
        Action only = show.getValue();
        rows.getItems()
                .setAll(session.preview().rows().stream()
                        .filter(row -> only == null || row.action() == only)
                        .toList());
    }

    private void columns() {
        TableColumn<RowOutcome, String> sheet = new TableColumn<>(text.text("dialog.import.column.sheet"));
        sheet.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().sheet()));
        sheet.setPrefWidth(110);
        TableColumn<RowOutcome, Integer> row = new TableColumn<>(text.text("dialog.import.column.row"));
        row.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row()));
        row.setPrefWidth(50);
        TableColumn<RowOutcome, String> action = new TableColumn<>(text.text("dialog.import.column.action"));
        action.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(actionName(cell.getValue().action())));
        action.setPrefWidth(80);
        TableColumn<RowOutcome, String> what = new TableColumn<>(text.text("dialog.import.column.what"));
        what.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        what.setPrefWidth(230);
        TableColumn<RowOutcome, String> details = new TableColumn<>(text.text("dialog.import.column.details"));
        details.setCellValueFactory(cell -> new ReadOnlyStringWrapper(details(cell.getValue())));
        details.setPrefWidth(470);
        details.setCellFactory(column -> wrapping(column));
        rows.getColumns().setAll(List.of(sheet, row, action, what, details));
    }

    /** A cell whose text wraps at the column's width, so that a reason is read whole. */
    private static TableCell<RowOutcome, String> wrapping(TableColumn<RowOutcome, String> column) {
        Text wrapped = new Text();
        wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        TableCell<RowOutcome, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                wrapped.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : wrapped);
            }
        };
        wrapped.fillProperty().bind(cell.textFillProperty());
        wrapped.fontProperty().bind(cell.fontProperty());
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
        return cell;
    }

    /** What changes in an update, or why a row cannot be taken, and the remarks, one per line. */
    private String details(RowOutcome outcome) {
        Locale locale = text.locale();
        List<String> lines = new ArrayList<>();
        outcome.changes().forEach(change -> lines.add(change.text(locale)));
        for (RowProblem problem : outcome.problems()) {
            lines.add(problem.describe(locale));
        }
        return String.join("\n", lines);
    }

    private String actionName(Action action) {
        return switch (action) {
            case ADD -> text.text("dialog.import.action.add");
            case UPDATE -> text.text("dialog.import.action.update");
            case UNCHANGED -> text.text("dialog.import.action.unchanged");
            case REFUSED -> text.text("dialog.import.action.refused");
        };
    }

    private String actionFilter(Action action) {
        return action == null ? text.text("dialog.import.show.all") : actionName(action);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
