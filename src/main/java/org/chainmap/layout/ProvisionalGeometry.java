package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Makes one provisional geometry ({@link ProvisionalPlacement}) in time proportional to the edit (decision 0071): the
 * geometry shown's cards, markers and routes as patches on its flat ones ({@link PatchedMap}, {@link PatchedList}),
 * the moved firms' found through their indexes, the cards in the boxes placed into through {@link CardBoxes}.
 */
final class ProvisionalGeometry {

    /** A marker's keys in its list's index: its firm, its segment. */
    static final List<Function<? super ChainGeometry.Marker, String>> MARKER_KEYS =
            List.of(ChainGeometry.Marker::firm, ChainGeometry.Marker::segment);

    /** A route's keys in its list's index: its supplier, its customer. */
    static final List<Function<? super ChainGeometry.LinkRoute, String>> ROUTE_KEYS =
            List.of(ChainGeometry.LinkRoute::supplier, ChainGeometry.LinkRoute::customer);

    private static final int FIRM = 0;
    private static final int SEGMENT = 1;
    private static final int SUPPLIER = 0;
    private static final int CUSTOMER = 1;

    private final ChainGeometry shown;
    private final RegionMap map;
    private final Set<String> segments;
    private final Set<String> moved;
    private final Set<List<String>> rerouted;
    private final Map<String, Rect> boxes;
    private final Map<String, Rect> newCards = new LinkedHashMap<>();
    private final List<ChainGeometry.Marker> newMarkers = new ArrayList<>();
    private final List<ChainGeometry.LinkRoute> newRoutes = new ArrayList<>();
    /** Per box placed into, the cards and markers in it. */
    private final Map<String, List<Rect>> inBox = new HashMap<>();

    private PatchedMap<String, Rect> cards;
    private PatchedList<ChainGeometry.Marker> markers;
    private double height;
    private int[] takenRoutes = new int[0];
    private int[] takenCards = new int[0];

    ProvisionalGeometry(
            ChainGeometry shown, RegionMap map, Set<String> segments, Set<String> moved, Set<List<String>> rerouted) {
        this.shown = shown;
        this.map = map;
        this.segments = segments;
        this.moved = moved;
        this.rerouted = rerouted;
        this.boxes = new LinkedHashMap<>(shown.segments());
        this.height = shown.height();
    }

    /** {@code geometry} with its cards, markers and routes flat and indexed for provisional placements. */
    static ChainGeometry indexed(ChainGeometry geometry) {
        PatchedMap<String, Rect> cards = cardsOf(geometry);
        CardBoxes.of(cards, geometry.segments());
        return new ChainGeometry(
                geometry.columns(),
                geometry.segments(),
                cards,
                markersOf(geometry).indexed(),
                geometry.feeds(),
                geometry.width(),
                geometry.height(),
                routesOf(geometry).indexed());
    }

    @SuppressWarnings("unchecked")
    private static PatchedMap<String, Rect> cardsOf(ChainGeometry geometry) {
        return geometry.cards() instanceof PatchedMap<?, ?> patched
                ? (PatchedMap<String, Rect>) patched
                : PatchedMap.flat(geometry.cards());
    }

    @SuppressWarnings("unchecked")
    private static PatchedList<ChainGeometry.Marker> markersOf(ChainGeometry geometry) {
        return geometry.markers() instanceof PatchedList<?> patched
                ? (PatchedList<ChainGeometry.Marker>) patched
                : PatchedList.flat(geometry.markers(), MARKER_KEYS);
    }

    @SuppressWarnings("unchecked")
    private static PatchedList<ChainGeometry.LinkRoute> routesOf(ChainGeometry geometry) {
        return geometry.links() instanceof PatchedList<?> patched
                ? (PatchedList<ChainGeometry.LinkRoute>) patched
                : PatchedList.flat(geometry.links(), ROUTE_KEYS);
    }

    /** The positions in the geometry shown's routes of those taken away, ascending (after {@link #build}). */
    int[] takenRoutes() {
        return takenRoutes;
    }

    /** The positions in the geometry shown's cards of the moved firms' cards, ascending (after {@link #build}). */
    int[] takenCards() {
        return takenCards;
    }

    ChainGeometry build() {
        PatchedMap<String, Rect> shownCards = cardsOf(shown);
        PatchedList<ChainGeometry.Marker> shownMarkers = markersOf(shown);
        PatchedList<ChainGeometry.LinkRoute> shownRoutes = routesOf(shown);
        int[] goneMarkers = new int[0];
        if (!moved.isEmpty()) {
            goneMarkers = positions(shownMarkers, FIRM, moved);
            // Only the boxes the moved firms go to need to know what lies in them.
            Set<String> targets = new HashSet<>();
            for (String id : moved) {
                map.enterprise(id).ifPresent(firm -> targets.addAll(firm.segments()));
            }
            targets.retainAll(boxes.keySet());
            cardsIn(shownCards, targets);
            for (String box : targets) {
                for (int position : shownMarkers.positions(SEGMENT, box)) {
                    if (Arrays.binarySearch(goneMarkers, position) < 0) {
                        inBox.computeIfAbsent(box, key -> new ArrayList<>())
                                .add(shownMarkers.get(position).bounds());
                    }
                }
            }
            for (String id : moved) {
                map.enterprise(id).ifPresent(this::place);
            }
        }
        cards = moved.isEmpty() ? shownCards : shownCards.patched(moved, newCards);
        markers = moved.isEmpty() ? shownMarkers : shownMarkers.patched(goneMarkers, newMarkers);
        int[] taken = new int[moved.size()];
        int n = 0;
        for (String id : moved) {
            int position = shownCards.positionOf(id);
            if (position >= 0) {
                taken[n++] = position;
            }
        }
        takenCards = Arrays.copyOf(taken, n);
        Arrays.sort(takenCards);
        takenRoutes = takenRoutes(shownRoutes);
        Set<List<String>> routed = new HashSet<>();
        for (String id : moved) {
            routeLinksOf(id, routed, null);
        }
        for (List<String> pair : rerouted) {
            routeLinksOf(pair.get(0), routed, pair.get(1));
        }
        PatchedList<ChainGeometry.LinkRoute> routes = takenRoutes.length == 0 && newRoutes.isEmpty()
                ? shownRoutes
                : shownRoutes.patched(takenRoutes, newRoutes);
        return new ChainGeometry(shown.columns(), boxes, cards, markers, shown.feeds(), shown.width(), height, routes);
    }

    /** The positions of the routes an end of which moved, or whose pair's links changed: ascending. */
    private int[] takenRoutes(PatchedList<ChainGeometry.LinkRoute> routes) {
        int[] moving = union(positions(routes, SUPPLIER, moved), positions(routes, CUSTOMER, moved));
        if (rerouted.isEmpty()) {
            return moving;
        }
        List<Integer> pairs = new ArrayList<>();
        for (List<String> pair : rerouted) {
            for (int position : routes.positions(SUPPLIER, pair.get(0))) {
                if (routes.get(position).customer().equals(pair.get(1))) {
                    pairs.add(position);
                }
            }
        }
        int[] changed = pairs.stream().mapToInt(Integer::intValue).sorted().toArray();
        return union(moving, changed);
    }

    /** The positions, ascending, without repeats, of the elements whose key {@code key} is one of {@code values}. */
    private static <E> int[] positions(PatchedList<E> list, int key, Collection<String> values) {
        int[] all = new int[0];
        for (String value : values) {
            int[] some = list.positions(key, value);
            all = union(all, some);
        }
        return all;
    }

    private static int[] union(int[] a, int[] b) {
        return a.length == 0 ? b : PatchedList.union(a, b);
    }

    /**
     * Puts into {@link #inBox} the kept cards lying in the boxes {@code targets}: found among those the flat cards'
     * {@link CardBoxes} lists in them or in no box, and those put after the flat ones; every card looked at when a box
     * is not the one sorted into (nor it grown).
     */
    private void cardsIn(PatchedMap<String, Rect> shownCards, Set<String> targets) {
        if (targets.isEmpty()) {
            return;
        }
        CardBoxes sorted = CardBoxes.of(shownCards, boxes);
        Collection<String> candidates = targets.size() == 1 ? new ArrayList<>() : new LinkedHashSet<>();
        for (String box : targets) {
            if (!sorted.holds(box, boxes.get(box))) {
                candidates = null;
                break;
            }
            candidates.addAll(sorted.in(box));
        }
        if (candidates == null) {
            for (Map.Entry<String, Rect> card : shownCards.entrySet()) {
                if (!moved.contains(card.getKey())) {
                    sortIn(card.getValue(), targets);
                }
            }
            return;
        }
        candidates.addAll(sorted.outside());
        for (String id : candidates) {
            if (!moved.contains(id) && shownCards.isFlat(id)) {
                sortIn(shownCards.get(id), targets);
            }
        }
        for (Map.Entry<String, Rect> card : shownCards.added().entrySet()) {
            if (!moved.contains(card.getKey())) {
                sortIn(card.getValue(), targets);
            }
        }
    }

    /** Puts {@code card} in the list of the first of the boxes {@code among} it lies in, if any. */
    private void sortIn(Rect card, Set<String> among) {
        for (String box : among) {
            if (CardBoxes.inside(card, boxes.get(box))) {
                inBox.computeIfAbsent(box, key -> new ArrayList<>()).add(card);
                return;
            }
        }
    }

    /** A card in the firm's main segment's box, a marker in each other box of the chain it works in. */
    private void place(Enterprise firm) {
        String main = firm.mainSegment();
        Set<String> done = new HashSet<>();
        for (String segment : firm.segments()) {
            if (!segments.contains(segment) || !boxes.containsKey(segment) || !done.add(segment)) {
                continue;
            }
            if (segment.equals(main)) {
                newCards.put(firm.id(), cell(segment, Placement.CARD_HEIGHT, true));
            } else {
                newMarkers.add(
                        new ChainGeometry.Marker(firm.id(), segment, cell(segment, Placement.MARKER_HEIGHT, false)));
            }
        }
    }

    /**
     * A free place in the grid of {@code segment}'s box: for a card the first free cell of its card rows ({@link
     * FreeCells}, without testing every cell against every card), else (and for a marker) a new row below everything
     * in it, the box growing to hold it.
     */
    private Rect cell(String segment, double cellHeight, boolean card) {
        Rect box = boxes.get(segment);
        List<Rect> taken = inBox.computeIfAbsent(segment, key -> new ArrayList<>());
        int columns = Math.max(1, (int) Math.round((box.width() - 2 * Placement.PADDING + Placement.COLUMN_GAP)
                / (Placement.CARD_WIDTH + Placement.COLUMN_GAP)));
        double gap = columns == 1 ? Placement.PADDING : Placement.ROW_GAP;
        Rect free = null;
        if (card) {
            free = FreeCells.firstFree(taken, columns, cellHeight, column -> cellX(box, column));
        }
        if (free == null) {
            double y = columns == 1
                    ? box.y() + Placement.HEADER
                    : box.y() + Placement.HEADER - Placement.PADDING + Placement.ROW_GAP;
            for (Rect r : taken) {
                y = Math.max(y, r.bottom() + gap);
            }
            free = new Rect(cellX(box, 0), y, Placement.CARD_WIDTH, cellHeight);
            double bottom = Math.max(box.bottom(), free.bottom() + Placement.PADDING);
            Rect grown = new Rect(box.x(), box.y(), box.width(), bottom - box.y());
            if (bottom > box.bottom() && meetsAnother(segment, grown)) {
                // Full, with a box below: the last cell of its bottom row is shared, the new one drawn over it,
                // never over the box below (decision 0051).
                Rect last = null; // the last cell of the lowest row of cells of this height
                for (Rect r : taken) {
                    if (r.height() == cellHeight
                            && (last == null || r.y() > last.y() || r.y() == last.y() && r.x() > last.x())) {
                        last = r;
                    }
                }
                free = last != null
                        ? last
                        : new Rect(
                                cellX(box, columns - 1),
                                Math.max(box.y(), box.bottom() - Placement.PADDING - cellHeight),
                                Placement.CARD_WIDTH,
                                cellHeight);
            } else if (bottom > box.bottom()) {
                boxes.put(segment, grown);
                height = Math.max(height, bottom + Placement.MARGIN);
            }
        }
        taken.add(free);
        return free;
    }

    /** Whether {@code grown}, the box of {@code segment} grown, would reach into another box. */
    private boolean meetsAnother(String segment, Rect grown) {
        for (Map.Entry<String, Rect> other : boxes.entrySet()) {
            Rect b = other.getValue();
            if (!other.getKey().equals(segment)
                    && grown.x() < b.right()
                    && b.x() < grown.right()
                    && grown.y() < b.bottom()
                    && b.y() < grown.bottom()) {
                return true;
            }
        }
        return false;
    }

    private static double cellX(Rect box, int column) {
        return box.x() + Placement.PADDING + column * (Placement.CARD_WIDTH + Placement.COLUMN_GAP);
    }

    /** Routes the links of {@code id} (only those to {@code other}, unless {@code null}) not routed yet. */
    private void routeLinksOf(String id, Set<List<String>> routed, String other) {
        for (int position : map.linkPositions(id)) {
            SupplyLink link = map.links().get(position);
            if (link.from().equals(link.to()) || other != null && !link.to().equals(other)) {
                continue;
            }
            Rect from = end(link.from());
            Rect to = end(link.to());
            if ((from != null || to != null) && routed.add(List.of(link.from(), link.to()))) {
                newRoutes.add(route(link, from, to));
            }
        }
    }

    /** Where a firm is drawn: its card, else its first marker; {@code null} when not drawn. */
    private Rect end(String id) {
        Rect card = cards.get(id);
        if (card != null) {
            return card;
        }
        int[] at = markers.positions(FIRM, id);
        return at.length == 0 ? null : markers.get(at[0]).bounds();
    }

    /** A plain route: right out of the supplier, left into the customer; below both for a cycle; or a stub. */
    private ChainGeometry.LinkRoute route(SupplyLink link, Rect from, Rect to) {
        double stub = LinkRouting.STUB;
        if (to == null) {
            double y = from.centerY();
            return new ChainGeometry.LinkRoute(
                    link.from(),
                    link.to(),
                    List.of(new double[] {from.right(), y}, new double[] {from.right() + 2 * stub, y}),
                    ChainGeometry.Kind.TO_OUTSIDE);
        }
        if (from == null) {
            double y = to.centerY();
            return new ChainGeometry.LinkRoute(
                    link.from(),
                    link.to(),
                    List.of(new double[] {Math.max(0, to.x() - 2 * stub), y}, new double[] {to.x(), y}),
                    ChainGeometry.Kind.FROM_OUTSIDE);
        }
        double y0 = from.centerY();
        double y1 = to.centerY();
        if (to.x() > from.right()) {
            double middle = (from.right() + to.x()) / 2;
            return new ChainGeometry.LinkRoute(
                    link.from(),
                    link.to(),
                    List.of(
                            new double[] {from.right(), y0},
                            new double[] {middle, y0},
                            new double[] {middle, y1},
                            new double[] {to.x(), y1}),
                    ChainGeometry.Kind.FORWARD);
        }
        double lane = Math.max(from.bottom(), to.bottom()) + Placement.PADDING / 2;
        return new ChainGeometry.LinkRoute(
                link.from(),
                link.to(),
                List.of(
                        new double[] {from.right(), y0},
                        new double[] {from.right() + stub, y0},
                        new double[] {from.right() + stub, lane},
                        new double[] {to.x() - stub, lane},
                        new double[] {to.x() - stub, y1},
                        new double[] {to.x(), y1}),
                ChainGeometry.Kind.BACK);
    }
}
