package org.chainmap.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * A change being worked out: steps recorded against working copies of the map's lists, so that each step's
 * index is right for the list as it is when the step runs. Commands use it to write their changes.
 */
final class Plan {

    private final RegionMap map;
    private final Map<Part, List<Object>> lists = new EnumMap<>(Part.class);
    private final List<Change.Step> steps = new ArrayList<>();

    Plan(RegionMap map) {
        this.map = map;
    }

    /** The list {@code part} as the steps so far left it. */
    @SuppressWarnings("unchecked")
    <T> List<T> list(Part part) {
        List<Object> list = lists.computeIfAbsent(
                part,
                key -> new ArrayList<>(
                        switch (key) {
                            case CHAINS -> map.chains();
                            case ENTERPRISES -> map.enterprises();
                            case LINKS -> map.links();
                            case TARGETS -> map.targets();
                            case PRESENTATION -> List.of(map.presentation());
                            case SNAPSHOTS -> List.of(map.snapshots());
                        }));
        return (List<T>) list;
    }

    List<Chain> chains() {
        return list(Part.CHAINS);
    }

    List<Enterprise> enterprises() {
        return list(Part.ENTERPRISES);
    }

    List<SupplyLink> links() {
        return list(Part.LINKS);
    }

    List<Target> targets() {
        return list(Part.TARGETS);
    }

    void insert(Part part, int index, Object element) {
        list(part).add(index, element);
        steps.add(new Change.Step(part, index, null, element));
    }

    void add(Part part, Object element) {
        insert(part, list(part).size(), element);
    }

    void remove(Part part, int index) {
        Object before = list(part).remove(index);
        steps.add(new Change.Step(part, index, before, null));
    }

    /** Replaces the element at {@code index}; records nothing when it is equal to the one there. */
    void replace(Part part, int index, Object after) {
        Object before = list(part).get(index);
        if (!before.equals(after)) {
            list(part).set(index, after);
            steps.add(new Change.Step(part, index, before, after));
        }
    }

    /** Removes every element of {@code part} that {@code doomed} accepts, from the last to the first. */
    <T> void removeAll(Part part, Predicate<T> doomed) {
        List<T> list = list(part);
        for (int i = list.size() - 1; i >= 0; i--) {
            if (doomed.test(list.get(i))) {
                remove(part, i);
            }
        }
    }

    /** Replaces {@code chain} (found by id) by {@code after}. */
    void replaceChain(Chain after) {
        List<Chain> chains = chains();
        for (int i = 0; i < chains.size(); i++) {
            if (chains.get(i).id().equals(after.id())) {
                replace(Part.CHAINS, i, after);
                return;
            }
        }
        throw new IllegalStateException("no chain " + after.id());
    }

    /** Replaces the enterprise with {@code after}'s id by {@code after}. */
    void replaceEnterprise(Enterprise after) {
        replace(Part.ENTERPRISES, indexOfEnterprise(after.id()), after);
    }

    int indexOfEnterprise(String id) {
        List<Enterprise> firms = enterprises();
        for (int i = 0; i < firms.size(); i++) {
            if (firms.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no enterprise " + id);
    }

    /**
     * Takes the segments {@code gone} out of everything that names them: the firms working in them, the
     * feeds of every chain into them, the list items tied to them (untied) and the targets for them
     * (removed). The segments themselves are removed by the caller.
     */
    void detachSegments(java.util.Set<String> removed) {
        java.util.Set<String> gone = new java.util.HashSet<>(removed); // answers contains(null)
        List<Enterprise> firms = enterprises();
        for (int i = 0; i < firms.size(); i++) {
            Enterprise firm = firms.get(i);
            if (firm.segments().stream().anyMatch(gone::contains)) {
                replace(
                        Part.ENTERPRISES,
                        i,
                        firm.withSegments(firm.segments().stream()
                                .filter(segment -> !gone.contains(segment))
                                .toList()));
            }
        }
        List<Chain> chains = chains();
        for (int i = 0; i < chains.size(); i++) {
            Chain chain = chains.get(i);
            List<org.chainmap.model.Segment> segments = chain.segments().stream()
                    .map(segment -> segment.feeds().stream().anyMatch(gone::contains)
                            ? segment.withFeeds(segment.feeds().stream()
                                    .filter(feed -> !gone.contains(feed))
                                    .toList())
                            : segment)
                    .toList();
            org.chainmap.model.ChainLists lists = chain.lists();
            for (org.chainmap.model.ListKind kind : org.chainmap.model.ListKind.values()) {
                if (lists.of(kind).stream().anyMatch(item -> gone.contains(item.segment()))) {
                    lists = lists.with(
                            kind,
                            lists.of(kind).stream()
                                    .map(item -> gone.contains(item.segment()) ? item.withSegment(null) : item)
                                    .toList());
                }
            }
            replace(Part.CHAINS, i, chain.withSegments(segments).withLists(lists));
        }
        this.<Target>removeAll(Part.TARGETS, target -> gone.contains(target.segment()));
        prunePins();
        dropSteps(step -> gone.stream().anyMatch(step::names));
    }

    /** The map's presentation as the steps so far left it. */
    Presentation presentation() {
        return this.<Presentation>list(Part.PRESENTATION).get(0);
    }

    /** Takes the steps {@code doomed} accepts out of the presentation. */
    void dropSteps(Predicate<Presentation.Step> doomed) {
        replace(Part.PRESENTATION, 0, presentation().keeping(doomed.negate()));
    }

    /**
     * Drops the pins that no longer point at anything drawn in their chain: a segment pin whose segment left
     * the chain, a card pin whose firm's main segment is no longer in it.
     */
    void prunePins() {
        List<Chain> chains = chains();
        java.util.Map<String, String> mainSegments = null;
        for (int i = 0; i < chains.size(); i++) {
            Chain chain = chains.get(i);
            if (chain.pins().isEmpty()) {
                continue;
            }
            if (mainSegments == null) {
                mainSegments = new java.util.HashMap<>();
                for (Enterprise firm : enterprises()) {
                    mainSegments.putIfAbsent(firm.id(), firm.mainSegment());
                }
            }
            java.util.Set<String> own = new java.util.HashSet<>();
            chain.segments().forEach(segment -> own.add(segment.id()));
            java.util.Map<String, String> main = mainSegments;
            replace(
                    Part.CHAINS,
                    i,
                    chain.withPins(chain.pins().keeping(own::contains, firm -> own.contains(main.get(firm)))));
        }
    }

    Change change() {
        return Change.of(steps);
    }
}
