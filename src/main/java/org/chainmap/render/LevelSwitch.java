package org.chainmap.render;

import java.util.Map;
import org.chainmap.layout.Rect;

/**
 * Where the camera goes when a zoom crosses between the overview and the middle level (decision 0029). The two
 * levels draw the segment boxes in two layouts (the overview's diagram and the card layout), so a zoom that keeps
 * the map point under the pointer would, at the switch, put another box or empty space there. Instead the box under
 * the pointer (or the nearest one) keeps it: the point at the same place within that box in the new layout is moved
 * under the pointer. The other boxes move as their two layouts differ.
 */
final class LevelSwitch {

    private LevelSwitch() {}

    /**
     * The view {@code after}, moved so that the map point under surface point (sx, sy) in {@code before}, taken
     * relative to the box it lies in (or else the nearest box), shows there at the same place within that box in
     * the layout drawn after.
     *
     * @param from the boxes as drawn before, by segment id
     * @param to the boxes as drawn after
     * @param before the view before the zoom
     * @param after the view the zoom asked for
     * @param sx the pointer's x on the surface
     * @param sy the pointer's y on the surface
     * @return the view shown
     */
    static Viewport keep(
            Map<String, Rect> from, Map<String, Rect> to, Viewport before, Viewport after, double sx, double sy) {
        double mx = before.x() + sx / before.scale();
        double my = before.y() + sy / before.scale();
        String pointed = null;
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<String, Rect> box : from.entrySet()) {
            if (!to.containsKey(box.getKey())) {
                continue;
            }
            double distance = distance(box.getValue(), mx, my);
            if (distance < nearest) {
                nearest = distance;
                pointed = box.getKey();
            }
        }
        if (pointed == null) {
            return after;
        }
        Rect a = from.get(pointed);
        Rect b = to.get(pointed);
        double nx = b.x() + (mx - a.x()) / a.width() * b.width();
        double ny = b.y() + (my - a.y()) / a.height() * b.height();
        return new Viewport(
                nx - sx / after.scale(), ny - sy / after.scale(), after.scale(), after.width(), after.height());
    }

    /** How far map point (x, y) lies from {@code box}: 0 inside. */
    private static double distance(Rect box, double x, double y) {
        double dx = Math.max(0, Math.max(box.x() - x, x - box.right()));
        double dy = Math.max(0, Math.max(box.y() - y, y - box.bottom()));
        return Math.hypot(dx, dy);
    }
}
