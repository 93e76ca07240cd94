/**
 * The vector documents of a drawing: SVG and PDF, written by pens ({@link org.chainmap.render.vector.VectorPen})
 * that the one drawing routine draws with as it draws the screen, with the map's shipped font: glyph outlines in
 * an SVG, the font's CFF program embedded in a PDF. Uses {@code render} and Apache FontBox; no JavaFX canvas.
 */
package org.chainmap.render.vector;
