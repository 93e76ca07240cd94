package org.chainmap.ui.gesture;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.chainmap.edit.AddLink;
import org.chainmap.edit.NewIds;
import org.chainmap.edit.SetFeed;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * Drawing a supply link from a supplier's card to a customer's card ({@link AddLink}, product and value left
 * to the properties panel), or a feed from a segment's box to another box ({@link SetFeed}). It starts on
 * the link handle of a card or the feed handle of a box header (or anywhere on them with Alt held); an arrow
 * follows the pointer and the card or box it would reach is marked. Dropped on a card (a box), it performs
 * the command, whose refusal (a firm supplying itself, a link that exists) the status bar tells; dropped
 * elsewhere, it changes nothing.
 */
final class DrawLink implements Gesture {

    private final CanvasHost host;
    /** The supplying firm; {@code null} for a feed. */
    private final String firm;
    /** The supplying segment, for a feed; {@code null} for a link. */
    private final String segment;

    private final Rect source;
    private double pointerX;
    private double pointerY;
    private Rect target;

    private DrawLink(CanvasHost host, String firm, String segment, Rect source) {
        this.host = host;
        this.firm = firm;
        this.segment = segment;
        this.source = source;
    }

    /** A supply link from {@code firm}, whose card is {@code card}. */
    static DrawLink fromFirm(CanvasHost host, String firm, Rect card) {
        return new DrawLink(host, firm, null, card);
    }

    /** A feed from {@code segment}, whose box is {@code box}. */
    static DrawLink fromSegment(CanvasHost host, String segment, Rect box) {
        return new DrawLink(host, null, segment, box);
    }

    @Override
    public void drag(double sx, double sy) {
        pointerX = sx;
        pointerY = sy;
        ChainGeometry geometry = host.geometry();
        String at = targetAt(sx, sy);
        if (at == null) {
            target = null;
        } else if (firm != null) {
            Viewport view = host.viewport();
            target = Hit.firmAt(geometry, view.x() + sx / view.scale(), view.y() + sy / view.scale())
                    .bounds();
        } else {
            target = geometry.segments().get(at);
        }
    }

    /** The firm (for a link) or segment (for a feed) at surface point (sx, sy), or {@code null}. */
    private String targetAt(double sx, double sy) {
        ChainGeometry geometry = host.geometry();
        if (geometry == null) {
            return null;
        }
        Viewport view = host.viewport();
        double mx = view.x() + sx / view.scale();
        double my = view.y() + sy / view.scale();
        return firm != null ? Hit.firmAt(geometry, mx, my).firm() : Hit.boxAt(geometry, mx, my);
    }

    @Override
    public void drop(double sx, double sy) {
        String to = targetAt(sx, sy);
        RegionMap map = host.map().orElse(null);
        if (to == null || map == null) {
            return;
        }
        if (firm != null) {
            host.perform(new AddLink(new SupplyLink(NewIds.link(map, firm, to), firm, to, null, null, null, null)));
        } else {
            host.perform(new SetFeed(segment, to, true));
        }
    }

    @Override
    public void paint(GraphicsContext g, Viewport view, Theme theme) {
        if (target != null && target != source) {
            if (firm != null) {
                Overlay.ring(g, view, theme, target);
            } else {
                Overlay.target(g, view, theme, target);
            }
        }
        double[] start = firm != null ? Hit.linkHandle(source, view) : Hit.feedHandle(source, view);
        Color colour = firm != null ? theme.link() : theme.feed();
        Overlay.arrow(
                g,
                Color.color(colour.getRed(), colour.getGreen(), colour.getBlue()),
                start[0],
                start[1],
                pointerX,
                pointerY);
        Overlay.handle(g, theme, start[0], start[1]);
    }
}
