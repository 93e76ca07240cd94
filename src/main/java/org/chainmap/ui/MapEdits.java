package org.chainmap.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chainmap.edit.Command;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.model.RegionMap;

/**
 * The undo history of the open map as the window observes it: what Undo and Redo would do, and whether
 * there are unsaved changes. {@link MainViewModel} shows each map it returns.
 */
public final class MapEdits {

    private History history;
    private final ReadOnlyObjectWrapper<Description> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final ReadOnlyObjectWrapper<Description> redoable = new ReadOnlyObjectWrapper<>(this, "redoable");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /** Starts a new history at {@code map}, just opened: nothing to undo, nothing unsaved. */
    void start(RegionMap map) {
        history = new History(map);
        describe();
    }

    /**
     * Carries out {@code command}.
     *
     * @return the change it made, to the map {@link #map()} now returns; empty when it changed nothing or no map is
     *     open
     * @throws EditRefusedException when it was refused; nothing changed
     */
    Optional<History.Done> perform(Command command) throws EditRefusedException {
        Optional<History.Done> done = history == null ? Optional.empty() : history.perform(command);
        if (done.isPresent()) {
            describe();
        }
        return done;
    }

    /** Undoes the last change; empty when there was none. */
    Optional<History.Done> undo() {
        Optional<History.Done> done = history == null ? Optional.empty() : history.undo();
        describe();
        return done;
    }

    /** Redoes the last change undone; empty when there was none. */
    Optional<History.Done> redo() {
        Optional<History.Done> done = history == null ? Optional.empty() : history.redo();
        describe();
        return done;
    }

    /** The map as the history has it now. */
    RegionMap map() {
        return history.map();
    }

    /** The change Undo would undo; {@code null} when there is none. */
    public ReadOnlyObjectProperty<Description> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** The change Redo would redo; {@code null} when there is none. */
    public ReadOnlyObjectProperty<Description> redoableProperty() {
        return redoable.getReadOnlyProperty();
    }

    /** Whether the open map has changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the open map has changes that are not saved. */
    public boolean isDirty() {
        return dirty.get();
    }

    /** Takes the open map as saved as it is now. */
    public void markSaved() {
        if (history != null) {
            history.markSaved();
            describe();
        }
    }

    /** Takes the open map as not saved, whatever its history: a recovered copy. */
    public void markUnsaved() {
        if (history != null) {
            history.markUnsaved();
            describe();
        }
    }

    private void describe() {
        undoable.set(
                history == null
                        ? null
                        : history.nextUndo().map(History.Done::description).orElse(null));
        redoable.set(
                history == null
                        ? null
                        : history.nextRedo().map(History.Done::description).orElse(null));
        dirty.set(history != null && history.isDirty());
    }
}
