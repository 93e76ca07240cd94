package org.chainmap.render;

import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;

/**
 * How much of a chain the drawing shows, chosen by the size things would have on the surface, not by a fixed
 * zoom (decision 0018). {@link #CARDS}: every card and every link, once the smallest label of a card (11 map
 * units: a marker's name, a badge's word) is at least {@link #READABLE} pixels. {@link #MIDDLE}: the boxes of
 * the card layout, each with its name and counts and as many of its most important firms as fit at a readable
 * size, "+N more" for the rest, and the flows as bands, once every box of the card layout is at least {@link
 * #BOX_HEIGHT} × {@link #BOX_WIDTH} pixels: room for its name and counts. {@link #OVERVIEW} below that: the
 * diagram of the segments ({@link org.chainmap.layout.OverviewGeometry}), every box readable with its full
 * name, counts and gap marks, the flows as bands.
 */
public enum ZoomLevel {
    /** The segments as a diagram, flows as bands. */
    OVERVIEW,
    /** The card layout's boxes with their most important firms, flows as bands. */
    MIDDLE,
    /** Every card and every link. */
    CARDS;

    /** The least size on the surface, in pixels, at which any label is drawn. */
    public static final double READABLE = 9;

    /** The smallest label of the card drawing, in map units. */
    static final double SMALLEST_CARD_LABEL = 11;

    /** The least height on the surface, in pixels, of every box for the middle level. */
    static final double BOX_HEIGHT = 30;

    /** The least width on the surface, in pixels, of every box for the middle level. */
    static final double BOX_WIDTH = 90;

    /** The level of a chain laid out as {@code geometry} drawn at {@code scale} surface pixels per map unit. */
    public static ZoomLevel of(ChainGeometry geometry, double scale) {
        if (SMALLEST_CARD_LABEL * scale >= READABLE) {
            return CARDS;
        }
        double lowest = Double.MAX_VALUE;
        double narrowest = Double.MAX_VALUE;
        for (Rect box : geometry.segments().values()) {
            lowest = Math.min(lowest, box.height());
            narrowest = Math.min(narrowest, box.width());
        }
        return lowest * scale >= BOX_HEIGHT && narrowest * scale >= BOX_WIDTH ? MIDDLE : OVERVIEW;
    }
}
