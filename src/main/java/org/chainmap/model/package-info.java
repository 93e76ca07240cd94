/**
 * The document: a region's map of chains, segments, enterprises, supply links, five lists and targets, as
 * immutable values; ids and the rules a map must keep ({@link org.chainmap.model.MapValidator}); problems
 * and their messages in the user's language.
 *
 * <p>Uses the JDK only: no JavaFX, no JSON, no graph library.
 */
package org.chainmap.model;
