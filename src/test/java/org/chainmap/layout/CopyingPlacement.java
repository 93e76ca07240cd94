package org.chainmap.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * The provisional geometry as it was made before decision 0071, by copying every kept card, marker and route: the
 * reference the patched geometry of {@link ProvisionalPlacement} is held to.
 */
final class CopyingPlacement {

    private CopyingPlacement() {}

    /** The geometry {@code ProvisionalPlacement.of} made with the same arguments, by copying. */
    static Optional<ChainGeometry> geometry(
            ChainGeometry shown, RegionMap before, RegionMap after, Chain chain, Collection<?> touched) {
        Chain was = before.chain(chain.id()).orElse(null);
        if (was == null || !LayoutReach.sameShape(was, chain)) {
            return Optional.empty();
        }
        Set<String> segments = new HashSet<>();
        for (Segment segment : chain.segments()) {
            segments.add(segment.id());
        }
        Set<String> moved = new HashSet<>();
        Set<List<String>> rerouted = new HashSet<>();
        for (Object record : touched) {
            if (record instanceof Enterprise firm) {
                Enterprise a = before.enterprise(firm.id()).orElse(null);
                Enterprise b = after.enterprise(firm.id()).orElse(null);
                boolean drawn = shown.cards().containsKey(firm.id()) || worksIn(b, segments);
                if (drawn && (a == null || b == null || !Objects.equals(a.segments(), b.segments()))) {
                    moved.add(firm.id());
                }
            } else if (record instanceof SupplyLink link) {
                rerouted.add(List.of(link.from(), link.to()));
            }
        }
        return Optional.of(new Builder(shown, after, segments, moved, rerouted).build());
    }

    private static boolean worksIn(Enterprise firm, Set<String> segments) {
        if (firm == null) {
            return false;
        }
        for (String segment : firm.segments()) {
            if (segments.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /** Makes one provisional geometry. */
    private static final class Builder {
        private final ChainGeometry shown;
        private final RegionMap map;
        private final Set<String> segments;
        private final Set<String> moved;
        private final Set<List<String>> rerouted;
        private final Map<String, Rect> boxes;
        private final Map<String, Rect> cards = new LinkedHashMap<>();
        private final List<ChainGeometry.Marker> markers = new ArrayList<>();
        /** Per box, the cards and markers in it. */
        private final Map<String, List<Rect>> inBox = new HashMap<>();

        private double height;

        Builder(
                ChainGeometry shown,
                RegionMap map,
                Set<String> segments,
                Set<String> moved,
                Set<List<String>> rerouted) {
            this.shown = shown;
            this.map = map;
            this.segments = segments;
            this.moved = moved;
            this.rerouted = rerouted;
            this.boxes = new LinkedHashMap<>(shown.segments());
            this.height = shown.height();
        }

        ChainGeometry build() {
            if (moved.isEmpty()) {
                cards.putAll(shown.cards());
                markers.addAll(shown.markers());
            } else {
                // Only the boxes the moved firms go to need to know what lies in them.
                Set<String> targets = new HashSet<>();
                for (String id : moved) {
                    map.enterprise(id).ifPresent(firm -> targets.addAll(firm.segments()));
                }
                targets.retainAll(boxes.keySet());
                for (Map.Entry<String, Rect> card : shown.cards().entrySet()) {
                    if (!moved.contains(card.getKey())) {
                        cards.put(card.getKey(), card.getValue());
                        String box = boxOf(card.getValue(), targets);
                        if (box != null) {
                            inBox.computeIfAbsent(box, key -> new ArrayList<>()).add(card.getValue());
                        }
                    }
                }
                for (ChainGeometry.Marker marker : shown.markers()) {
                    if (!moved.contains(marker.firm())) {
                        markers.add(marker);
                        inBox.computeIfAbsent(marker.segment(), key -> new ArrayList<>())
                                .add(marker.bounds());
                    }
                }
                for (String id : moved) {
                    map.enterprise(id).ifPresent(this::place);
                }
            }
            List<ChainGeometry.LinkRoute> routes = new ArrayList<>(shown.links().size());
            Set<List<String>> routed = new HashSet<>();
            for (ChainGeometry.LinkRoute route : shown.links()) {
                if (!moved.contains(route.supplier())
                        && !moved.contains(route.customer())
                        && (rerouted.isEmpty() || !rerouted.contains(List.of(route.supplier(), route.customer())))) {
                    routes.add(route);
                }
            }
            for (String id : moved) {
                routeLinksOf(id, routes, routed, null);
            }
            for (List<String> pair : rerouted) {
                routeLinksOf(pair.get(0), routes, routed, pair.get(1));
            }
            return new ChainGeometry(
                    shown.columns(), boxes, cards, markers, shown.feeds(), shown.width(), height, routes);
        }

        /** Which of the boxes {@code among} the card lies in, or {@code null}. */
        private String boxOf(Rect card, Set<String> among) {
            for (String box : among) {
                Rect b = boxes.get(box);
                if (card.x() >= b.x()
                        && card.right() <= b.right() + 0.5
                        && card.y() >= b.y()
                        && card.bottom() <= b.bottom() + 0.5) {
                    return box;
                }
            }
            return null;
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
                    cards.put(firm.id(), cell(segment, Placement.CARD_HEIGHT, true));
                } else {
                    markers.add(new ChainGeometry.Marker(
                            firm.id(), segment, cell(segment, Placement.MARKER_HEIGHT, false)));
                }
            }
        }

        /**
         * A free place in the grid of {@code segment}'s box: for a card the first free cell of its card rows, else
         * (and for a marker) a new row below everything in it, the box growing to hold it.
         */
        private Rect cell(String segment, double cellHeight, boolean card) {
            Rect box = boxes.get(segment);
            List<Rect> taken = inBox.computeIfAbsent(segment, key -> new ArrayList<>());
            int columns = Math.max(1, (int) Math.round((box.width() - 2 * Placement.PADDING + Placement.COLUMN_GAP)
                    / (Placement.CARD_WIDTH + Placement.COLUMN_GAP)));
            double gap = columns == 1 ? Placement.PADDING : Placement.ROW_GAP;
            Rect free = null;
            if (card) {
                List<Double> rows = new ArrayList<>();
                for (Rect r : taken) {
                    if (r.height() == Placement.CARD_HEIGHT && !rows.contains(r.y())) {
                        rows.add(r.y());
                    }
                }
                rows.sort(null);
                for (int row = 0; row < rows.size() && free == null; row++) {
                    for (int column = 0; column < columns && free == null; column++) {
                        Rect candidate = new Rect(cellX(box, column), rows.get(row), Placement.CARD_WIDTH, cellHeight);
                        if (!overlaps(candidate, taken)) {
                            free = candidate;
                        }
                    }
                }
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

        private static boolean overlaps(Rect a, List<Rect> taken) {
            for (Rect b : taken) {
                if (a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom()) {
                    return true;
                }
            }
            return false;
        }

        /** Routes the links of {@code id} (only those to {@code other}, unless {@code null}) not routed yet. */
        private void routeLinksOf(
                String id, List<ChainGeometry.LinkRoute> routes, Set<List<String>> routed, String other) {
            for (int position : map.linkPositions(id)) {
                SupplyLink link = map.links().get(position);
                if (link.from().equals(link.to()) || other != null && !link.to().equals(other)) {
                    continue;
                }
                Rect from = end(link.from());
                Rect to = end(link.to());
                if ((from != null || to != null) && routed.add(List.of(link.from(), link.to()))) {
                    routes.add(route(link, from, to));
                }
            }
        }

        /** Where a firm is drawn: its card, else its first marker; {@code null} when not drawn. */
        private Rect end(String id) {
            Rect card = cards.get(id);
            if (card != null) {
                return card;
            }
            for (ChainGeometry.Marker marker : markers) {
                if (marker.firm().equals(id)) {
                    return marker.bounds();
                }
            }
            return null;
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
}
