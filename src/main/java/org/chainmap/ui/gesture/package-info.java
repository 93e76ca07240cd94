/**
 * Editing a chain's map with the mouse, one class per gesture as Scene Builder does: {@link
 * org.chainmap.ui.gesture.MoveCards} (drag cards into another segment box), {@link
 * org.chainmap.ui.gesture.DrawLink} (drag from a card's link handle to another card: a supply link; from a
 * box's feed handle to another box: a feed), {@link org.chainmap.ui.gesture.RubberBand} (Shift and drag:
 * pick the cards in a rectangle). {@link org.chainmap.ui.gesture.CanvasGestures} chooses the gesture a
 * press starts, feeds it the pointer and paints what it shows over the map; each gesture ends by performing
 * exactly one command, or none when cancelled. The gestures know the map only through {@link
 * org.chainmap.ui.gesture.CanvasHost}, which the canvas supplies.
 */
package org.chainmap.ui.gesture;
