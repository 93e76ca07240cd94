package org.chainmap.layout;

import java.util.List;
import java.util.Map;
import org.chainmap.model.Stage;

/**
 * Where everything of one chain's drawing goes: the result of the layout, in map units.
 *
 * @param columns one column per stage, left to right
 * @param segments the box of each segment
 * @param cards the card of each firm whose main segment is in the chain, inside that segment's box
 * @param markers a small card for each firm that also works in a segment whose box is not its main one
 * @param feeds the feeds between the chain's segments, each as a polyline from box to box
 * @param width the drawing's width
 * @param height the drawing's height
 * @param links the supply links between the chain's cards, and stubs of those to firms outside it; empty
 *     until {@link LinkRouting} has routed them
 */
public record ChainGeometry(
        List<Column> columns,
        Map<String, Rect> segments,
        Map<String, Rect> cards,
        List<Marker> markers,
        List<FeedRoute> feeds,
        double width,
        double height,
        List<LinkRoute> links) {

    /** A geometry whose supply links are not routed yet. */
    public ChainGeometry(
            List<Column> columns,
            Map<String, Rect> segments,
            Map<String, Rect> cards,
            List<Marker> markers,
            List<FeedRoute> feeds,
            double width,
            double height) {
        this(columns, segments, cards, markers, feeds, width, height, List.of());
    }

    /** This geometry with {@code newLinks} as its supply-link routes. */
    public ChainGeometry withLinks(List<LinkRoute> newLinks) {
        return new ChainGeometry(columns, segments, cards, markers, feeds, width, height, newLinks);
    }

    /**
     * A stage's column.
     *
     * @param stage the stage
     * @param bounds the column's area, full height
     */
    public record Column(Stage stage, Rect bounds) {}

    /**
     * A firm shown again, small, in another segment it works in.
     *
     * @param firm the firm's id
     * @param segment the segment whose box holds the marker
     * @param bounds the marker's area
     */
    public record Marker(String firm, String segment, Rect bounds) {}

    /**
     * A feed drawn between two boxes.
     *
     * @param from the supplying segment
     * @param to the supplied segment
     * @param points the polyline, from the right edge of {@code from} to the left edge of {@code to} (for a
     *     back edge, from the left edge of {@code from} round to the right edge of {@code to})
     * @param back whether the feed runs against the stages (recycling, cycles)
     */
    public record FeedRoute(String from, String to, List<double[]> points, boolean back) {}

    /**
     * A supply link drawn between two cards (or markers), or a stub of one whose other firm is not in the
     * chain.
     *
     * @param supplier the supplying firm's id
     * @param customer the customer's id
     * @param points the orthogonal polyline: from the right edge of the supplier's card to the left edge of
     *     the customer's; for {@link Kind#TO_OUTSIDE} a short stub out of the supplier's card to the right,
     *     for {@link Kind#FROM_OUTSIDE} a short stub from the left into the customer's card
     * @param kind which way the link runs
     */
    public record LinkRoute(String supplier, String customer, List<double[]> points, Kind kind) {

        /** Whether the link runs against the stages: the customer's card is left of the supplier's or in its layer. */
        public boolean back() {
            return kind == Kind.BACK;
        }

        /** Whether the other firm is outside the chain, so that the route is a stub. */
        public boolean external() {
            return kind == Kind.FROM_OUTSIDE || kind == Kind.TO_OUTSIDE;
        }
    }

    /** Which way a supply link runs. */
    public enum Kind {
        /** From a card to a card in a layer further right. */
        FORWARD,
        /** From a card to a card in its own layer or one further left: round through the gaps, a cycle. */
        BACK,
        /** From a supplier outside the chain: a stub into the customer's card. */
        FROM_OUTSIDE,
        /** To a customer outside the chain: a stub out of the supplier's card. */
        TO_OUTSIDE
    }
}
