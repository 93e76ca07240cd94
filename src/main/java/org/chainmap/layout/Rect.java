package org.chainmap.layout;

/**
 * An axis-aligned rectangle in map units (one unit is one pixel at 100% zoom), y growing downwards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, not negative
 * @param height height, not negative
 */
public record Rect(double x, double y, double width, double height) {

    /** The right edge. */
    public double right() {
        return x + width;
    }

    /** The bottom edge. */
    public double bottom() {
        return y + height;
    }

    /** The centre's x. */
    public double centerX() {
        return x + width / 2;
    }

    /** The centre's y. */
    public double centerY() {
        return y + height / 2;
    }

    /** Whether {@code other} lies wholly inside this rectangle (touching the edges is inside). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** Whether the point (px, py) lies inside this rectangle or on its edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether the two rectangles share some area (touching edges do not). */
    public boolean overlaps(Rect other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }
}
