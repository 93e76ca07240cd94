/**
 * Upstream→downstream placement of a chain, without JavaFX, as a short pipeline of phases in the manner
 * of ELK Layered. So far: {@link org.chainmap.layout.LayerAssignment} (stage columns, and layers inside a
 * stage from the feeds, cycles drawn as back edges) and {@link org.chainmap.layout.SegmentOrdering}
 * (segment boxes ordered within their layers by barycenter sweeps with transposition, to cut feed
 * crossings); {@link org.chainmap.layout.Crossings} counts what they achieve. Firm cards inside their
 * boxes and the coordinates come next (issue "See the chains"). Each phase states its pre- and
 * postconditions, and tests can stop after any of them.
 *
 * <p>Uses {@code model}; no JavaFX.
 */
package org.chainmap.layout;
