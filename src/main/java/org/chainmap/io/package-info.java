/**
 * Map files: reading the JSON format with every problem placed at its line and column
 * ({@link org.chainmap.io.MapReader}), writing it as stable bytes ({@link org.chainmap.io.MapWriter}), and
 * saving atomically with a backup ({@link org.chainmap.io.MapFile}). The format is {@code docs/format.md}.
 *
 * <p>Uses {@code model} and Jackson; no JavaFX.
 */
package org.chainmap.io;
