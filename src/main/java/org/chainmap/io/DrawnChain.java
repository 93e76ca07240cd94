package org.chainmap.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * What the exports of one chain's drawing share: the chain's segments and firms looked up once, its
 * layers, and the supply links between its cards with their routes.
 *
 * <p>The route of a link is the one the drawing draws, the layout's ({@link ChainGeometry#links()}); a
 * straight line from card edge to card edge ({@link #route}) only for a geometry whose links are not routed.
 */
final class DrawnChain {

    /** A supply link between two cards of the drawing. */
    record DrawnLink(SupplyLink link, boolean back, List<double[]> route) {}

    final RegionMap map;
    final Chain chain;
    final ChainGeometry geometry;
    final Map<String, Segment> segments = new HashMap<>();
    final Map<String, Enterprise> firms = new HashMap<>();
    final List<DrawnLink> links = new ArrayList<>();

    private DrawnChain(RegionMap map, Chain chain, ChainGeometry geometry) {
        this.map = map;
        this.chain = chain;
        this.geometry = geometry;
    }

    /** The drawing of {@code chain} of {@code map} laid out as {@code geometry}. */
    static DrawnChain of(RegionMap map, Chain chain, ChainGeometry geometry) {
        DrawnChain drawn = new DrawnChain(map, chain, geometry);
        chain.segments().forEach(segment -> drawn.segments.putIfAbsent(segment.id(), segment));
        for (String id : geometry.cards().keySet()) {
            drawn.firms.put(id, firm(map, id));
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            drawn.firms.computeIfAbsent(marker.firm(), id -> firm(map, id));
        }
        Map<List<String>, List<double[]>> routed = new HashMap<>();
        for (ChainGeometry.LinkRoute route : geometry.links()) {
            if (!route.external()) {
                routed.putIfAbsent(List.of(route.supplier(), route.customer()), route.points());
            }
        }
        for (SupplyLink link : map.links()) {
            Rect from = geometry.cards().get(link.from());
            Rect to = geometry.cards().get(link.to());
            if (from != null && to != null && !link.from().equals(link.to())) {
                List<double[]> route = routed.get(List.of(link.from(), link.to()));
                drawn.links.add(
                        new DrawnLink(link, to.centerX() < from.centerX(), route != null ? route : route(from, to)));
            }
        }
        return drawn;
    }

    private static Enterprise firm(RegionMap map, String id) {
        return map.enterprise(id).orElseThrow(() -> new IllegalArgumentException("no firm " + id + " in the map"));
    }

    /**
     * The route of a link from the card {@code from} to the card {@code to}: a straight line from the edge of
     * one card to the facing edge of the other (right to left for a link going right, left to right for one
     * going back, bottom to top within a column).
     *
     * <p>Switch here to the layout's routed points once {@code ChainGeometry} carries link routes.
     */
    static List<double[]> route(Rect from, Rect to) {
        if (to.x() >= from.right()) {
            return List.of(new double[] {from.right(), from.centerY()}, new double[] {to.x(), to.centerY()});
        }
        if (to.right() <= from.x()) {
            return List.of(new double[] {from.x(), from.centerY()}, new double[] {to.right(), to.centerY()});
        }
        if (to.centerY() >= from.centerY()) {
            return List.of(new double[] {from.centerX(), from.bottom()}, new double[] {to.centerX(), to.y()});
        }
        return List.of(new double[] {from.centerX(), from.y()}, new double[] {to.centerX(), to.bottom()});
    }

    /**
     * The segment ids of each layer (boxes centred on the same x: a layer's boxes differ in width when some hold
     * their cards in several columns), left to right, top to bottom.
     */
    List<List<String>> layers() {
        TreeMap<Double, List<String>> byX = new TreeMap<>();
        geometry.segments().forEach((id, box) -> byX.computeIfAbsent(box.centerX(), x -> new ArrayList<>())
                .add(id));
        List<List<String>> layers = new ArrayList<>();
        for (List<String> layer : byX.values()) {
            layer.sort((a, b) -> Double.compare(
                    geometry.segments().get(a).y(), geometry.segments().get(b).y()));
            layers.add(layer);
        }
        return layers;
    }

    /** The cards of each segment's box, in document order (not the layout's, which a DOT graph must not see). */
    Map<String, List<String>> cardsBySegment() {
        Map<String, List<String>> cards = new HashMap<>();
        for (Enterprise firm : map.enterprises()) {
            if (geometry.cards().containsKey(firm.id())) {
                cards.computeIfAbsent(firm.mainSegment(), s -> new ArrayList<>())
                        .add(firm.id());
            }
        }
        return cards;
    }

    /** Rounds a coordinate to 0.1 map units, the precision of every export. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
