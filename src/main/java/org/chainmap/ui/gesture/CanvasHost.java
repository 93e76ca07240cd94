package org.chainmap.ui.gesture;

import java.util.Optional;
import org.chainmap.edit.Command;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.model.RegionMap;
import org.chainmap.render.Viewport;

/** What a gesture needs of the map it works on: the chain as drawn, the view, the document, the picks. */
public interface CanvasHost {

    /** The chain as laid out now; {@code null} when no chain is shown. */
    ChainGeometry geometry();

    /** What the surface shows now. */
    Viewport viewport();

    /** The open map, if any. */
    Optional<RegionMap> map();

    /**
     * Carries out {@code command} as one step of the undo history.
     *
     * @return why it was refused (already told in the status bar); empty when it was carried out
     */
    Optional<String> perform(Command command);

    /** The firms and segments picked together. */
    Picks picks();

    /** Asks for a repaint of the map and its overlay. */
    void redraw();
}
