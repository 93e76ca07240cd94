package org.chainmap.ui.gesture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * The gestures of the chain's map: which one a press starts, the pointer fed to it, what it shows over the
 * map, and the handles and picks drawn between gestures.
 *
 * <p>A press on a card's link handle (or on a card with Alt held) draws a supply link; on a box's feed handle
 * (or on a box with Alt held) a feed; with Shift held, a rubber band; on a card or marker, a move. Anywhere
 * else the press is not taken, and the surface pans. A gesture starts only once the pointer goes further
 * than a click allows, so a short press stays a click; {@code Esc} cancels a gesture under way.
 */
public final class CanvasGestures {

    private final CanvasHost host;
    /** The gesture the last press would start, once the pointer moves far enough. */
    private Supplier<Gesture> pending;
    /** The gesture under way. */
    private Gesture gesture;

    private Hit hovered = Hit.NONE;

    /** The gestures of the map {@code host} shows. */
    public CanvasGestures(CanvasHost host) {
        this.host = host;
    }

    /**
     * The primary button went down at surface point (sx, sy).
     *
     * @return whether a gesture takes the drag that may follow; {@code false}: the surface pans
     */
    public boolean press(double sx, double sy, boolean alt, boolean shift) {
        gesture = null;
        pending = null;
        ChainGeometry geometry = host.geometry();
        if (geometry == null) {
            return false;
        }
        Viewport view = host.viewport();
        Hit hit = Hit.at(geometry, view, sx, sy);
        double mx = view.x() + sx / view.scale();
        double my = view.y() + sy / view.scale();
        boolean onBox = hit.kind() == Hit.Kind.HEADER || hit.kind() == Hit.Kind.BOX;
        if (hit.kind() == Hit.Kind.LINK_HANDLE || (alt && hit.kind() == Hit.Kind.CARD)) {
            pending = () -> DrawLink.fromFirm(host, hit.firm(), hit.bounds());
        } else if (hit.kind() == Hit.Kind.FEED_HANDLE || (alt && onBox)) {
            pending = () -> DrawLink.fromSegment(host, hit.segment(), hit.bounds());
        } else if (shift) {
            pending = () -> new RubberBand(host, sx, sy);
        } else if (hit.onFirm()) {
            List<String> others = new ArrayList<>();
            if (host.picks().hasFirm(hit.firm())) {
                host.picks().firms().stream()
                        .filter(firm -> !firm.equals(hit.firm()))
                        .forEach(others::add);
            }
            pending = () -> new MoveCards(host, hit, mx, my, others);
        }
        return pending != null;
    }

    /** The pointer moved to surface point (sx, sy), button down, further than a click allows since the press. */
    public void drag(double sx, double sy) {
        if (pending == null) {
            return;
        }
        if (gesture == null) {
            gesture = pending.get();
        }
        gesture.drag(sx, sy);
        host.redraw();
    }

    /**
     * The button went up at surface point (sx, sy); {@code moved}: whether the pointer went further than a
     * click allows. Ends the gesture under way, performing its command.
     */
    public void release(double sx, double sy, boolean moved) {
        Gesture ending = gesture;
        gesture = null;
        pending = null;
        if (ending != null && moved) {
            ending.drop(sx, sy);
        }
        host.redraw();
    }

    /**
     * Cancels the gesture under way: nothing changes, the rest of the drag is ignored.
     *
     * @return whether there was one
     */
    public boolean cancel() {
        boolean was = gesture != null;
        gesture = null;
        pending = null;
        if (was) {
            host.redraw();
        }
        return was;
    }

    /** Whether a gesture is under way. */
    public boolean active() {
        return gesture != null;
    }

    /**
     * The pointer moved, no button down, to surface point (sx, sy): the handles of what it points at show.
     *
     * @return what lies under the pointer
     */
    public Hit hover(double sx, double sy) {
        Hit now = Hit.at(host.geometry(), host.viewport(), sx, sy);
        if (!now.equals(hovered)) {
            boolean repaint = handleOwner(now) != handleOwner(hovered) || !sameOwner(now, hovered);
            hovered = now;
            if (repaint) {
                host.redraw();
            }
        }
        return now;
    }

    /** The pointer left the map. */
    public void exit() {
        if (hovered != Hit.NONE) {
            hovered = Hit.NONE;
            host.redraw();
        }
    }

    /** Paints the picks, the handles of what the pointer is on or what is picked alone, and the gesture. */
    public void paint(GraphicsContext g, Theme theme) {
        ChainGeometry geometry = host.geometry();
        if (geometry == null) {
            return;
        }
        Viewport view = host.viewport();
        Picks picks = host.picks();
        for (String firm : picks.firms()) {
            Rect card = geometry.cards().get(firm);
            if (card != null) {
                Overlay.ring(g, view, theme, card);
            }
        }
        for (String segment : picks.segments()) {
            Rect box = geometry.segments().get(segment);
            if (box != null) {
                Overlay.ring(g, view, theme, box);
            }
        }
        if (gesture != null) {
            gesture.paint(g, view, theme);
            return;
        }
        boolean cardsBigEnough = org.chainmap.layout.Placement.CARD_HEIGHT * view.scale() >= Hit.HANDLE_MIN_CARD;
        List<String> firms = new ArrayList<>();
        List<String> boxes = new ArrayList<>();
        if (handleOwner(hovered) == Hit.Kind.CARD) {
            firms.add(hovered.firm());
        } else if (handleOwner(hovered) == Hit.Kind.HEADER) {
            boxes.add(hovered.segment());
        }
        if (picks.size() == 1) {
            firms.addAll(picks.firms());
            boxes.addAll(picks.segments());
        }
        for (String firm : firms) {
            Rect card = geometry.cards().get(firm);
            if (card != null && cardsBigEnough) {
                double[] at = Hit.linkHandle(card, view);
                Overlay.handle(g, theme, at[0], at[1]);
            }
        }
        for (String segment : boxes) {
            Rect box = geometry.segments().get(segment);
            if (box != null) {
                double[] at = Hit.feedHandle(box, view);
                Overlay.handle(g, theme, at[0], at[1]);
            }
        }
    }

    /** Whose handle a hit shows: a card's ({@code CARD}), a box's ({@code HEADER}), or none ({@code NONE}). */
    private static Hit.Kind handleOwner(Hit hit) {
        return switch (hit.kind()) {
            case CARD, LINK_HANDLE -> Hit.Kind.CARD;
            case HEADER, BOX, FEED_HANDLE -> Hit.Kind.HEADER;
            default -> Hit.Kind.NONE;
        };
    }

    private static boolean sameOwner(Hit a, Hit b) {
        return java.util.Objects.equals(a.firm(), b.firm()) && java.util.Objects.equals(a.segment(), b.segment());
    }
}
