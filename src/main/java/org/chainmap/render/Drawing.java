package org.chainmap.render;

/**
 * Something drawn in map units on a surface: a chain or the panorama. The screen paints it through a
 * viewport; a picture export paints it tile by tile through the same routine.
 */
public interface Drawing {

    /** The drawing's width in map units: everything drawn lies in {@code [0, width]}. */
    double width();

    /** The drawing's height in map units: everything drawn lies in {@code [0, height]}. */
    double height();

    /** Fills the surface {@code view} describes with the background, then paints what the view sees. */
    void paint(Pen g, Viewport view, Theme theme, PaintWords words);

    /** A painting routine, such as {@link ChainPainter#paint}. */
    @FunctionalInterface
    interface Routine {
        /** Paints as {@link Drawing#paint} does. */
        void paint(Pen g, Viewport view, Theme theme, PaintWords words);
    }

    /** The drawing of {@code width} × {@code height} map units that {@code routine} paints. */
    static Drawing of(double width, double height, Routine routine) {
        return new Drawing() {
            @Override
            public double width() {
                return width;
            }

            @Override
            public double height() {
                return height;
            }

            @Override
            public void paint(Pen g, Viewport view, Theme theme, PaintWords words) {
                routine.paint(g, view, theme, words);
            }
        };
    }
}
