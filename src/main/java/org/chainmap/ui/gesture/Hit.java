package org.chainmap.ui.gesture;

import java.util.Map;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Placement;
import org.chainmap.layout.Rect;
import org.chainmap.render.Viewport;

/**
 * What lies under a point of the map: a card's link handle, a card, a marker, a box's feed handle, a box's
 * header, the rest of a box, or nothing. The handles are small circles on the right edge of a card (its
 * middle) and of a box's header, the side supply links and feeds leave by; they keep their size on screen
 * whatever the zoom.
 *
 * @param kind what was hit
 * @param firm the firm of a card, marker or link handle; {@code null} otherwise
 * @param segment the segment whose box holds what was hit (a card's main segment, a marker's segment)
 * @param bounds the card, marker or box hit, in map units; {@code null} for nothing
 */
public record Hit(Kind kind, String firm, String segment, Rect bounds) {

    /** The radius of a handle, in pixels on screen. */
    public static final double HANDLE_RADIUS = 5;

    /** How far from a handle's centre, in pixels on screen, a press still takes it. */
    static final double HANDLE_REACH = 8;

    /** Below this height on screen, in pixels, a card offers no link handle: it is too small to aim at. */
    static final double HANDLE_MIN_CARD = 10;

    /** Nothing under the point. */
    public static final Hit NONE = new Hit(Kind.NONE, null, null, null);

    /** What a point can hit. */
    public enum Kind {
        /** Nothing: the background, a column, a gap between boxes. */
        NONE,
        /** The link handle on a card's right edge. */
        LINK_HANDLE,
        /** A firm's card in its main segment's box. */
        CARD,
        /** A firm's small card in another segment's box. */
        MARKER,
        /** The feed handle on the right edge of a box's header. */
        FEED_HANDLE,
        /** The header of a box, with the segment's name. */
        HEADER,
        /** A box, away from its cards and header. */
        BOX
    }

    /** Whether a firm (its card, marker or link handle) was hit. */
    public boolean onFirm() {
        return firm != null;
    }

    /** What lies under surface point (sx, sy) of {@code geometry} seen through {@code view}. */
    public static Hit at(ChainGeometry geometry, Viewport view, double sx, double sy) {
        if (geometry == null) {
            return NONE;
        }
        double mx = view.x() + sx / view.scale();
        double my = view.y() + sy / view.scale();
        if (Placement.CARD_HEIGHT * view.scale() >= HANDLE_MIN_CARD) {
            for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
                double[] handle = linkHandle(card.getValue(), view);
                if (Math.hypot(sx - handle[0], sy - handle[1]) <= HANDLE_REACH) {
                    return new Hit(
                            Kind.LINK_HANDLE, card.getKey(), segmentOf(geometry, card.getValue()), card.getValue());
                }
            }
        }
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            if (card.getValue().contains(mx, my)) {
                return new Hit(Kind.CARD, card.getKey(), segmentOf(geometry, card.getValue()), card.getValue());
            }
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            if (marker.bounds().contains(mx, my)) {
                return new Hit(Kind.MARKER, marker.firm(), marker.segment(), marker.bounds());
            }
        }
        for (Map.Entry<String, Rect> box : geometry.segments().entrySet()) {
            double[] handle = feedHandle(box.getValue(), view);
            if (Math.hypot(sx - handle[0], sy - handle[1]) <= HANDLE_REACH) {
                return new Hit(Kind.FEED_HANDLE, null, box.getKey(), box.getValue());
            }
        }
        String box = boxAt(geometry, mx, my);
        if (box == null) {
            return NONE;
        }
        Rect bounds = geometry.segments().get(box);
        return new Hit(my <= bounds.y() + Placement.HEADER ? Kind.HEADER : Kind.BOX, null, box, bounds);
    }

    /** The segment whose box contains map point (mx, my), or {@code null}. */
    public static String boxAt(ChainGeometry geometry, double mx, double my) {
        for (Map.Entry<String, Rect> box : geometry.segments().entrySet()) {
            if (box.getValue().contains(mx, my)) {
                return box.getKey();
            }
        }
        return null;
    }

    /** The firm whose card or marker contains map point (mx, my), with the segment of its box; or nothing. */
    static Hit firmAt(ChainGeometry geometry, double mx, double my) {
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            if (card.getValue().contains(mx, my)) {
                return new Hit(Kind.CARD, card.getKey(), segmentOf(geometry, card.getValue()), card.getValue());
            }
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            if (marker.bounds().contains(mx, my)) {
                return new Hit(Kind.MARKER, marker.firm(), marker.segment(), marker.bounds());
            }
        }
        return NONE;
    }

    /** The centre of a card's link handle, in surface pixels. */
    static double[] linkHandle(Rect card, Viewport view) {
        return toScreen(view, card.right(), card.centerY());
    }

    /** The centre of a box's feed handle, in surface pixels. */
    static double[] feedHandle(Rect box, Viewport view) {
        return toScreen(view, box.right(), box.y() + Placement.HEADER / 2);
    }

    /** Map point (mx, my) in surface pixels. */
    static double[] toScreen(Viewport view, double mx, double my) {
        return new double[] {(mx - view.x()) * view.scale(), (my - view.y()) * view.scale()};
    }

    /** {@code r} in surface pixels. */
    static Rect toScreen(Viewport view, Rect r) {
        return new Rect(
                (r.x() - view.x()) * view.scale(),
                (r.y() - view.y()) * view.scale(),
                r.width() * view.scale(),
                r.height() * view.scale());
    }

    /** The segment whose box holds {@code card}. */
    private static String segmentOf(ChainGeometry geometry, Rect card) {
        for (Map.Entry<String, Rect> box : geometry.segments().entrySet()) {
            if (box.getValue().contains(card)) {
                return box.getKey();
            }
        }
        return null;
    }
}
