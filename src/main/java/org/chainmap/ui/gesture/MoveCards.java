package org.chainmap.ui.gesture;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.chainmap.edit.Command;
import org.chainmap.edit.Compound;
import org.chainmap.edit.Description;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.Rect;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * Dragging a card into another segment box: the firm leaves the segment whose box its card (or marker) was
 * in for the segment of the box it is dropped in ({@link MoveEnterprise}). When the card is one of several
 * firms picked, they all move, as one step ({@code selection.move}). While the pointer moves, the card's
 * ghost follows it and the box it would land in is marked; dropped on its own box or outside every box, it
 * changes nothing.
 */
final class MoveCards implements Gesture {

    private final CanvasHost host;
    private final Hit grabbed;
    /** Where in the card it was grabbed, in map units from its top left corner. */
    private final double grabX;

    private final double grabY;
    /** The other firms picked, which move with it. */
    private final List<String> others;

    private double pointerX;
    private double pointerY;
    private String target;

    /**
     * A move of the firm of {@code grabbed} (a card or marker), grabbed at map point (mx, my).
     *
     * @param others the other firms that move with it
     */
    MoveCards(CanvasHost host, Hit grabbed, double mx, double my, List<String> others) {
        this.host = host;
        this.grabbed = grabbed;
        this.grabX = mx - grabbed.bounds().x();
        this.grabY = my - grabbed.bounds().y();
        this.others = List.copyOf(others);
    }

    @Override
    public void drag(double sx, double sy) {
        pointerX = sx;
        pointerY = sy;
        Viewport view = host.viewport();
        ChainGeometry geometry = host.geometry();
        String box = geometry == null
                ? null
                : Hit.boxAt(geometry, view.x() + sx / view.scale(), view.y() + sy / view.scale());
        target = box == null || box.equals(grabbed.segment()) ? null : box;
    }

    @Override
    public void drop(double sx, double sy) {
        drag(sx, sy);
        if (target != null) {
            host.perform(command(target));
        }
    }

    /** The one command that moves the firm, and the others picked, to {@code to}. */
    Command command(String to) {
        MoveEnterprise move = new MoveEnterprise(grabbed.firm(), grabbed.segment(), to);
        if (others.isEmpty()) {
            return move;
        }
        List<Command> moves = new ArrayList<>();
        moves.add(move);
        others.forEach(firm -> moves.add(new MoveEnterprise(firm, null, to)));
        Segment segment = host.map().flatMap(map -> map.segment(to)).orElseThrow();
        return new Compound(
                Description.of("selection.move", moves.size(), new Description.Name(segment.name(), segment.nameEn())),
                moves);
    }

    @Override
    public void paint(GraphicsContext g, Viewport view, Theme theme) {
        ChainGeometry geometry = host.geometry();
        if (target != null && geometry != null && geometry.segments().containsKey(target)) {
            Overlay.target(g, view, theme, geometry.segments().get(target));
        }
        Rect card = grabbed.bounds();
        Rect ghost = new Rect(
                pointerX - grabX * view.scale(),
                pointerY - grabY * view.scale(),
                card.width() * view.scale(),
                card.height() * view.scale());
        String name = host.map()
                .flatMap((RegionMap map) -> map.enterprise(grabbed.firm()))
                .map(Enterprise::name)
                .orElse(grabbed.firm());
        Overlay.ghost(g, theme, ghost, name, others.size());
    }
}
