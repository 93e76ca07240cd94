/**
 * Finding things in a map by what a user types: {@link org.chainmap.search.SearchIndex}, built once per
 * map, answers a query with ranked {@link org.chainmap.search.Hit}s among the chains, segments and
 * enterprises, matched by name, by unified social credit code, and by the pinyin of their names, in full
 * ({@code tebian}), by initials ({@code tbdg}) or mixed ({@code tebiandg}), every reading of a polyphonic
 * character counting. {@link org.chainmap.search.Pinyin} holds the readings, from pinyin4j.
 *
 * <p>Uses {@code model} and pinyin4j; no JavaFX.
 */
package org.chainmap.search;
