package org.chainmap.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.chainmap.model.RegionMap;

/**
 * The last edits of the open map, each as the map it made and the records it replaced, added or removed: what
 * lets a result made for an earlier map (an analysis, a chain's layout) be brought up to date by looking again
 * only at what changed since ({@link #touched}).
 */
public final class EditTrail {

    /** How many edits the trail remembers; a result older than that is made anew. */
    static final int LENGTH = 64;

    private record Step(RegionMap map, List<Object> touched) {}

    private final Deque<Step> steps = new ArrayDeque<>();
    private RegionMap start;

    /** Starts the trail at {@code map}, just opened. */
    void start(RegionMap map) {
        steps.clear();
        start = map;
    }

    /** Notes an edit that made {@code map}, replacing, adding or removing {@code touched}. */
    void add(RegionMap map, List<Object> touched) {
        steps.addLast(new Step(map, List.copyOf(touched)));
        while (steps.size() > LENGTH) {
            start = steps.removeFirst().map();
        }
    }

    /**
     * The records the edits from {@code from} to {@code to} replaced, added or removed; empty when the trail does
     * not lead from one to the other (another map, or too long ago).
     */
    public Optional<List<Object>> touched(RegionMap from, RegionMap to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (from == to) {
            return Optional.of(List.of());
        }
        boolean after = from == start;
        List<Object> touched = new ArrayList<>();
        for (Iterator<Step> it = steps.iterator(); it.hasNext(); ) {
            Step step = it.next();
            if (after) {
                touched.addAll(step.touched());
                if (step.map() == to) {
                    return Optional.of(touched);
                }
            } else if (step.map() == from) {
                after = true;
            }
        }
        return Optional.empty();
    }
}
