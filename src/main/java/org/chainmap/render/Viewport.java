package org.chainmap.render;

/**
 * The part of the map that is drawn, and how large: map point (mx, my) lands on the drawing surface at
 * ((mx − x) · scale, (my − y) · scale).
 *
 * @param x the map x at the surface's left edge
 * @param y the map y at the surface's top edge
 * @param scale surface pixels per map unit
 * @param width the surface's width in pixels
 * @param height the surface's height in pixels
 * @param whole when this view is a tile of a larger picture (a PNG is painted a tile at a time), the view of the
 *     whole picture, which decides the level of detail, so that a tile shows what the picture shows there;
 *     {@code null} for a view that is the whole surface, as the screen's
 */
public record Viewport(double x, double y, double scale, double width, double height, Viewport whole) {

    /** A view that is the whole surface. */
    public Viewport(double x, double y, double scale, double width, double height) {
        this(x, y, scale, width, height, null);
    }

    /** The view of the whole picture this view is a tile of: the view itself when it is no tile. */
    public Viewport surface() {
        return whole == null ? this : whole;
    }

    /** This view as a tile of the picture {@code picture} shows whole. */
    public Viewport tileOf(Viewport picture) {
        return new Viewport(x, y, scale, width, height, picture.surface());
    }

    /** A viewport showing the map area {@code [0, mapWidth] × [0, mapHeight]} whole, centred, on the surface. */
    public static Viewport fit(double mapWidth, double mapHeight, double width, double height) {
        double scale = Math.min(width / Math.max(1, mapWidth), height / Math.max(1, mapHeight));
        return new Viewport(-(width / scale - mapWidth) / 2, -(height / scale - mapHeight) / 2, scale, width, height);
    }

    /** Whether the map rectangle can be seen at all. */
    public boolean sees(double mx, double my, double mw, double mh) {
        return mx + mw >= x && my + mh >= y && mx <= x + width / scale && my <= y + height / scale;
    }
}
