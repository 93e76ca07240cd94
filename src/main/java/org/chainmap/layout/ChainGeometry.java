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
 */
public record ChainGeometry(
        List<Column> columns,
        Map<String, Rect> segments,
        Map<String, Rect> cards,
        List<Marker> markers,
        List<FeedRoute> feeds,
        double width,
        double height) {

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
}
