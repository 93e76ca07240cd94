package org.chainmap.ui.map;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chainmap.edit.Command;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.edit.EditSegment;
import org.chainmap.layout.Placement;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.Viewport;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;

/**
 * Renaming on the map ({@code F2}): a text field over the selected firm's card, or over the header of the
 * selected segment's box, holding the name shown. {@code Enter} renames, as one step ({@link
 * EditEnterprise#rename}, {@link EditSegment#rename}: a segment's English name when the interface shows it);
 * {@code Esc} cancels. A name the map refuses (an empty one) keeps the field open, marked invalid, with the
 * reason under it; nothing changes. Leaving the field renames if the map accepts the name, else cancels.
 */
public final class InlineRename {

    /** The id of the text field, for tests. */
    public static final String FIELD_ID = "inline-rename";

    /** The id of the reason a name was refused, for tests. */
    public static final String MESSAGE_ID = "inline-rename-message";

    /** The least width of the field on screen, in pixels, however small the card is drawn. */
    private static final double MIN_WIDTH = 200;

    private final ChainCanvas canvas;
    private final MainViewModel model;
    private final TextField field = new TextField();
    private final Label message = new Label();
    /** The firm being renamed; {@code null} for a segment. */
    private String firm;
    /** The segment being renamed, or the one whose box holds the firm's card. */
    private String segment;

    private boolean open;

    InlineRename(ChainCanvas canvas, MainViewModel model) {
        this.canvas = canvas;
        this.model = model;
        field.setId(FIELD_ID);
        field.getStyleClass().add(Styles.INLINE_EDITOR);
        message.setId(MESSAGE_ID);
        message.getStyleClass().addAll(Styles.FIELD_MESSAGE, Styles.INLINE_EDITOR);
        field.setManaged(false);
        message.setManaged(false);
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                commit(false);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        field.textProperty().addListener((o, was, now) -> clearMessage());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && open) {
                commit(true);
            }
        });
        model.revisionProperty().addListener((o, was, now) -> {
            if (open && bounds() == null) {
                close();
            }
        });
    }

    /** Whether the field is shown. */
    boolean isOpen() {
        return open;
    }

    /**
     * Opens the field over {@code selected}, brought into view and large enough to read.
     *
     * @return whether it opened: the selection is drawn on the map
     */
    boolean start(Selection selected) {
        close();
        firm = selected instanceof Selection.OfEnterprise chosen
                ? chosen.enterprise().id()
                : null;
        segment = selected.segment().id();
        Rect target = bounds();
        if (target == null) {
            return false;
        }
        canvas.bringIntoView(target);
        field.setText(currentName());
        clearMessage();
        open = true;
        canvas.showEditor(field, message);
        place();
        field.requestFocus();
        field.selectAll();
        return true;
    }

    /** Keeps the field over its card or box as the view moves. */
    void place() {
        Rect target = open ? bounds() : null;
        if (target == null) {
            return;
        }
        Viewport view = canvas.viewport();
        double x = (target.x() - view.x()) * view.scale();
        double y = (target.y() - view.y()) * view.scale();
        double height = Math.max(28, field.prefHeight(-1));
        double width = Math.max(MIN_WIDTH, target.width() * view.scale());
        double top = firm != null
                ? y + (target.height() * view.scale() - height) / 2
                : y + (Placement.HEADER * view.scale() - height) / 2;
        field.resizeRelocate(x, top, width, height);
        message.resizeRelocate(x, top + height + 2, width, Math.max(message.prefHeight(width), 22));
    }

    /** The card or box being renamed, as drawn now; {@code null} when it is not. */
    private Rect bounds() {
        var geometry = canvas.geometry();
        if (geometry == null) {
            return null;
        }
        return firm != null ? geometry.cards().get(firm) : geometry.segments().get(segment);
    }

    private String currentName() {
        RegionMap map = model.map().orElseThrow();
        return firm != null
                ? map.enterprise(firm).orElseThrow().name()
                : model.displayName(map.segment(segment).orElseThrow());
    }

    /** Renames as the field says; keeps the field open with the reason if refused, unless {@code leaving}. */
    private void commit(boolean leaving) {
        RegionMap map = model.map().orElse(null);
        if (map == null || field.getText().equals(currentName())) {
            close();
            return;
        }
        Optional<String> refused = model.perform(command(map, field.getText()));
        if (refused.isEmpty() || leaving) {
            close();
        } else {
            field.pseudoClassStateChanged(Styles.INVALID, true);
            message.setText(refused.get());
            message.setVisible(true);
            place();
        }
    }

    private Command command(RegionMap map, String name) {
        if (firm != null) {
            return EditEnterprise.rename(map, firm, name);
        }
        Segment shown = map.segment(segment).orElseThrow();
        boolean english = !model.texts().isChinese() && shown.nameEn() != null;
        return english
                ? EditSegment.rename(map, segment, shown.name(), name)
                : EditSegment.rename(map, segment, name, shown.nameEn());
    }

    private void clearMessage() {
        field.pseudoClassStateChanged(Styles.INVALID, false);
        message.setText("");
        message.setVisible(false);
    }

    /** Takes the field away and gives the keyboard back to the map. */
    void close() {
        if (!open) {
            return;
        }
        open = false;
        canvas.hideEditor(field, message);
        canvas.requestFocus();
    }
}
