/**
 * The gap analysis: a JGraphT view of a document ({@link org.chainmap.analysis.MapGraph}) and one class per
 * question: which segments the region lacks or holds thinly ({@link org.chainmap.analysis.GapFinder}),
 * how much local firms buy locally ({@link org.chainmap.analysis.LocalRate}), which firms hold local
 * supply together ({@link org.chainmap.analysis.CutFirms}), and whom to invite
 * ({@link org.chainmap.analysis.TargetRanking}). {@link org.chainmap.analysis.GapAnalysis} runs them all.
 * The rules are in {@code docs/gaps.md}.
 *
 * <p>Uses {@code model} and JGraphT; no JavaFX.
 */
package org.chainmap.analysis;
