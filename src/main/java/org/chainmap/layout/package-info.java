/**
 * Upstream→downstream placement of a chain, without JavaFX, as a short pipeline of phases in the manner of ELK
 * Layered. So far: {@link org.chainmap.layout.LayerAssignment} (stage columns, and layers inside a stage from the
 * feeds, cycles drawn as back edges) and {@link org.chainmap.layout.SegmentOrdering} (segment boxes ordered within
 * their layers by barycenter sweeps with transposition, to cut feed crossings), {@link
 * org.chainmap.layout.CardOrdering} (firm cards inside their boxes, by the same rule on supply links, external
 * firms at the edge), {@link org.chainmap.layout.Placement} (coordinates and feed routes, in {@link
 * org.chainmap.layout.ChainGeometry}; the cards of large boxes in grids whose columns {@link
 * org.chainmap.layout.BoxColumns} chooses so that the drawing keeps the shape of a page) and {@link
 * org.chainmap.layout.LinkRouting} (supply links from card to card through the free space between the boxes and, in
 * a grid, between its cards, cycles as back routes, firms outside the chain as stubs); {@link
 * org.chainmap.layout.ChainLayouter} runs them and {@link org.chainmap.layout.Crossings} counts what they achieve.
 * Every phase honours what the user pinned ({@link org.chainmap.model.Pins}): pinned boxes keep the order of their
 * heights and stand at them, pinned cards keep their slots, and the rest fills in around them. {@link
 * org.chainmap.layout.PanoramaLayouter} lays out all chains at once as bands with aligned stage zones, and {@code
 * PanoramaRoutes} routes the feeds between chains, into {@link org.chainmap.layout.PanoramaGeometry}. Each phase
 * states its pre- and postconditions, and tests can stop after any of them. {@link
 * org.chainmap.layout.ProvisionalPlacement} makes the geometry after an edit, before the layout comes, as a patch on
 * the one shown ({@code PatchedMap}, {@code PatchedList}), in time proportional to the edit.
 *
 * <p>Uses {@code model}; no JavaFX.
 */
package org.chainmap.layout;
