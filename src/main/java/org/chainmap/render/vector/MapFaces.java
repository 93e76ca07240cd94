package org.chainmap.render.vector;

import javafx.scene.text.Font;
import org.chainmap.render.Fonts;

/** The map font's two faces for vector documents, read on first use and shared. */
public final class MapFaces {

    private static final class Regular {
        static final MapFace FACE = MapFace.load(Fonts.FACES.get(0), false);
    }

    private static final class Bold {
        static final MapFace FACE = MapFace.load(Fonts.FACES.get(1), true);
    }

    /** The shipped faces. */
    public static final MapFaces SHIPPED = new MapFaces();

    private MapFaces() {}

    /** The regular face. */
    public MapFace regular() {
        return Regular.FACE;
    }

    /** The bold face. */
    public MapFace bold() {
        return Bold.FACE;
    }

    /** The face a JavaFX font of the map draws in: bold for a bold (or heavier) style, else regular. */
    public MapFace of(Font font) {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("bold") || style.contains("black") || style.contains("heavy") ? bold() : regular();
    }
}
