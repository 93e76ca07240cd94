package org.chainmap.ui.present;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chainmap.analysis.GapKind;
import org.chainmap.edit.SetPresentation;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.StepKind;
import org.chainmap.render.Story;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OkButton;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.present.ArrangeModel.Entry;
import org.chainmap.ui.present.ArrangeModel.Part;

/**
 * View ▸ Presentation ▸ Arrange…: which chains and steps a presentation shows, in what order, with a short
 * note per step. On the left the parts (the opening panorama, the chains, the closing panorama), ticked when
 * shown, moved with Up and Down; on the right the steps of the part chosen, ticked, moved, and the note of
 * the step chosen. OK saves the arrangement in the map as one undoable change ({@link SetPresentation});
 * Whole story goes back to the brief story of every chain (title, a table per kind of gap, summary), Full
 * detail to the full one (each stage and each gap one by one), both without notes.
 */
public final class ArrangeDialog {

    /** The ids of the dialog's lists and note field, for tests. */
    static final String PARTS_ID = "arrangeParts";

    static final String STEPS_ID = "arrangeSteps";
    static final String NOTE_ID = "arrangeNote";
    static final String FULL_ID = "arrangeFull";

    private ArrangeDialog() {}

    /** Shows the dialog for the open map, and performs the arrangement when OK is chosen. */
    public static void arrange(Window owner, MainViewModel model) {
        RegionMap map = model.map().orElse(null);
        if (map == null) {
            return;
        }
        ArrangeModel arrangement = new ArrangeModel(map, model.gaps().reports());
        create(owner, model, arrangement).showAndWait().ifPresent(presentation -> {
            if (!presentation.equals(map.presentation())) {
                model.perform(new SetPresentation(presentation));
            }
        });
    }

    /** The dialog, not yet shown; its result is the presentation arranged, or empty when cancelled. */
    static Dialog<Presentation> create(Window owner, MainViewModel model, ArrangeModel arrangement) {
        I18n text = model.texts();
        Dialog<Presentation> dialog = OwnedDialog.prepare(new Dialog<>(), owner, "arrange");
        dialog.setTitle(text.text("arrange.title"));
        dialog.setHeaderText(text.text("arrange.header"));
        dialog.setResizable(true);

        ListView<Part> parts = new ListView<>(arrangement.parts());
        parts.setId(PARTS_ID);
        parts.setCellFactory(CheckBoxListCell.forListView(part -> part.shown, converter(part -> name(model, part))));
        ListView<Entry> steps = new ListView<>();
        steps.setId(STEPS_ID);
        steps.setCellFactory(
                CheckBoxListCell.forListView(entry -> entry.shown, converter(entry -> name(model, entry))));
        TextField note = noteOf(steps, text);
        parts.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            steps.setItems(now == null ? null : now.steps);
            steps.getSelectionModel().selectFirst();
        });

        Button partUp = button(text.text("arrange.up"), () -> {
            Part part = parts.getSelectionModel().getSelectedItem();
            arrangement.move(part, -1);
            parts.getSelectionModel().select(part);
        });
        Button partDown = button(text.text("arrange.down"), () -> {
            Part part = parts.getSelectionModel().getSelectedItem();
            arrangement.move(part, 1);
            parts.getSelectionModel().select(part);
        });
        Button stepUp = button(text.text("arrange.up"), () -> moveStep(arrangement, parts, steps, -1));
        Button stepDown = button(text.text("arrange.down"), () -> moveStep(arrangement, parts, steps, 1));
        Button whole = button(text.text("arrange.whole"), () -> {
            arrangement.wholeStory(Story.Detail.BRIEF);
            parts.getSelectionModel().selectFirst();
        });
        Button full = button(text.text("arrange.full"), () -> {
            arrangement.wholeStory(Story.Detail.FULL);
            parts.getSelectionModel().selectFirst();
        });
        full.setId(FULL_ID);

        VBox left =
                new VBox(8, new Label(text.text("arrange.parts")), parts, new HBox(8, partUp, partDown, whole, full));
        VBox right = new VBox(
                8,
                new Label(text.text("arrange.steps")),
                steps,
                new HBox(8, stepUp, stepDown),
                new Label(text.text("arrange.note")),
                note);
        VBox.setVgrow(parts, Priority.ALWAYS);
        VBox.setVgrow(steps, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        parts.setPrefSize(340, 420);
        steps.setPrefSize(420, 420);
        HBox content = new HBox(16, left, right);
        content.setPadding(Insets.EMPTY); // the dialog pane's content gives the margin (base.css)
        dialog.getDialogPane().setContent(content);
        ButtonType ok = OkButton.of(text);
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(ok, new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? arrangement.result() : null);
        parts.getSelectionModel().selectFirst();
        guard((Button) dialog.getDialogPane().lookupButton(ok), arrangement);
        return dialog;
    }

    /** The field of the note of the step chosen in {@code steps}, which it edits as it is typed. */
    private static TextField noteOf(ListView<Entry> steps, I18n text) {
        TextField note = new TextField();
        note.setId(NOTE_ID);
        note.setPromptText(text.text("arrange.note.prompt"));
        note.setDisable(true);
        ChangeListener<Entry> showNote = (o, was, now) -> {
            if (was != null) {
                note.textProperty().unbindBidirectional(was.note);
            }
            note.setText("");
            if (now != null) {
                note.setText(now.note.get());
                note.textProperty().bindBidirectional(now.note);
            }
            note.setDisable(now == null);
        };
        steps.getSelectionModel().selectedItemProperty().addListener(showNote);
        return note;
    }

    /** Nothing ticked would be read as the whole story: OK waits for at least one step. */
    private static void guard(Button ok, ArrangeModel arrangement) {
        InvalidationListener check = o -> ok.setDisable(arrangement.count() == 0);
        Runnable watch = () -> arrangement.parts().forEach(part -> {
            part.shown.addListener(check);
            part.steps.forEach(entry -> entry.shown.addListener(check));
        });
        arrangement.parts().addListener((InvalidationListener) o -> {
            watch.run();
            check.invalidated(o);
        });
        watch.run();
        check.invalidated(null);
    }

    private static void moveStep(ArrangeModel arrangement, ListView<Part> parts, ListView<Entry> steps, int by) {
        Part part = parts.getSelectionModel().getSelectedItem();
        Entry entry = steps.getSelectionModel().getSelectedItem();
        if (part != null && entry != null) {
            arrangement.move(part, entry, by);
            steps.getSelectionModel().select(entry);
        }
    }

    private static Button button(String label, Runnable action) {
        Button button = new Button(label);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the list is not edited as text");
            }
        };
    }

    /** A part's name in the list: the chain's, or which panorama. */
    static String name(MainViewModel model, Part part) {
        if (part.chain == null) {
            return model.texts().text(part.closing ? "arrange.panorama.closing" : "arrange.panorama.opening");
        }
        return model.displayName(part.chain);
    }

    /** A step's name in the list, with its note when it has one. */
    static String name(MainViewModel model, Entry entry) {
        I18n text = model.texts();
        Presentation.Step step = entry.step;
        String name =
                switch (step.step()) {
                    case PANORAMA -> text.text("arrange.step.panorama");
                    case TITLE -> text.text("arrange.step.title");
                    case SUMMARY -> text.text("arrange.step.summary");
                    case UPSTREAM, MIDSTREAM, DOWNSTREAM -> text.stage(
                            step.step().stage().orElseThrow());
                    case MISSING, WEAK -> text.text(
                            "arrange.step.gap", text.gapKind(kind(step.step())), segment(model, step.segment()));
                    case MISSING_TABLE, WEAK_TABLE, BROKEN_TABLE, CHOKEPOINT_TABLE -> text.text(
                            "arrange.step.table",
                            text.gapKind(kind(step.step().counterpart().orElseThrow())));
                    case BROKEN, CHOKEPOINT -> text.text(
                            "arrange.step.feed",
                            text.gapKind(kind(step.step())),
                            segment(model, step.from()),
                            segment(model, step.to()));
                };
        String note = entry.note.get();
        return note == null || note.isBlank() ? name : text.text("arrange.step.noted", name, note);
    }

    private static GapKind kind(StepKind step) {
        return switch (step) {
            case WEAK -> GapKind.WEAK;
            case BROKEN -> GapKind.BROKEN;
            case CHOKEPOINT -> GapKind.CHOKEPOINT;
            default -> GapKind.MISSING;
        };
    }

    private static String segment(MainViewModel model, String id) {
        return Optional.ofNullable(id)
                .flatMap(model::segment)
                .map(model::displayName)
                .orElse(String.valueOf(id));
    }
}
