/**
 * The drawings of a chain and of the whole map: the zoomable map canvas ({@code ChainCanvas} on the
 * shared {@code MapSurface}), the stage columns ({@code ChainView}) with their segment boxes and badges, the
 * panorama, the gap legend, the picks on the map and the rename typed over a card.
 */
package org.chainmap.ui.map;
