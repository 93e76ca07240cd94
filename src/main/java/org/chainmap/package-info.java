/**
 * ChainMap (产业链图谱): maps a region's industry chains as a graph and finds their gaps.
 *
 * <p>{@link org.chainmap.Main} is the entry point of the jar. The layers, each a package, are described in
 * {@code docs/ARCHITECTURE.md}: {@code model} (the document), {@code io} (files), {@code cli} (headless
 * commands) and {@code ui} (the JavaFX application); {@code edit}, {@code analysis}, {@code layout} and
 * {@code render} follow.
 */
package org.chainmap;
