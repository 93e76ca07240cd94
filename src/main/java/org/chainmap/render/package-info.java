/**
 * The one drawing routine of a chain, used by the screen and by every export: {@link
 * org.chainmap.render.ChainPainter} paints a laid-out chain ({@code layout.ChainGeometry}) with its gap
 * overlay ({@code analysis.ChainReport}) onto a JavaFX {@code GraphicsContext}, in named passes, for a
 * {@link org.chainmap.render.Viewport} and a {@link org.chainmap.render.Theme}; {@link
 * org.chainmap.render.PanoramaPainter} paints all chains at once ({@code layout.PanoramaGeometry}) the same
 * way, with {@link org.chainmap.render.PanoramaWords}.
 *
 * <p>Uses {@code model}, {@code layout}, {@code analysis} and JavaFX's drawing classes; no controls.
 */
package org.chainmap.render;
