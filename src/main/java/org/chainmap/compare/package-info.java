/**
 * The comparison of two versions of a map: which firms, segments and links came and went, which firms changed,
 * and, the point of it, which gaps closed, opened or changed and the firms that caused each, with the coverage
 * and local supporting rate before and after. {@link org.chainmap.compare.MapComparer} compares;
 * {@link org.chainmap.compare.MapComparison} is the result, with the lookups a view needs to mark every element.
 * The rules are in {@code docs/decisions/0027-comparing-maps.md}.
 *
 * <p>Uses {@code model} and {@code analysis}; no JavaFX, no files.
 */
package org.chainmap.compare;
