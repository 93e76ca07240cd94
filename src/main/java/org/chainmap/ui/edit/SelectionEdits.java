package org.chainmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.chainmap.edit.Command;
import org.chainmap.edit.Compound;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.edit.DeleteSegment;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.edit.MoveSegment;
import org.chainmap.edit.SetPins;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.Selection;
import org.chainmap.ui.gesture.Picks;
import org.chainmap.ui.map.ChainCanvas;

/**
 * What the Edit menu and the map's context menu ({@link CanvasMenu}) do to the selection and the picks: edit
 * its properties in the details pane ({@code Alt+Enter}), rename in place ({@code F2}), delete ({@code
 * Delete}; a segment that still has firms only after the user confirms), pick every card ({@code Ctrl+A}),
 * mark a firm local or external, add a firm to a segment ({@code Insert}) or a segment to a stage ({@code
 * Alt+Insert}) with a small dialog ({@link AddDialog}), move a segment up or down in its stage ({@code
 * Ctrl+Up}, {@code Ctrl+Down}). Each change is one command, several picks one {@link Compound}. The keys
 * are the menu items' accelerators; they leave a text field its own use of them.
 */
public final class SelectionEdits {

    /** The id of the dialog that asks before deleting segments with firms, for tests. */
    static final String DELETE_DIALOG_ID = "delete-segment-dialog";

    private final MainViewModel model;
    private final ChainCanvas canvas;
    private final Runnable showMap;
    private final Runnable showProperties;

    /**
     * The edits of the selection of {@code model}, shown on {@code canvas}.
     *
     * @param showMap brings the map's tab to the front
     * @param showProperties turns the details pane's form on, the keyboard in its first field
     */
    public SelectionEdits(MainViewModel model, ChainCanvas canvas, Runnable showMap, Runnable showProperties) {
        this.model = model;
        this.canvas = canvas;
        this.showMap = showMap;
        this.showProperties = showProperties;
        new CanvasMenu(model, canvas, this);
        // The scene takes arrow keys to move the focus before a menu's accelerator sees them: the map keeps them.
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean vertical = event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN;
            if (vertical && event.isShortcutDown()) {
                moveSegment(event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            } else if (vertical && !event.isAltDown() && !event.isShiftDown()) {
                nudgeCard(event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });
    }

    /** Adds a firm to the selected segment (the selected firm's), and selects it. */
    void addFirm() {
        if (!typing()) {
            model.selection().ifPresent(selected -> addFirm(selected.segment()));
        }
    }

    /** Adds a firm to {@code segment}, and selects it. */
    void addFirm(Segment segment) {
        AddDialog.firm(owner(), model, segment)
                .flatMap(id -> canvas.picks().ofFirm(id))
                .ifPresent(model::select);
    }

    /** Adds a segment to the chain shown, in the stage of the selection (upstream when none), and selects it. */
    void addSegment() {
        if (!typing()) {
            addSegment(model.selection()
                    .map(selected -> selected.segment().stage())
                    .orElse(Stage.UPSTREAM));
        }
    }

    /** Adds a segment to the chain shown, in {@code stage} unless the user chooses another, and selects it. */
    void addSegment(Stage stage) {
        Chain chain = model.selectedChain().orElse(null);
        if (chain != null) {
            AddDialog.segment(owner(), model, chain, stage)
                    .flatMap(model::segment)
                    .map(Selection.OfSegment::new)
                    .ifPresent(model::select);
        }
    }

    /** Moves the selected segment {@code by} places up (negative) or down among the segments of its stage. */
    void moveSegment(int by) {
        if (typing() || !(model.selection().orElse(null) instanceof Selection.OfSegment selected)) {
            return;
        }
        model.chainOf(selected.segment()).ifPresent(chain -> {
            List<Segment> stage = chain.segments(selected.segment().stage());
            int at = stage.indexOf(selected.segment());
            int to = at + by;
            if (at >= 0 && to >= 0 && to < stage.size()) {
                model.perform(new MoveSegment(selected.segment().id(), to));
            }
        });
    }

    /**
     * Nudges the selected firm's card {@code by} rows up (negative) or down in its box, and pins it there
     * (the chain's {@code pins}, kept in the file and honoured by the layout): one undoable step. In a box
     * whose cards stand in several columns, a row is as many slots as there are columns (slots run row by
     * row), so the card moves straight up or down.
     */
    void nudgeCard(int by) {
        if (typing()
                || !(model.selection().orElse(null) instanceof Selection.OfEnterprise selected)
                || canvas.geometry() == null) {
            return;
        }
        org.chainmap.layout.Rect box =
                canvas.geometry().segments().get(selected.segment().id());
        org.chainmap.layout.Rect card =
                canvas.geometry().cards().get(selected.enterprise().id());
        if (box == null || card == null || !box.contains(card)) {
            return;
        }
        List<org.chainmap.layout.Rect> slots = canvas.geometry().cards().values().stream()
                .filter(box::contains)
                .sorted(java.util.Comparator.comparingDouble(org.chainmap.layout.Rect::y)
                        .thenComparingDouble(org.chainmap.layout.Rect::x))
                .toList();
        long columns = slots.stream()
                .mapToDouble(org.chainmap.layout.Rect::x)
                .distinct()
                .count();
        int to = slots.indexOf(card) + by * (int) columns;
        if (to < 0 || to >= slots.size()) {
            return;
        }
        model.chainOf(selected.segment())
                .ifPresent(chain -> model.perform(new SetPins(
                        chain.id(), chain.pins().withCard(selected.enterprise().id(), to))));
    }

    /**
     * Marks the picked firms (the selected firm, when none is picked) local to the region ({@code true}) or
     * external, as one step; firms already so are left alone.
     */
    void markLocal(boolean local) {
        RegionMap map = model.map().orElse(null);
        if (map == null) {
            return;
        }
        List<String> firms = new ArrayList<>(canvas.picks().picks().firms());
        if (firms.isEmpty() && model.selection().orElse(null) instanceof Selection.OfEnterprise firm) {
            firms.add(firm.enterprise().id());
        }
        List<Command> parts = firms.stream()
                .filter(id -> map.enterprise(id).map(e -> e.local() != local).orElse(false))
                .map(id -> (Command) EditEnterprise.markLocal(map, id, local))
                .toList();
        if (parts.size() == 1) {
            model.perform(parts.get(0));
        } else if (!parts.isEmpty()) {
            model.perform(new Compound(
                    Description.of(local ? "selection.local" : "selection.external", parts.size()), parts));
        }
    }

    private Window owner() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }

    /** Edits the selection's properties in the details pane. */
    void properties() {
        if (model.selection().isPresent()) {
            showProperties.run();
        }
    }

    /** Whether the keyboard is in a text field, which keeps its keys (Delete, Ctrl+A) for itself. */
    private boolean typing() {
        Node focused = canvas.getScene() == null ? null : canvas.getScene().getFocusOwner();
        return focused instanceof TextInputControl;
    }

    /** Renames the selected firm or segment in place on the map. */
    void rename() {
        if (typing() || model.selection().isEmpty()) {
            return;
        }
        showMap.run();
        canvas.applyCss();
        canvas.layout();
        canvas.renameSelection();
    }

    /** Picks every firm drawn on the map (their cards), the first becoming the selection. */
    void selectAll() {
        if (typing() || canvas.geometry() == null) {
            return;
        }
        canvas.picks().pickFirms(List.copyOf(canvas.geometry().cards().keySet()));
    }

    /**
     * Deletes the picks (the selection, when it is picked alone) as one step; asks first when a segment
     * among them still has firms.
     */
    void delete() {
        RegionMap map = model.map().orElse(null);
        if (typing() || map == null || model.selection().isEmpty()) {
            return;
        }
        Picks picks = canvas.picks().picks();
        List<String> firms = new ArrayList<>(picks.firms());
        List<String> segments = new ArrayList<>(picks.segments());
        if (picks.isEmpty()) {
            Selection selected = model.selection().get();
            if (selected instanceof Selection.OfEnterprise firm) {
                firms.add(firm.enterprise().id());
            } else {
                segments.add(selected.segment().id());
            }
        }
        List<Segment> withFirms = segments.stream()
                .map(id -> map.segment(id).orElse(null))
                .filter(Predicate.not(java.util.Objects::isNull))
                .filter(segment -> !map.enterprisesIn(segment.id()).isEmpty())
                .toList();
        if (!withFirms.isEmpty() && !confirm(map, withFirms)) {
            return;
        }
        List<Command> parts = new ArrayList<>();
        firms.forEach(id -> parts.add(new DeleteEnterprise(id)));
        segments.forEach(id -> parts.add(new DeleteSegment(id)));
        model.perform(
                parts.size() == 1
                        ? parts.get(0)
                        : new Compound(Description.of("selection.delete", parts.size()), parts));
    }

    /** Asks whether to delete segments that still have firms. */
    private boolean confirm(RegionMap map, List<Segment> segments) {
        I18n text = model.texts();
        String names = String.join(
                text.text("details.separator"),
                segments.stream().map(model::displayName).toList());
        int firms = segments.stream()
                .mapToInt(segment -> map.enterprisesIn(segment.id()).size())
                .sum();
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                text.text("dialog.deleteSegment.content", firms),
                new ButtonType(text.text("dialog.deleteSegment.delete"), ButtonType.OK.getButtonData()),
                new ButtonType(text.text("dialog.cancel"), ButtonType.CANCEL.getButtonData()));
        alert.setTitle(text.text("dialog.deleteSegment.title"));
        alert.setHeaderText(text.text("dialog.deleteSegment.header", segments.size(), names));
        OwnedDialog.prepare(alert, owner(), null);
        alert.getDialogPane().setId(DELETE_DIALOG_ID);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == ButtonType.OK.getButtonData();
    }
}
