package org.chainmap.ui.compare;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapVersion;
import org.chainmap.io.RecoveryStore;
import org.chainmap.ui.I18n;
import org.chainmap.ui.OwnedDialog;

/**
 * File ▸ Compare with…: which older version to compare the map open with: a map file, the map's backup (the
 * version before the last save), its recovery copy, or, when the file is in a git repository, a revision. Gives the
 * version as {@link MapVersion} names it.
 */
final class CompareDialog {

    /** The id of the dialog's field for a git revision, for tests. */
    static final String REVISION_ID = "compareRevision";

    private CompareDialog() {}

    /** Asks which version to compare {@code file} (the map open; {@code null}: never saved) with. */
    static Optional<String> ask(Window owner, I18n text, Path file) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(text.text("compare.dialog.title"));
        dialog.setHeaderText(text.text("compare.dialog.header"));
        ToggleGroup group = new ToggleGroup();
        RadioButton other = option(text.text("compare.dialog.file"), group);
        Label chosen = new Label();
        Button choose = new Button(text.text("compare.dialog.choose"));
        File[] picked = new File[1];
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.text("compare.dialog.title"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(text.text("dialog.open.filter"), "*.json"));
            if (file != null && file.getParent() != null) {
                chooser.setInitialDirectory(file.getParent().toFile());
            }
            File open =
                    OwnedDialog.open(chooser, dialog.getDialogPane().getScene().getWindow());
            if (open != null) {
                picked[0] = open;
                chosen.setText(open.getName());
                other.setSelected(true);
            }
        });
        RadioButton backup = option(text.text("compare.dialog.backup"), group);
        RadioButton recovery = option(text.text("compare.dialog.recovery"), group);
        RadioButton git = option(text.text("compare.dialog.git"), group);
        TextField revision = new TextField("HEAD");
        revision.setId(REVISION_ID);
        revision.setPrefColumnCount(12);
        boolean saved = file != null;
        backup.setDisable(!saved || !Files.isRegularFile(MapFile.backupOf(file)));
        recovery.setDisable(!saved
                || new RecoveryStore(RecoveryStore.defaultDir()).copiesOf(file).isEmpty());
        boolean inGit = saved
                && file.getParent() != null
                && MapVersion.inGit(file.toAbsolutePath().getParent());
        git.setDisable(!inGit);
        revision.setDisable(!inGit);
        revision.textProperty().addListener((property, was, now) -> git.setSelected(true));
        other.setSelected(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, other, choose, chosen);
        grid.addRow(1, backup);
        grid.addRow(2, recovery);
        grid.addRow(3, git, revision);
        dialog.getDialogPane().setContent(grid);
        ButtonType compare = new ButtonType(text.text("compare.dialog.compare"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(compare, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(compare)
                .disableProperty()
                .bind(other.selectedProperty().and(chosen.textProperty().isEmpty()));
        dialog.setResultConverter(button -> {
            if (button != compare) {
                return null;
            }
            if (other.isSelected()) {
                return picked[0] == null ? null : picked[0].getPath();
            }
            if (backup.isSelected()) {
                return MapVersion.BACKUP + file;
            }
            if (recovery.isSelected()) {
                return MapVersion.RECOVERY + file;
            }
            return MapVersion.GIT + revision.getText().strip() + ":./" + file.getFileName();
        });
        OwnedDialog.prepare(dialog, owner, "compare");
        return dialog.showAndWait();
    }

    private static RadioButton option(String words, ToggleGroup group) {
        RadioButton button = new RadioButton(words);
        button.setToggleGroup(group);
        return button;
    }
}
