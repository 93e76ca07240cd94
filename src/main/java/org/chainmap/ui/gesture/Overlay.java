package org.chainmap.ui.gesture;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.chainmap.layout.Rect;
import org.chainmap.render.Fonts;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * How gestures mark things over the map, in surface pixels and the theme's colours: the target of a drop,
 * the picks, a handle, an arrow being drawn, a card's ghost. Never part of an export: only the screen shows
 * it.
 */
final class Overlay {

    private Overlay() {}

    /** Fills and frames the box a drop would go into. */
    static void target(GraphicsContext g, Viewport view, Theme theme, Rect box) {
        Rect r = Hit.toScreen(view, box);
        Color colour = theme.link();
        g.setFill(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.14));
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 8, 8);
        g.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 1));
        g.setLineWidth(2.5);
        g.setLineDashes(null);
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 8, 8);
    }

    /** Rings something picked. */
    static void ring(GraphicsContext g, Viewport view, Theme theme, Rect bounds) {
        Rect r = Hit.toScreen(view, bounds);
        Color colour = theme.link();
        g.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 1));
        g.setLineWidth(2);
        g.setLineDashes(null);
        g.strokeRoundRect(r.x() - 2, r.y() - 2, r.width() + 4, r.height() + 4, 8, 8);
    }

    /** A handle: a filled circle with a ring in the background's colour, at surface point (x, y). */
    static void handle(GraphicsContext g, Theme theme, double x, double y) {
        double r = Hit.HANDLE_RADIUS;
        g.setFill(theme.background());
        g.fillOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
        Color colour = theme.link();
        g.setFill(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 1));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** An arrow from (x1, y1) to (x2, y2), as a link or feed being drawn. */
    static void arrow(GraphicsContext g, Color colour, double x1, double y1, double x2, double y2) {
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes(null);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double size = 10;
        g.fillPolygon(
                new double[] {x2, x2 - size * Math.cos(angle - 0.4), x2 - size * Math.cos(angle + 0.4)},
                new double[] {y2, y2 - size * Math.sin(angle - 0.4), y2 - size * Math.sin(angle + 0.4)},
                3);
    }

    /**
     * A card's ghost under the pointer: its outline and name, half transparent, at surface rectangle {@code
     * r}; with "+n" when {@code more} other cards move with it.
     */
    static void ghost(GraphicsContext g, Theme theme, Rect r, String name, int more) {
        g.setGlobalAlpha(0.75);
        g.setFill(theme.card());
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
        g.setStroke(theme.link());
        g.setLineWidth(1.5);
        g.setLineDashes(null);
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 6, 6);
        double size = Math.max(9, Math.min(16, r.height() * 0.46));
        g.setFont(Fonts.of(size));
        g.setFill(theme.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Fonts.fit(name, size, Math.max(0, r.width() - 12)), r.x() + 6, r.centerY());
        g.setGlobalAlpha(1);
        if (more > 0) {
            String count = "+" + more;
            double width = Fonts.estimateWidth(count, 12) + 10;
            g.setFill(theme.link());
            g.fillRoundRect(r.right() - width / 2, r.y() - 9, width, 18, 9, 9);
            g.setFill(theme.onGap());
            g.setFont(Fonts.of(12));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(count, r.right(), r.y());
            g.setTextAlign(TextAlignment.LEFT);
        }
    }
}
