package org.chainmap.ui.files;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.OkButton;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.Styles;

/**
 * A dialog listing the problems of a map file, one per line as {@code validate} prints them: why a file
 * could not be opened, or the warnings and notes of one that could.
 */
public final class ProblemDialog {

    /** The id of the list of problems, for tests. */
    public static final String LIST_ID = "problemList";

    /** The id of the list of the open map's problems in words, for tests. */
    static final String WORDS_ID = "problemWords";

    private ProblemDialog() {}

    /**
     * The dialog saying that {@code fileName} could not be opened, listing {@code problems}, and what the
     * window shows instead ({@code consequence}, already translated).
     */
    public static Alert openFailed(
            Window owner, I18n text, String fileName, List<Problem> problems, String consequence) {
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

    /**
     * The dialog listing the warnings and notes of the open map {@code fileName}, {@code map}, in words
     * ({@link ProblemWords}): a click on one hands it to {@code go} (which selects what it is about) and closes
     * the dialog.
     */
    public static Alert warnings(
            Window owner,
            I18n text,
            String fileName,
            RegionMap map,
            List<Problem> problems,
            Consumer<ProblemWords> go) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", OkButton.of(text));
        OwnedDialog.prepare(alert, owner, "problems");
        alert.setTitle(text.text("dialog.problems.title"));
        alert.setHeaderText(text.text("dialog.problems.header", fileName, problems.size()));
        ListView<ProblemWords> list = new ListView<>();
        list.setId(WORDS_ID);
        list.getStyleClass().add(Styles.PROBLEM_LIST);
        list.getItems()
                .setAll(problems.stream()
                        .map(problem -> ProblemWords.of(map, problem, text))
                        .toList());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemWords item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.line());
                setWrapText(true);
                setPrefWidth(0);
                setTooltip(
                        empty || item == null || item.selectable()
                                ? null
                                : new Tooltip(text.text("dialog.problems.nowhere")));
                setOnMouseClicked(event -> {
                    if (item != null && item.selectable()) {
                        go.accept(item);
                        alert.close();
                    }
                });
            }
        });
        list.setPrefSize(720, Math.min(Math.max(problems.size() + 1, 4), 14) * 30.0);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(10, list, new Label(text.text("dialog.problems.select"))));
        alert.setResizable(true);
        return alert;
    }

    private static Alert create(
            Window owner, Alert.AlertType type, I18n text, List<Problem> problems, String consequence) {
        Alert alert = new Alert(type, "", OkButton.of(text));
        OwnedDialog.prepare(alert, owner, null);
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
