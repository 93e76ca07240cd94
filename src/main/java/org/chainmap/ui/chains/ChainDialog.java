package org.chainmap.ui.chains;

import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.chainmap.model.Chain;
import org.chainmap.ui.I18n;
import org.chainmap.ui.OkButton;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.Styles;

/**
 * A chain's own fields in a dialog, for adding a chain and for editing one: name, English name, colour
 * (automatic or chosen), chief, promotion office and host park. OK hands the chain to an action that
 * performs the command; when the command is refused the dialog stays open with the reason under the
 * fields, so nothing typed is lost.
 */
final class ChainDialog {

    /** The id of the dialog's name field, for tests. */
    static final String NAME_ID = "chainName";

    private ChainDialog() {}

    /**
     * Shows the dialog for {@code chain} until it is cancelled or {@code perform} accepts what was typed.
     *
     * @param perform performs the edited chain; returns the refusal, empty when it was done
     * @return the chain as performed; empty when cancelled
     */
    static Optional<Chain> show(
            Window owner,
            I18n text,
            String title,
            Chain chain,
            int position,
            Function<Chain, Optional<String>> perform) {
        Dialog<ButtonType> dialog = OwnedDialog.prepare(new Dialog<>(), owner, null);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        TextField name = field(chain.name());
        name.setId(NAME_ID);
        TextField nameEn = field(chain.nameEn());
        CheckBox automatic = new CheckBox(text.text("chainDialog.automaticColor"));
        automatic.setSelected(chain.color() == null);
        ColorPicker color = new ColorPicker(Styles.chainColor(chain.color(), position));
        color.disableProperty().bind(automatic.selectedProperty());
        TextField chief = field(chain.chief());
        TextField office = field(chain.leadOffice());
        TextField park = field(chain.hostPark());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(text.text("chainDialog.name")), name);
        grid.addRow(row++, new Label(text.text("chainDialog.nameEn")), nameEn);
        grid.addRow(row++, new Label(text.text("chainDialog.color")), colourRow(color, automatic));
        grid.addRow(row++, new Label(text.text("chainDialog.chief")), chief);
        grid.addRow(row++, new Label(text.text("chainDialog.office")), office);
        grid.addRow(row, new Label(text.text("chainDialog.park")), park);
        Label refusal = new Label();
        refusal.getStyleClass().add(Styles.REFUSAL);
        refusal.setWrapText(true);
        refusal.setMaxWidth(420);
        VBox content = new VBox(10, grid, refusal);
        content.setPadding(Insets.EMPTY); // the dialog pane's content gives the margin (base.css)
        dialog.getDialogPane().setContent(content);
        ButtonType ok = OkButton.of(text);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(ok, new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Chain[] done = new Chain[1];
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            Chain edited = new Chain(
                    chain.id(),
                    name.getText(),
                    typed(nameEn),
                    automatic.isSelected() ? null : colour(chain.color(), color.getValue()),
                    typed(chief),
                    typed(office),
                    typed(park),
                    chain.segments(),
                    chain.lists(),
                    chain.pins(),
                    chain.provenance(),
                    chain.extra());
            Optional<String> refused = perform.apply(edited);
            if (refused.isPresent()) {
                refusal.setText(refused.get());
                event.consume(); // the dialog stays open with what was typed
            } else {
                done[0] = edited;
            }
        });
        dialog.setOnShown(event -> name.requestFocus());
        dialog.showAndWait();
        return Optional.ofNullable(done[0]);
    }

    /** The colour picker with its "automatic" box beside it, neither squeezed. */
    private static javafx.scene.layout.HBox colourRow(ColorPicker color, CheckBox automatic) {
        color.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(12, color, automatic);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** The colour picked as {@code #rrggbb}; the chain's own spelling of it when it was not changed. */
    private static String colour(String before, javafx.scene.paint.Color picked) {
        String written = Styles.css(picked);
        return before != null && before.equalsIgnoreCase(written) ? before : written;
    }

    /** What was typed in an optional field: {@code null} when it was left blank. */
    private static String typed(TextField field) {
        String text = field.getText();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TextField field(String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setPrefColumnCount(24);
        return field;
    }
}
