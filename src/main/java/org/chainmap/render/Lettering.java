package org.chainmap.render;

import javafx.scene.text.FontWeight;
import javafx.scene.transform.Affine;

/**
 * Text on a map, set in screen pixels. Under a transform that scales, JavaFX draws each glyph as an outline
 * through the shape rasteriser; when the canvas is only moved, it draws the glyph images of the font's cache.
 * In the software pipeline the outlines made a frame of a large chain at 50% or 200% take two to three times
 * as long as at 100%, all of the difference in the text. So text is set with the map's transform undone and
 * the font scaled instead, at the place the map's transform would have put it: the same text in the same
 * place, drawn the way it is at 100%. A transform that turns or stretches is left alone, and so is the
 * transform of a vector pen ({@code !pixels()}), which has no glyph cache to hit: it gets the map's font under
 * the map's transform.
 */
final class Lettering {

    private Lettering() {}

    /**
     * Fills {@code text} at map point ({@code x}, {@code y}) in the map's font at {@code size} map units, in
     * the pen's fill, alignment and baseline.
     */
    static void fill(Pen g, String text, double x, double y, double size, FontWeight weight) {
        Affine map = g.getTransform();
        double scale = map.getMxx();
        if (!g.pixels() || map.getMxy() != 0 || map.getMyx() != 0 || map.getMyy() != scale || scale <= 0) {
            g.setFont(Fonts.of(size, weight));
            g.fillText(text, x, y);
            return;
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFont(Fonts.of(size * scale, weight));
        g.fillText(text, scale * x + map.getTx(), scale * y + map.getTy());
        g.setTransform(map);
    }
}
