package org.chainmap.ui.gesture;

import javafx.scene.canvas.GraphicsContext;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * One mouse interaction on the map under way, from the moment the pointer went further than a click allows
 * to the release. It shows what it would do while the pointer moves and ends by performing exactly one
 * command, or none: dropped where it means nothing, or cancelled ({@code Esc}), it changes nothing.
 */
interface Gesture {

    /** The pointer moved to surface point (sx, sy), button down. */
    void drag(double sx, double sy);

    /** The button went up at surface point (sx, sy): performs the gesture's command, if the drop means one. */
    void drop(double sx, double sy);

    /** Paints what the gesture shows (a ghost, a rubber band, the target), in surface pixels. */
    void paint(GraphicsContext g, Viewport view, Theme theme);
}
