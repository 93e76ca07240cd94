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
 */
public record Viewport(double x, double y, double scale, double width, double height) {

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
