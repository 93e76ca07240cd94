/**
 * The document: a region's map of chains, segments, enterprises, supply links, five lists and targets, as
 * immutable values, with the positions the user pinned in each chain's drawing
 * ({@link org.chainmap.model.Pins}); ids and the rules a map must keep
 * ({@link org.chainmap.model.MapValidator}); problems and their messages in the user's language.
 *
 * <p>Uses the JDK only: no JavaFX, no JSON, no graph library.
 */
package org.chainmap.model;
