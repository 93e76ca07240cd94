package org.chainmap.ui.details;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chainmap.ui.Styles;

/**
 * One editable property of the selection in the details pane: a text field holding the value as the map has
 * it, and under it the reason a value was refused. {@code Enter} or leaving the field commits the value as
 * one command; a value the map refuses (or that cannot be read, such as a revenue that is not a number)
 * marks the field invalid with the reason, and the map keeps its value. {@code Esc} puts the map's value
 * back.
 */
final class PropertyField {

    private final TextField field = new TextField();
    private final Label message = new Label();
    /** Carries out a value typed: the reason it was refused, or empty when it was taken. */
    private final Function<String, Optional<String>> commit;
    /** The value as the map has it. */
    private String shown = "";
    /** Whether the field no longer belongs to the pane, which then takes no more values from it. */
    private boolean detached;

    /**
     * A field with the id {@code id} (its message: {@code id-message}).
     *
     * @param commit carries out a value typed and says why it was refused, if it was
     */
    PropertyField(String id, Function<String, Optional<String>> commit) {
        this.commit = commit;
        field.setId(id);
        message.setId(id + "-message");
        message.getStyleClass().add(Styles.FIELD_MESSAGE);
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && (!field.getText().equals(shown) || isInvalid())) {
                field.setText(shown);
                clear();
                event.consume();
            }
        });
    }

    /** The text field. */
    TextField field() {
        return field;
    }

    /** The reason a value was refused, shown under the field when there is one. */
    Label message() {
        return message;
    }

    /** Shows {@code value} as the map has it now (an empty field for none); a refused value typed stays. */
    void show(String value) {
        shown = value == null ? "" : value;
        if (!isInvalid()) {
            field.setText(shown);
        }
    }

    /** Takes no more values: the pane shows something else. */
    void detach() {
        detached = true;
    }

    /** Whether the field holds a value that was refused. */
    boolean isInvalid() {
        return message.isVisible();
    }

    /** Commits the value typed, unless it is the map's. */
    void commit() {
        if (detached) {
            return;
        }
        String typed = field.getText();
        if (Objects.equals(typed, shown)) {
            clear();
            return;
        }
        Optional<String> refused = commit.apply(typed);
        if (refused.isPresent()) {
            field.pseudoClassStateChanged(Styles.INVALID, true);
            message.setText(refused.get());
            message.setManaged(true);
            message.setVisible(true);
        } else {
            clear();
            field.setText(shown); // as the map has it now: "15亿" reads back as 1500000000
        }
    }

    private void clear() {
        field.pseudoClassStateChanged(Styles.INVALID, false);
        message.setText("");
        message.setManaged(false);
        message.setVisible(false);
    }
}
