package org.chainmap.ui.gesture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * Shift and a drag: a rectangle from the press to the pointer; on release the cards it touches join the
 * firms picked. It changes no document, so it performs no command.
 */
final class RubberBand implements Gesture {

    private final CanvasHost host;
    private final double startX;
    private final double startY;
    private double pointerX;
    private double pointerY;

    RubberBand(CanvasHost host, double sx, double sy) {
        this.host = host;
        this.startX = sx;
        this.startY = sy;
        this.pointerX = sx;
        this.pointerY = sy;
    }

    @Override
    public void drag(double sx, double sy) {
        pointerX = sx;
        pointerY = sy;
    }

    @Override
    public void drop(double sx, double sy) {
        drag(sx, sy);
        ChainGeometry geometry = host.geometry();
        if (geometry == null) {
            return;
        }
        Viewport view = host.viewport();
        Rect band = band();
        Rect inMap = new Rect(
                view.x() + band.x() / view.scale(),
                view.y() + band.y() / view.scale(),
                band.width() / view.scale(),
                band.height() / view.scale());
        List<String> firms = new ArrayList<>();
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            if (inMap.overlaps(card.getValue())) {
                firms.add(card.getKey());
            }
        }
        host.picks().addFirms(firms);
    }

    private Rect band() {
        return new Rect(
                Math.min(startX, pointerX),
                Math.min(startY, pointerY),
                Math.abs(pointerX - startX),
                Math.abs(pointerY - startY));
    }

    @Override
    public void paint(GraphicsContext g, Viewport view, Theme theme) {
        Rect r = band();
        Color colour = theme.link();
        g.setFill(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.1));
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        g.setStroke(Color.color(colour.getRed(), colour.getGreen(), colour.getBlue()));
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(r.x() + 0.5, r.y() + 0.5, r.width(), r.height());
        g.setLineDashes(null);
    }
}
