package org.chainmap.ui.gesture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The firms and segments picked together on the map, for a move or a delete: Shift or Ctrl and a click adds
 * or removes one, Shift and a drag adds the cards in a rectangle, Ctrl+A picks every card. The selection the
 * details pane describes is one of them (the last picked); a plain click picks it alone. Ids only: the
 * picks outlive the edits that replace the records they name.
 */
public final class Picks {

    private final Set<String> firms = new LinkedHashSet<>();
    private final Set<String> segments = new LinkedHashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** The firms picked, in the order they were picked. */
    public List<String> firms() {
        return List.copyOf(firms);
    }

    /** The segments picked, in the order they were picked. */
    public List<String> segments() {
        return List.copyOf(segments);
    }

    /** How many firms and segments are picked. */
    public int size() {
        return firms.size() + segments.size();
    }

    /** Whether nothing is picked. */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** Whether the firm {@code id} is picked. */
    public boolean hasFirm(String id) {
        return firms.contains(id);
    }

    /** Whether the segment {@code id} is picked. */
    public boolean hasSegment(String id) {
        return segments.contains(id);
    }

    /** Picks the firm {@code firm} alone, or the segment {@code segment} when {@code firm} is null; both null: none. */
    public void only(String firm, String segment) {
        firms.clear();
        segments.clear();
        if (firm != null) {
            firms.add(firm);
        } else if (segment != null) {
            segments.add(segment);
        }
        changed();
    }

    /**
     * Adds the firm to the picks, or takes it out if it was picked.
     *
     * @return whether it is picked now
     */
    public boolean toggleFirm(String id) {
        boolean now = !firms.remove(id) && firms.add(id);
        changed();
        return now;
    }

    /**
     * Adds the segment to the picks, or takes it out if it was picked.
     *
     * @return whether it is picked now
     */
    public boolean toggleSegment(String id) {
        boolean now = !segments.remove(id) && segments.add(id);
        changed();
        return now;
    }

    /** Adds {@code ids} to the firms picked. */
    public void addFirms(Collection<String> ids) {
        if (firms.addAll(ids)) {
            changed();
        }
    }

    /** Picks nothing. */
    public void clear() {
        if (!isEmpty()) {
            firms.clear();
            segments.clear();
            changed();
        }
    }

    /** Keeps only the firms and segments that pass, as after an edit that took some away. */
    public void retain(Predicate<String> firm, Predicate<String> segment) {
        if (firms.removeIf(firm.negate()) | segments.removeIf(segment.negate())) {
            changed();
        }
    }

    /** Runs {@code listener} after every change of the picks. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
