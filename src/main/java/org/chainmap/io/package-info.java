/**
 * Map files: reading the JSON format with every problem placed at its line and column
 * ({@link org.chainmap.io.MapReader}), writing it as stable bytes ({@link org.chainmap.io.MapWriter}), and
 * saving atomically with a backup ({@link org.chainmap.io.MapFile}). The format is {@code docs/format.md}.
 *
 * <p>The exports of one chain's drawing, from its {@link org.chainmap.layout.ChainGeometry}: JSON for web pages
 * ({@link org.chainmap.io.LayoutJsonWriter}), Graphviz DOT ({@link org.chainmap.io.DotWriter}) and GraphML for
 * Gephi and yEd ({@link org.chainmap.io.GraphmlWriter}).
 *
 * <p>Uses {@code model}, {@code layout}, Jackson and JGraphT's I/O; no JavaFX.
 */
package org.chainmap.io;
