package org.chainmap.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.chainmap.model.Problem;

/**
 * A dialog listing the problems of a map file, one per line as {@code validate} prints them: why a file
 * could not be opened, or the warnings and notes of one that could.
 */
final class ProblemDialog {

    /** The id of the list of problems, for tests. */
    static final String LIST_ID = "problemList";

    private ProblemDialog() {}

    /**
     * The dialog saying that {@code fileName} could not be opened, listing {@code problems}, and what the
     * window shows instead ({@code consequence}, already translated).
     */
    static Alert openFailed(Window owner, I18n text, String fileName, List<Problem> problems, String consequence) {
        Alert alert = create(owner, Alert.AlertType.ERROR, text, problems, consequence);
        alert.setTitle(text.text("dialog.openFailed.title"));
        alert.setHeaderText(text.text("dialog.openFailed.header", fileName, problems.size()));
        return alert;
    }

    /** The dialog saying that the map could not be saved to {@code fileName} because of its {@code problems}. */
    static Alert saveRefused(Window owner, I18n text, String fileName, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        Alert alert = create(owner, Alert.AlertType.ERROR, text, problems, text.text("dialog.saveRefused.kept"));
        alert.setTitle(text.text("dialog.saveFailed.title"));
        alert.setHeaderText(text.text("dialog.saveRefused.header", fileName, errors.size()));
        return alert;
    }

    /** The dialog listing the warnings and notes of the open map {@code fileName}. */
    static Alert warnings(Window owner, I18n text, String fileName, List<Problem> problems) {
        Alert alert = create(owner, Alert.AlertType.INFORMATION, text, problems, null);
        alert.setTitle(text.text("dialog.problems.title"));
        alert.setHeaderText(text.text("dialog.problems.header", fileName, problems.size()));
        return alert;
    }

    private static Alert create(
            Window owner, Alert.AlertType type, I18n text, List<Problem> problems, String consequence) {
        Alert alert = new Alert(type, "", OkButton.of(text));
        if (owner != null) {
            alert.initOwner(owner);
        }
        Styles.apply(alert.getDialogPane());
        TextArea list = new TextArea(problems.stream()
                .map(problem -> problem.describe(text.locale()))
                .collect(Collectors.joining("\n")));
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.PROBLEM_LIST);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefColumnCount(70);
        list.setPrefRowCount(Math.min(Math.max(problems.size() + 1, 4), 14));
        list.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(10, list);
        if (consequence != null) {
            content.getChildren().add(new Label(consequence));
        }
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return alert;
    }
}
