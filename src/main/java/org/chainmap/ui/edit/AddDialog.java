package org.chainmap.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chainmap.edit.AddEnterprise;
import org.chainmap.edit.AddSegment;
import org.chainmap.edit.Command;
import org.chainmap.edit.NewIds;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.Styles;

/**
 * The small dialogs that add a firm to a segment or a segment to a chain: a name (and whether the firm is
 * local, or the segment's stage). Add performs one command ({@link AddEnterprise}, {@link AddSegment}); a
 * name the map refuses keeps the dialog open with the reason. The rest is edited afterwards in the details.
 */
final class AddDialog {

    /** The id of the dialog's pane, for tests. */
    static final String ID = "add-dialog";

    /** The id of the name field. */
    static final String NAME_ID = "add-name";

    /** The id of the reason a name was refused. */
    static final String MESSAGE_ID = "add-message";

    /** The id of the firm's local check box. */
    static final String LOCAL_ID = "add-local";

    /** The id of the segment's stage choice. */
    static final String STAGE_ID = "add-stage";

    private AddDialog() {}

    /**
     * Asks for a new firm of {@code segment} and adds it.
     *
     * @return the new firm's id; empty when cancelled
     */
    static Optional<String> firm(Window owner, MainViewModel model, Segment segment) {
        I18n text = model.texts();
        CheckBox local = new CheckBox(text.text("form.local"));
        local.setId(LOCAL_ID);
        local.setSelected(true);
        return ask(
                owner,
                model,
                text.text("dialog.addFirm.title"),
                text.text("dialog.addFirm.header", model.displayName(segment)),
                List.of(local),
                (map, name) -> {
                    String id = NewIds.enterprise(map);
                    return new Added(
                            id, new AddEnterprise(Enterprise.of(id, name, local.isSelected(), List.of(segment.id()))));
                });
    }

    /**
     * Asks for a new segment of {@code chain}, in {@code stage} unless the user chooses another, and adds it.
     *
     * @return the new segment's id; empty when cancelled
     */
    static Optional<String> segment(Window owner, MainViewModel model, Chain chain, Stage stage) {
        I18n text = model.texts();
        ChoiceBox<Stage> stages = new ChoiceBox<>();
        stages.setId(STAGE_ID);
        stages.getItems().setAll(Stage.values());
        stages.setValue(stage);
        stages.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage each) {
                return each == null ? "" : text.stage(each);
            }

            @Override
            public Stage fromString(String string) {
                return null;
            }
        });
        Label stageName = new Label(text.text("details.stage"));
        stageName.setLabelFor(stages);
        return ask(
                owner,
                model,
                text.text("dialog.addSegment.title"),
                text.text("dialog.addSegment.header", model.displayName(chain)),
                List.of(stageName, stages),
                (map, name) -> {
                    String id = NewIds.segment(map, chain.id());
                    return new Added(id, new AddSegment(chain.id(), Segment.of(id, name, stages.getValue())));
                });
    }

    /** A command that adds something, and the id of what it adds. */
    private record Added(String id, Command command) {}

    private static Optional<String> ask(
            Window owner,
            MainViewModel model,
            String title,
            String header,
            List<Node> more,
            java.util.function.BiFunction<RegionMap, String, Added> adding) {
        I18n text = model.texts();
        Dialog<ButtonType> dialog = OwnedDialog.prepare(new Dialog<>(), owner, null);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(ID);
        ButtonType add = new ButtonType(text.text("dialog.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText(text.text("form.name"));
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.FIELD_MESSAGE);
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        name.textProperty().addListener((o, was, now) -> {
            name.pseudoClassStateChanged(Styles.INVALID, false);
            message.setVisible(false);
            message.setManaged(false);
        });
        Label nameLabel = new Label(text.text("form.name"));
        nameLabel.setLabelFor(name);
        VBox content = new VBox(6, nameLabel, name, message);
        content.getChildren().addAll(more);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        String[] added = new String[1];
        Function<String, Optional<String>> perform = typed -> {
            Added adds = adding.apply(model.map().orElseThrow(), typed);
            Optional<String> refused = model.perform(adds.command());
            if (refused.isEmpty()) {
                added[0] = adds.id();
            }
            return refused;
        };
        dialog.getDialogPane().lookupButton(add).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> refused = perform.apply(name.getText());
            if (refused.isPresent()) {
                name.pseudoClassStateChanged(Styles.INVALID, true);
                message.setText(refused.get());
                message.setVisible(true);
                message.setManaged(true);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        Platform.runLater(name::requestFocus);
        dialog.showAndWait();
        return Optional.ofNullable(added[0]);
    }
}
