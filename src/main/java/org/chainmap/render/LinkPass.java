package org.chainmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
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

    /** The links in painting order (plain, cycles, external, chokepoint on top). */
    private final List<ChainGeometry.LinkRoute> links = new ArrayList<>();
    /** The (supplier, customer) pairs of planned links and of the links of planned firms: dashed and faded. */
    private final Set<List<String>> planned = new java.util.HashSet<>();
    /**
     * Each link's bounds (min x, min y, max x, max y) and ends (start x, y, end x, y), eight numbers a link in
     * one array: every frame reads them for every link, and from one array they come in order instead of from
     * objects all over the heap (a frame's culling took 1.7 ms for the 32,713 links of a large chain).
     */
    private final double[] bounds;
    /** One label at the far end of the stubs that meet there: the outside firm's name, "+n" for more. */
    private final StubLabel[] stubLabels;
    /** Each stub label's place (x, y), kept flat for the same reason as {@link #bounds}. */
    private final double[] stubPlaces;
    /** Where each layer's links end in {@link #links}: plain, cycles, external, chokepoint. */
    private final int[] layerEnds = new int[4];
    /** The name of the firm at the far end of each link that is a stub, in the order of {@link #links}. */
    private final String[] stubNames;

    private final Map<String, Enterprise> firms;
    private final Set<String> chokepointSuppliers;
    /** The links between two cards of one column: drawn as plainly as a link forward, not faint as a cycle. */
    private final Set<ChainGeometry.LinkRoute> inOneColumn = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The label of the stubs ending at one point.
     *
     * @param x the stubs' far end
     * @param y the stubs' height
     * @param name the first outside firm's name
     * @param in whether the stubs come in from the left (outside suppliers)
     * @param count how many stubs end there
     * @param first the index in {@link #links} of the first of them, whose far firm's name it is
     */
    private record StubLabel(double x, double y, String name, boolean in, int count, int first) {
        StubLabel plus(StubLabel other) {
            return new StubLabel(x, y, name, in, count + other.count, first);
        }
    }

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
        for (org.chainmap.model.SupplyLink link : map.links()) {
            if (link.isPlanned()) {
                planned.add(List.of(link.from(), link.to()));
            }
        }
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            if (isPlanned(map, route.supplier()) || isPlanned(map, route.customer())) {
                planned.add(List.of(route.supplier(), route.customer()));
            }
        }
        List<List<ChainGeometry.LinkRoute>> layers = byLayers(geometry.links());
        bounds = new double[8 * geometry.links().size()];
        stubNames = new String[geometry.links().size()];
        for (int layer = 0; layer < 4; layer++) {
            for (ChainGeometry.LinkRoute route : layers.get(layer)) {
                add(map, geometry, route);
            }
            layerEnds[layer] = links.size();
        }
        stubLabels = labels();
        stubPlaces = places(stubLabels);
    }

    /**
     * The pass of {@code placed}'s geometry, made from {@code before}, the pass of the geometry it was made from,
     * on a map whose links, chokepoints and drawn firms' locality, plan state and names are as {@code before}'s:
     * the routes kept keep their order, bounds and labels' names, the new ones go to the end of their layer; only
     * these are looked at (issue 17 item 9, decision 0045). When no external route was taken away or added, the stub
     * labels and their places are {@code before}'s, not made again over every link.
     */
    LinkPass(LinkPass before, RegionMap map, ProvisionalPlacement placed, Map<String, Enterprise> firms) {
        this.firms = firms;
        this.chokepointSuppliers = before.chokepointSuppliers;
        ChainGeometry geometry = placed.geometry();
        List<ChainGeometry.LinkRoute> all = geometry.links();
        int kept = 0;
        for (ChainGeometry.LinkRoute route : placed.from().links()) {
            kept += placed.takenAway(route) ? 0 : 1;
        }
        List<ChainGeometry.LinkRoute> added = all.subList(kept, all.size());
        planned.addAll(before.planned);
        // The stub labels: only those where a stub was taken away or added are made again.
        List<double[]> changedEnds = new ArrayList<>();
        int[] keptAt = new int[before.links.size()];
        for (ChainGeometry.LinkRoute route : added) {
            if (route.external()) {
                changedEnds.add(farEnd(route));
            }
            if (isPlanned(map, route.supplier()) || isPlanned(map, route.customer())) {
                planned.add(List.of(route.supplier(), route.customer()));
            }
        }
        inOneColumn.addAll(before.inOneColumn);
        bounds = new double[8 * all.size()];
        stubNames = new String[all.size()];
        List<List<ChainGeometry.LinkRoute>> addedByLayer = byLayers(added);
        for (int layer = 0, i = 0; layer < 4; layer++) {
            for (; i < before.layerEnds[layer]; i++) {
                ChainGeometry.LinkRoute route = before.links.get(i);
                if (!placed.takenAway(route)) {
                    System.arraycopy(before.bounds, 8 * i, bounds, 8 * links.size(), 8);
                    stubNames[links.size()] = before.stubNames[i];
                    keptAt[i] = links.size();
                    links.add(route);
                } else if (route.external()) {
                    changedEnds.add(farEnd(route));
                }
            }
            addedByLayer.get(layer).forEach(fresh -> add(map, geometry, fresh));
            layerEnds[layer] = links.size();
        }
        stubLabels = patched(before.stubLabels, keptAt, changedEnds);
        stubPlaces = stubLabels == before.stubLabels ? before.stubPlaces : places(stubLabels);
    }

    /**
     * {@link #labels()} from {@code before}'s: those at none of the {@code changed} far ends kept (their first stub's
     * index moved to {@code keptAt} it), those at a changed end made again, merged in the order of their first stubs.
     */
    private StubLabel[] patched(StubLabel[] before, int[] keptAt, List<double[]> changed) {
        List<StubLabel> kept = new ArrayList<>(before.length);
        for (StubLabel label : before) {
            if (!among(label.x(), label.y(), changed)) {
                int first = keptAt[label.first()];
                kept.add(
                        first == label.first()
                                ? label
                                : new StubLabel(label.x(), label.y(), label.name(), label.in(), label.count(), first));
            }
        }
        List<StubLabel> remade = new ArrayList<>();
        for (int i = changed.isEmpty() ? links.size() : layerEnds[1]; i < links.size(); i++) {
            ChainGeometry.LinkRoute route = links.get(i);
            if (!route.external()) {
                continue;
            }
            double[] far = farEnd(route);
            if (!among(far[0], far[1], changed)) {
                continue;
            }
            int j = 0;
            while (j < remade.size()
                    && (Double.compare(remade.get(j).x(), far[0]) != 0
                            || Double.compare(remade.get(j).y(), far[1]) != 0)) {
                j++;
            }
            StubLabel one =
                    new StubLabel(far[0], far[1], stubNames[i], route.kind() == ChainGeometry.Kind.FROM_OUTSIDE, 1, i);
            if (j < remade.size()) {
                remade.set(j, remade.get(j).plus(one));
            } else {
                remade.add(one);
            }
        }
        if (remade.isEmpty() && kept.equals(List.of(before))) {
            return before; // no stub changed, none moved in the order: the same labels
        }
        StubLabel[] labels = new StubLabel[kept.size() + remade.size()];
        for (int k = 0, a = 0, b = 0; k < labels.length; k++) {
            labels[k] = b == remade.size()
                            || a < kept.size()
                                    && kept.get(a).first() < remade.get(b).first()
                    ? kept.get(a++)
                    : remade.get(b++);
        }
        return labels;
    }

    /** Whether (x, y) is one of {@code ends}. */
    private static boolean among(double x, double y, List<double[]> ends) {
        for (double[] end : ends) {
            if (Double.compare(x, end[0]) == 0 && Double.compare(y, end[1]) == 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] farEnd(ChainGeometry.LinkRoute route) { // where its label stands
        boolean in = route.kind() == ChainGeometry.Kind.FROM_OUTSIDE;
        return route.points().get(in ? 0 : route.points().size() - 1);
    }

    /** The stub labels (records: place, name, side, count, first stub's index), the array itself, for tests. */
    Object[] stubLabels() {
        return stubLabels;
    }

    /** Adds {@code route} after the links so far: its bounds, whether in one column, its stub's far firm's name. */
    private void add(RegionMap map, ChainGeometry geometry, ChainGeometry.LinkRoute route) {
        links.add(route);
        if (route.back() && inOneColumn(geometry, route)) {
            inOneColumn.add(route);
        }
        double[] first = route.points().get(0);
        double[] last = route.points().get(route.points().size() - 1);
        double[] box = {
            Double.MAX_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            -Double.MAX_VALUE,
            first[0],
            first[1],
            last[0],
            last[1]
        };
        for (double[] point : route.points()) {
            box[0] = Math.min(box[0], point[0]);
            box[1] = Math.min(box[1], point[1]);
            box[2] = Math.max(box[2], point[0]);
            box[3] = Math.max(box[3], point[1]);
        }
        System.arraycopy(box, 0, bounds, 8 * (links.size() - 1), 8);
        if (route.external()) {
            String other = route.kind() == ChainGeometry.Kind.FROM_OUTSIDE ? route.supplier() : route.customer();
            stubNames[links.size() - 1] =
                    map.enterprise(other).map(Enterprise::name).orElse(other);
        }
    }

    /** One label at the far end of the stubs that meet there, in the order of the links. */
    private StubLabel[] labels() {
        Map<List<Double>, StubLabel> labels = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            ChainGeometry.LinkRoute route = links.get(i);
            if (route.external()) {
                boolean in = route.kind() == ChainGeometry.Kind.FROM_OUTSIDE;
                double[] far = farEnd(route);
                labels.merge(
                        List.of(far[0], far[1]),
                        new StubLabel(far[0], far[1], stubNames[i], in, 1, i),
                        StubLabel::plus);
            }
        }
        return labels.values().toArray(StubLabel[]::new);
    }

    private static double[] places(StubLabel[] labels) {
        double[] places = new double[2 * labels.length];
        for (int i = 0; i < labels.length; i++) {
            places[2 * i] = labels[i].x();
            places[2 * i + 1] = labels[i].y();
        }
        return places;
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

    private Style style(ChainGeometry.LinkRoute route, Theme theme, Set<String> focus) {
        boolean choke = chokepointSuppliers.contains(route.supplier());
        boolean external = isExternal(route);
        Color color = choke ? theme.chokepoint() : external ? theme.subtle() : theme.link();
        boolean inFocus = focus == null || focus.contains(route.supplier()) && focus.contains(route.customer());
        // Cycles run long ways round: fainter, so that the flow left to right stays in front. A link between two
        // cards of one column is no cycle to play down: it is drawn solid, as plainly as a link forward.
        boolean cycle = route.back() && !inOneColumn.contains(route);
        boolean isPlanned = !planned.isEmpty() && planned.contains(List.of(route.supplier(), route.customer()));
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
        int[] seen = new int[links.size()];
        boolean[] betweenSeenCards = new boolean[links.size()];
        int seenCount = 0;
        int seenWhole = 0;
        for (int i = 0, k = 0; i < links.size(); i++, k += 8) {
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
            ChainGeometry.LinkRoute route = links.get(seen[j]);
            if (drawn(route, focus, crowded, betweenSeenCards[j])) {
                byStyle.computeIfAbsent(style(route, theme, focus), key -> new ArrayList<>())
                        .add(route);
            }
        }
        for (Map.Entry<Style, List<ChainGeometry.LinkRoute>> group : byStyle.entrySet()) {
            paintGroup(g, view, group.getKey(), group.getValue(), dashes);
        }
        g.setGlobalAlpha(focus == null ? 1 : ChainPainter.DIMMED);
        paintStubLabels(g, view, theme);
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

    private void paintStubLabels(Pen g, Viewport view, Theme theme) {
        double width = 46;
        double right = view.x() + view.width() / view.scale();
        double bottom = view.y() + view.height() / view.scale();
        for (int i = 0; i < stubLabels.length; i++) {
            double x = stubPlaces[2 * i];
            double y = stubPlaces[2 * i + 1];
            if (x + width + 2 < view.x() || y + 6 < view.y() || x - width - 2 > right || y - 6 > bottom) {
                continue;
            }
            StubLabel label = stubLabels[i];
            String more = label.count() > 1 ? " +" + (label.count() - 1) : "";
            String name = Fonts.fit(label.name(), 8, width - Fonts.estimateWidth(more, 8)) + more;
            ChainPainter.text(
                    g,
                    view,
                    name,
                    label.in() ? label.x() - 2 : label.x() + 2,
                    label.y(),
                    8,
                    theme.subtle(),
                    FontWeight.NORMAL,
                    FontPosture.ITALIC,
                    label.in() ? TextAlignment.RIGHT : TextAlignment.LEFT);
        }
    }
}
