package org.chainmap.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshots;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * What a command does to a map, as exact steps that can be played backwards: each step puts, removes or
 * replaces one element of one of the map's lists (chains, enterprises, links, targets) at an index, and
 * remembers the element that was there. A chain's segments, lists and pins change by replacing the chain.
 * The map's presentation is a part of its own, held as a list of exactly one element, which a step only
 * ever replaces (at index 0).
 *
 * <p>A change applied to the map it was planned on and then its {@link #inverse()} give back a map equal
 * to the first, field for field; that is what makes undo exact. A change remembers only the elements it
 * touches, so an undo history holds little however large the map is. Applying a step checks that the
 * element it expects is there, so a change played on the wrong map fails loudly instead of corrupting it.
 */
public final class Change {

    /** The lists of a map a step can change. */
    public enum Part {
        /** {@link RegionMap#chains()}. */
        CHAINS,
        /** {@link RegionMap#enterprises()}. */
        ENTERPRISES,
        /** {@link RegionMap#links()}. */
        LINKS,
        /** {@link RegionMap#targets()}. */
        TARGETS,
        /** {@link RegionMap#presentation()}, as a list of one element: only replaced, never inserted or removed. */
        PRESENTATION,
        /** {@link RegionMap#snapshots()}, as a list of one element, like the presentation. */
        SNAPSHOTS
    }

    /**
     * One step: at {@code index} of {@code part}, {@code before} becomes {@code after}. A {@code null}
     * before is an insertion, a {@code null} after a removal.
     *
     * @param part the list changed
     * @param index the position in the list as it is when the step runs
     * @param before the element there before; {@code null} to insert
     * @param after the element there after; {@code null} to remove
     */
    public record Step(Part part, int index, Object before, Object after) {

        /** Checks that the step changes something. */
        public Step {
            Objects.requireNonNull(part, "part");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a step must insert, remove or replace an element");
            }
        }

        Step inverse() {
            return new Step(part, index, after, before);
        }
    }

    /** A change that does nothing. */
    public static final Change NONE = new Change(List.of());

    private final List<Step> steps;

    private Change(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** A change of {@code steps}, in the order they run. */
    public static Change of(List<Step> steps) {
        return steps.isEmpty() ? NONE : new Change(steps);
    }

    /** The steps, in the order they run. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Every element the steps put, replace or remove, in both versions: what a reader that keeps results per
     * element (the gap analysis chain by chain) looks at again. The same for a change and its inverse.
     */
    public List<Object> touched() {
        List<Object> touched = new ArrayList<>(steps.size() * 2);
        for (Step step : steps) {
            if (step.before() != null) {
                touched.add(step.before());
            }
            if (step.after() != null) {
                touched.add(step.after());
            }
        }
        return touched;
    }

    /** Whether this change leaves a map as it was. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The change that undoes this one: its steps reversed, each played backwards. */
    public Change inverse() {
        List<Step> reversed = new ArrayList<>(steps.size());
        for (int i = steps.size() - 1; i >= 0; i--) {
            reversed.add(steps.get(i).inverse());
        }
        return new Change(reversed);
    }

    /** This change followed by {@code next}. */
    public Change then(Change next) {
        if (isEmpty()) {
            return next;
        }
        List<Step> both = new ArrayList<>(steps);
        both.addAll(next.steps);
        return new Change(both);
    }

    /**
     * The map after this change. Each list touched is copied once, however many steps touch it.
     *
     * @throws IllegalStateException if a step does not find the element it expects: the change was
     *     planned on another map
     */
    @SuppressWarnings("unchecked")
    public RegionMap applyTo(RegionMap map) {
        if (steps.isEmpty()) {
            return map;
        }
        Map<Part, List<Object>> lists = new EnumMap<>(Part.class);
        List<Enterprise> gone = new ArrayList<>();
        List<Enterprise> came = new ArrayList<>();
        List<SupplyLink> linksGone = new ArrayList<>();
        List<SupplyLink> linksCame = new ArrayList<>();
        int[] linksAt = new int[steps.size()];
        for (Step step : steps) {
            List<Object> list = lists.computeIfAbsent(step.part(), part -> new ArrayList<>(current(map, part)));
            play(step, list);
            if (step.part() == Part.ENTERPRISES) { // the index by id follows these (decision 0058)
                gone.add((Enterprise) step.before());
                came.add((Enterprise) step.after());
            } else if (step.part() == Part.LINKS) { // and the index of the links by firm these (0067)
                linksAt[linksGone.size()] = step.index();
                linksGone.add((SupplyLink) step.before());
                linksCame.add((SupplyLink) step.after());
            }
        }
        RegionMap changed = map;
        for (Map.Entry<Part, List<Object>> entry : lists.entrySet()) {
            List<?> list = entry.getValue();
            changed = switch (entry.getKey()) {
                case ENTERPRISES -> changed.withEnterprises((List<Enterprise>) list, gone, came);
                case LINKS -> changed.withLinks(
                        (List<SupplyLink>) list, Arrays.copyOf(linksAt, linksGone.size()), linksGone, linksCame);
                default -> with(changed, entry.getKey(), entry.getValue());
            };
        }
        return changed;
    }

    private static void play(Step step, List<Object> list) {
        int index = step.index();
        if (step.before() == null) {
            if (index < 0 || index > list.size()) {
                throw new IllegalStateException("cannot insert at " + index + " of " + list.size() + " " + step.part());
            }
            list.add(index, step.after());
            return;
        }
        if (index < 0 || index >= list.size() || !list.get(index).equals(step.before())) {
            throw new IllegalStateException(
                    "the " + step.part() + " at " + index + " is not the one this change expects");
        }
        if (step.after() == null) {
            list.remove(index);
        } else {
            list.set(index, step.after());
        }
    }

    private static List<?> current(RegionMap map, Part part) {
        return switch (part) {
            case CHAINS -> map.chains();
            case ENTERPRISES -> map.enterprises();
            case LINKS -> map.links();
            case TARGETS -> map.targets();
            case PRESENTATION -> List.of(map.presentation());
            case SNAPSHOTS -> List.of(map.snapshots());
        };
    }

    @SuppressWarnings("unchecked")
    private static RegionMap with(RegionMap map, Part part, List<Object> list) {
        return switch (part) {
            case CHAINS -> map.withChains((List<Chain>) (List<?>) list);
            case ENTERPRISES -> map.withEnterprises((List<Enterprise>) (List<?>) list);
            case LINKS -> map.withLinks((List<SupplyLink>) (List<?>) list);
            case TARGETS -> map.withTargets((List<Target>) (List<?>) list);
            case PRESENTATION -> {
                if (list.size() != 1) {
                    throw new IllegalStateException("a map has one presentation, not " + list.size());
                }
                yield map.withPresentation((Presentation) list.get(0));
            }
            case SNAPSHOTS -> {
                if (list.size() != 1) {
                    throw new IllegalStateException("a map has one list of snapshots, not " + list.size());
                }
                yield map.withSnapshots((Snapshots) list.get(0));
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change change && steps.equals(change.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "Change" + steps;
    }
}
