/**
 * The one drawing routine of a chain, used by the screen and by every export: {@link
 * org.chainmap.render.ChainPainter} paints a laid-out chain ({@code layout.ChainGeometry}) with its gap
 * overlay ({@code analysis.ChainReport}) with a {@link org.chainmap.render.Pen}, in named passes, for a
 * {@link org.chainmap.render.Viewport} and a {@link org.chainmap.render.Theme}; {@link
 * org.chainmap.render.PanoramaPainter} paints all chains at once ({@code layout.PanoramaGeometry}) the same
 * way, with {@link org.chainmap.render.PanoramaWords}. A pen has the calls of JavaFX's {@code GraphicsContext}
 * the painters make: {@link org.chainmap.render.FxPen} draws on a canvas (the screen, the PNG export's
 * tiles), vector pens write SVG and PDF; only {@code FxPen}, {@code PngExport} and {@code HeadlessFx} touch
 * a canvas.
 *
 * <p>Uses {@code model}, {@code layout}, {@code analysis} and JavaFX's drawing classes; no controls.
 */
package org.chainmap.render;
