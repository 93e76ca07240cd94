package org.chainmap.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.chainmap.model.RegionMap;

/**
 * A document's undo history: the map as it is now, the changes that led to it and the ones undone, and
 * whether it differs from what was last saved.
 *
 * <p>{@link #perform} plans a command on the current map, applies it and keeps its change; {@link #undo}
 * plays the last change backwards, {@link #redo} forwards again. There is no limit on the number of steps:
 * a change remembers only the elements it touched. Performing a command after an undo drops the changes
 * that were undone, as every editor does. The history is dirty when the map is not the one last saved:
 * undoing back to the saved state makes it clean again.
 *
 * <p>Not thread-safe: the application uses it on the JavaFX thread.
 */
public final class History {

    /**
     * A change carried out, as the history keeps it.
     *
     * @param description what the Edit menu calls it
     * @param change the steps it made
     */
    public record Done(Description description, Change change) {

        /** Checks the fields. */
        public Done {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(change, "change");
        }
    }

    private final Deque<Done> done = new ArrayDeque<>();
    private final Deque<Done> undone = new ArrayDeque<>();
    private RegionMap map;
    /** How many changes were done when the map was saved; -1 when that state can no longer be reached. */
    private int savedAt;

    /** A history starting at {@code map}, taken to be saved. */
    public History(RegionMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /** The map as it is now. */
    public RegionMap map() {
        return map;
    }

    /**
     * Carries out {@code command} on the current map and keeps it for undo. A command that changes nothing
     * is not kept.
     *
     * @return what was done; empty when the command changed nothing
     * @throws EditRefusedException if the command refused; nothing changed
     */
    public Optional<Done> perform(Command command) throws EditRefusedException {
        Change change = command.plan(map);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        Done step = new Done(command.describe(map), change);
        map = change.applyTo(map);
        if (savedAt > done.size()) {
            savedAt = -1; // the saved state was among the undone changes, now dropped
        }
        done.push(step);
        undone.clear();
        return Optional.of(step);
    }

    /** Whether there is a change to undo. */
    public boolean canUndo() {
        return !done.isEmpty();
    }

    /** Whether there is an undone change to redo. */
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The change {@link #undo} would undo. */
    public Optional<Done> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    /** The change {@link #redo} would redo. */
    public Optional<Done> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /**
     * Undoes the last change.
     *
     * @return the change undone; empty when there was none
     */
    public Optional<Done> undo() {
        Done step = done.poll();
        if (step != null) {
            map = step.change().inverse().applyTo(map);
            undone.push(step);
        }
        return Optional.ofNullable(step);
    }

    /**
     * Redoes the last change undone.
     *
     * @return the change redone; empty when there was none
     */
    public Optional<Done> redo() {
        Done step = undone.poll();
        if (step != null) {
            map = step.change().applyTo(map);
            done.push(step);
        }
        return Optional.ofNullable(step);
    }

    /** How many changes can be undone. */
    public int undoCount() {
        return done.size();
    }

    /** How many changes can be redone. */
    public int redoCount() {
        return undone.size();
    }

    /** Whether the map differs from what was last saved (or opened). */
    public boolean isDirty() {
        return savedAt != done.size();
    }

    /** Takes the current map as saved. */
    public void markSaved() {
        savedAt = done.size();
    }

    /** Takes the current map as not saved (a recovered copy, say), whatever the history. */
    public void markUnsaved() {
        savedAt = -1;
    }
}
