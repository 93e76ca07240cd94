package org.chainmap.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ProvisionalPlacement;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * The supply links of a chain's drawing, a pass of {@link ChainPainter}: thin lines with small arrowheads, a
 * chokepoint supplier's in its colour, an external supplier's and stubs to firms outside the chain grey and
 * dashed with the other firm's name, cycles fainter and dashed (but a link between two cards of one column solid,
 * as plainly as a link forward). Links of one style are stroked as one path.
 *
 * <p>Level of detail: when the view sees more than {@link #BUDGET} links, as in the middle of a chain of
 * thousands of firms or over a whole large chain, only the links between two cards in view are drawn, and
 * the links in focus (select a firm to see all of its links); far out, where cards are not drawn, a crowded
 * view draws the links in focus only. A band of thousands of lines says nothing, and would take seconds to
 * draw. Dashes shorter than a pixel on screen are drawn solid: computing a hundred thousand invisible dashes
 * along a long route is what made a fitted frame of a 10,000-firm chain take ten seconds; a vector pen
 * ({@code !pixels()}) gets them dashed. On a pen of pixels, solid lines thinner than a pixel on screen (the plain
 * links' below 100%) are drawn as {@link Hairlines}.
 */
final class LinkPass {

    /** Beyond this many links in view, links are drawn only near their ends in view. */
    static final int BUDGET = 400;

    /** The links in painting order (plain, cycles, external, chokepoint on top), as rows of flat arrays. */
    private final LinkRows rows;
    /** The labels at the far ends of the stubs. */
    private final StubLabels stubLabels;
    /** Where each layer's links end in {@link #rows}: plain, cycles, external, chokepoint. */
    private final int[] layerEnds = new int[4];
    /** The (supplier, customer) pairs of the map's planned links; shared by the passes made from this one. */
    private final Set<List<String>> plannedLinks;

    private final Map<String, Enterprise> firms;
    private final Set<String> chokepointSuppliers;
    /** Whether made from the pass before an edit ({@link #placed}), not whole: for tests. */
    private final boolean derived;

    /**
     * How a link is stroked.
     *
     * @param color the line's colour
     * @param width the line's width
     * @param dash 0 solid, 1 short dashes (external), 2 long dashes (cycles)
     * @param alpha 1, or dimmed outside the focus
     */
    private record Style(Color color, double width, int dash, double alpha) {}

    LinkPass(RegionMap map, ChainGeometry geometry, Map<String, Enterprise> firms, Set<String> chokepointSuppliers) {
        this.firms = firms;
        this.chokepointSuppliers = chokepointSuppliers;
        // Only the drawn links' firms are looked up: a lookup for each of a large map's links took most of an
        // edit's time on the JavaFX thread (issue 17 item 9).
        Set<List<String>> plannedPairs = new HashSet<>();
        for (org.chainmap.model.SupplyLink link : map.links()) {
            if (link.isPlanned()) {
                plannedPairs.add(List.of(link.from(), link.to()));
            }
        }
        plannedLinks = plannedPairs;
        derived = false;
        List<List<ChainGeometry.LinkRoute>> layers = byLayers(geometry.links());
        rows = new LinkRows(geometry.links().size());
        for (int layer = 0; layer < 4; layer++) {
            for (ChainGeometry.LinkRoute route : layers.get(layer)) {
                add(map, geometry, route);
            }
            layerEnds[layer] = rows.size();
        }
        stubLabels = StubLabels.of(rows);
    }

    /**
     * The pass of {@code placed}'s geometry, made from {@code before}, the pass of the geometry it was made from, on
     * a map whose chokepoints are as {@code before}'s: the routes kept keep their order and rows, copied in runs, the
     * new ones go to the end of their layer; only these and the taken-away rows are looked at (issue 17 item 9,
     * decision 0045), also when the edit removed or added links (a firm deleted with its links, that undone): the
     * rows of the rerouted pairs go, their new routes come, the planned pairs are patched for those pairs. The stub
     * labels at the far ends where no stub was taken away or added are kept. {@code null} when a row it would keep
     * reads a firm of {@code changed} (firms whose locality, plan state or name the edit changed): then it is made
     * whole.
     */
    static LinkPass placed(
            LinkPass before,
            RegionMap map,
            ProvisionalPlacement placed,
            Map<String, Enterprise> firms,
            Set<String> changed) {
        if (!changed.isEmpty()
                && before.rows.rowsOf(
                                        changed,
                                        route -> !placed.takenAway(route)
                                                && (changed.contains(route.supplier())
                                                        || changed.contains(route.customer())))
                                .length
                        > 0) {
            return null;
        }
        Set<String> ends = new java.util.HashSet<>(placed.moved());
        for (List<String> pair : placed.rerouted()) {
            ends.addAll(pair);
        }
        int[] gone = before.rows.rowsOf(ends, placed::takenAway);
        if (gone.length != placed.takenRoutes().length) {
            return null;
        }
        return new LinkPass(
                before, map, placed, firms, gone, plannedAfter(before.plannedLinks, map, placed.rerouted()));
    }

    /**
     * {@code planned}, the (supplier, customer) pairs with a planned link, of a map that an edit made into {@code
     * map} changing the links of the pairs {@code rerouted} only: those pairs looked up in {@code map}'s links of
     * their suppliers; {@code planned} itself when none of them changed.
     */
    private static Set<List<String>> plannedAfter(
            Set<List<String>> planned, RegionMap map, Set<List<String>> rerouted) {
        Set<List<String>> now = planned;
        for (List<String> pair : rerouted) {
            boolean is = false;
            for (int p : map.linkPositions(pair.get(0))) {
                org.chainmap.model.SupplyLink link = map.links().get(p);
                is |= link.isPlanned()
                        && link.from().equals(pair.get(0))
                        && link.to().equals(pair.get(1));
            }
            if (is != now.contains(pair)) {
                now = now == planned ? new HashSet<>(planned) : now;
                if (is) {
                    now.add(pair);
                } else {
                    now.remove(pair);
                }
            }
        }
        return now;
    }

    private LinkPass(
            LinkPass before,
            RegionMap map,
            ProvisionalPlacement placed,
            Map<String, Enterprise> firms,
            int[] gone,
            Set<List<String>> plannedLinks) {
        this.firms = firms;
        this.chokepointSuppliers = before.chokepointSuppliers;
        this.plannedLinks = plannedLinks;
        this.derived = true;
        ChainGeometry geometry = placed.geometry();
        List<ChainGeometry.LinkRoute> all = geometry.links();
        List<ChainGeometry.LinkRoute> added = all.subList(before.rows.size() - gone.length, all.size());
        rows = new LinkRows(all.size());
        // The far ends of the stubs taken away and added, where the labels are made again.
        double[] changed = new double[2 * (gone.length + added.size())];
        int changes = 0;
        for (int row : gone) {
            if (before.rows.stub(row)) {
                changes = changedEnd(changed, changes, before.rows.farX(row), before.rows.farY(row));
            }
        }
        List<List<ChainGeometry.LinkRoute>> addedByLayer = byLayers(added);
        int[] addedBefore = new int[4]; // the routes added in the layers before each layer
        for (int layer = 0, i = 0, g = 0; layer < 4; layer++) {
            addedBefore[layer] = rows.size() - (i - g);
            for (; g < gone.length && gone[g] < before.layerEnds[layer]; g++) {
                rows.copy(before.rows, i, gone[g]);
                i = gone[g] + 1;
            }
            rows.copy(before.rows, i, before.layerEnds[layer]);
            i = before.layerEnds[layer];
            for (ChainGeometry.LinkRoute fresh : addedByLayer.get(layer)) {
                add(map, geometry, fresh);
                if (fresh.external()) {
                    changes = changedEnd(changed, changes, rows.farX(rows.size() - 1), rows.farY(rows.size() - 1));
                }
            }
            layerEnds[layer] = rows.size();
        }
        int[] layerEndsBefore = before.layerEnds;
        stubLabels = before.stubLabels.patched(rows, layerEnds[1], java.util.Arrays.copyOf(changed, changes), first -> {
            int layer = 0;
            while (first >= layerEndsBefore[layer]) {
                layer++;
            }
            int removed = java.util.Arrays.binarySearch(gone, first);
            return first - (-removed - 1) + addedBefore[layer];
        });
    }

    /**
     * Adds the far end (x, y) to the {@code count} numbers of {@code ends} unless among them (a card's stubs share
     * one), and gives the count after.
     */
    private static int changedEnd(double[] ends, int count, double x, double y) {
        for (int i = 0; i < count; i += 2) {
            if (Double.compare(ends[i], x) == 0 && Double.compare(ends[i + 1], y) == 0) {
                return count;
            }
        }
        ends[count] = x;
        ends[count + 1] = y;
        return count + 2;
    }

    /** Whether this pass was made from the one before an edit, not whole: for tests. */
    boolean derived() {
        return derived;
    }

    /** The stub labels (records: place, name, side, count), the array itself, for tests. */
    Object[] stubLabels() {
        return stubLabels.labels();
    }

    /** Adds {@code route} after the links so far: its bounds, whether in one column, its stub's far firm's name. */
    private void add(RegionMap map, ChainGeometry geometry, ChainGeometry.LinkRoute route) {
        String stubName = null;
        if (route.external()) {
            String other = route.kind() == ChainGeometry.Kind.FROM_OUTSIDE ? route.supplier() : route.customer();
            stubName = map.enterprise(other).map(Enterprise::name).orElse(other);
        }
        boolean planned = !plannedLinks.isEmpty() && plannedLinks.contains(List.of(route.supplier(), route.customer()))
                || isPlanned(map, route.supplier())
                || isPlanned(map, route.customer());
        rows.add(
                route,
                stubName,
                (route.back() && inOneColumn(geometry, route) ? LinkRows.ONE_COLUMN : 0)
                        | (planned ? LinkRows.PLANNED : 0)
                        | (isExternal(route) ? LinkRows.EXTERNAL : 0));
    }

    private boolean isPlanned(RegionMap map, String firm) {
        Enterprise drawn = firms.get(firm);
        return drawn != null
                ? drawn.isPlanned()
                : map.enterprise(firm).map(Enterprise::isPlanned).orElse(false);
    }

    /** The routes of each layer, in their order. */
    private List<List<ChainGeometry.LinkRoute>> byLayers(List<ChainGeometry.LinkRoute> routes) {
        List<List<ChainGeometry.LinkRoute>> layers =
                new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        for (ChainGeometry.LinkRoute route : routes) {
            layers.get(layer(route)).add(route);
        }
        return layers;
    }

    /** Where a link is painted among the others: later on top. */
    private int layer(ChainGeometry.LinkRoute route) {
        if (chokepointSuppliers.contains(route.supplier())) {
            return 3;
        }
        return isExternal(route) ? 2 : route.back() ? 1 : 0;
    }

    /** Whether both cards of {@code route} stand in one column: a firm supplying its neighbour in the column. */
    private static boolean inOneColumn(ChainGeometry geometry, ChainGeometry.LinkRoute route) {
        Rect supplier = geometry.cards().get(route.supplier());
        Rect customer = geometry.cards().get(route.customer());
        return supplier != null && customer != null && Math.abs(supplier.x() - customer.x()) < 1;
    }

    /** Whether a link comes from, or goes to, a firm outside the region or outside the chain. */
    private boolean isExternal(ChainGeometry.LinkRoute route) {
        Enterprise supplier = firms.get(route.supplier());
        return route.external() || supplier == null || !supplier.local();
    }

    /** How row {@code i} is stroked. */
    private Style style(int i, Theme theme, Set<String> focus) {
        ChainGeometry.LinkRoute route = rows.route(i);
        boolean choke = i >= layerEnds[2];
        boolean external = rows.is(i, LinkRows.EXTERNAL);
        Color color = choke ? theme.chokepoint() : external ? theme.subtle() : theme.link();
        boolean inFocus = focus == null || focus.contains(route.supplier()) && focus.contains(route.customer());
        // Cycles run long ways round: fainter, so that the flow left to right stays in front. A link between two
        // cards of one column is no cycle to play down: it is drawn solid, as plainly as a link forward.
        boolean cycle = route.back() && !rows.is(i, LinkRows.ONE_COLUMN);
        boolean isPlanned = rows.is(i, LinkRows.PLANNED);
        return new Style(
                cycle && !choke ? color.deriveColor(0, 1, 1, 0.55) : color,
                choke ? 1.5 : cycle || external ? 0.8 : 1,
                external || isPlanned ? 1 : cycle ? 2 : 0,
                (inFocus ? 1 : ChainPainter.DIMMED) * (isPlanned ? ChainPainter.PLANNED : 1));
    }

    /**
     * Paints the links {@code view} sees; with a {@code focus} (firm ids), the others dimmed; {@code far}
     * when the view is too far out for cards.
     */
    void paint(Pen g, Viewport view, Theme theme, Set<String> focus, boolean far) {
        // The view's edges in map units, worked out once: the tests below run for every link.
        double left = view.x();
        double top = view.y();
        double right = view.x() + view.width() / view.scale();
        double bottom = view.y() + view.height() / view.scale();
        // The links whose bounds the view touches, and whether both their ends are in view, in one pass. The level
        // of detail is the whole picture's: a tile of a PNG draws the links the picture shows through it.
        Viewport surface = view.surface();
        double wholeLeft = surface.x();
        double wholeTop = surface.y();
        double wholeRight = surface.x() + surface.width() / surface.scale();
        double wholeBottom = surface.y() + surface.height() / surface.scale();
        int count = rows.size();
        double[] bounds = rows.bounds();
        int[] seen = new int[count];
        boolean[] betweenSeenCards = new boolean[count];
        int seenCount = 0;
        int seenWhole = 0;
        for (int i = 0, k = 0; i < count; i++, k += 8) {
            if (surface != view
                    && bounds[k + 2] >= wholeLeft
                    && bounds[k + 3] >= wholeTop
                    && bounds[k] <= wholeRight
                    && bounds[k + 1] <= wholeBottom) {
                seenWhole++;
            }
            if (bounds[k + 2] >= left && bounds[k + 3] >= top && bounds[k] <= right && bounds[k + 1] <= bottom) {
                betweenSeenCards[seenCount] = !far
                        && inside(bounds[k + 4], bounds[k + 5], wholeLeft, wholeTop, wholeRight, wholeBottom)
                        && inside(bounds[k + 6], bounds[k + 7], wholeLeft, wholeTop, wholeRight, wholeBottom);
                seen[seenCount++] = i;
            }
        }
        boolean crowded = (surface == view ? seenCount : seenWhole) > BUDGET;
        // A dash pattern is in map units: drawn only when a dash is at least a pixel long on screen.
        boolean dashes = Strokes.dashed(g, view, 3);
        Map<Style, List<ChainGeometry.LinkRoute>> byStyle = new LinkedHashMap<>();
        for (int j = 0; j < seenCount; j++) {
            if (crowded && focus == null && !betweenSeenCards[j]) {
                continue; // not drawn, as drawn(...) would say, without looking at the link
            }
            ChainGeometry.LinkRoute route = rows.route(seen[j]);
            if (drawn(route, focus, crowded, betweenSeenCards[j])) {
                byStyle.computeIfAbsent(style(seen[j], theme, focus), key -> new ArrayList<>())
                        .add(route);
            }
        }
        for (Map.Entry<Style, List<ChainGeometry.LinkRoute>> group : byStyle.entrySet()) {
            paintGroup(g, view, group.getKey(), group.getValue(), dashes);
        }
        g.setGlobalAlpha(focus == null ? 1 : ChainPainter.DIMMED);
        stubLabels.paint(g, view, theme);
        g.setGlobalAlpha(1);
    }

    /** Paints the links of one style as one path, their arrowheads as another; {@code dashes} whether dashed. */
    private static void paintGroup(
            Pen g, Viewport view, Style style, List<ChainGeometry.LinkRoute> routes, boolean dashes) {
        g.setGlobalAlpha(style.alpha());
        g.setStroke(style.color());
        g.setFill(style.color());
        g.setLineWidth(style.width());
        Strokes.dashes(
                g,
                view,
                !dashes || style.dash() == 0 ? null : style.dash() == 1 ? new double[] {3, 3} : new double[] {6, 3});
        // Thinner than a pixel and solid, the level and upright pieces of the routes are thin rectangles.
        Hairlines hairlines = Hairlines.fit(g, view) ? new Hairlines(g, view) : null;
        g.beginPath();
        for (ChainGeometry.LinkRoute route : routes) {
            if (hairlines != null) {
                hairlines.add(view, route.points());
            } else {
                Strokes.add(g, view, route.points());
            }
        }
        if (hairlines == null || hairlines.stroking()) {
            g.stroke();
        }
        if (hairlines != null) {
            hairlines.fill();
        }
        Strokes.dashes(g, view, null);
        g.beginPath();
        for (ChainGeometry.LinkRoute route : routes) {
            List<double[]> points = route.points();
            if (sees(view, points.get(points.size() - 1))) {
                Strokes.arrowHead(g, points.get(points.size() - 2), points.get(points.size() - 1), 5);
            }
        }
        g.fill();
    }

    /** Whether the link is drawn: always when the view is not crowded; else in focus, or between seen cards. */
    static boolean drawn(
            ChainGeometry.LinkRoute route, Viewport view, Set<String> focus, boolean crowded, boolean far) {
        List<double[]> points = route.points();
        return drawn(
                route, focus, crowded, !far && sees(view, points.get(0)) && sees(view, points.get(points.size() - 1)));
    }

    private static boolean drawn(
            ChainGeometry.LinkRoute route, Set<String> focus, boolean crowded, boolean betweenSeenCards) {
        return !crowded
                || betweenSeenCards
                || focus != null && focus.contains(route.supplier()) && focus.contains(route.customer());
    }

    private static boolean inside(double x, double y, double left, double top, double right, double bottom) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    private static boolean sees(Viewport view, double[] point) {
        return view.sees(point[0], point[1], 0, 0);
    }
}
