package org.chainmap.cli;

import java.util.List;
import org.chainmap.compare.Aspect;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.Change;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.compare.MapComparison;
import org.chainmap.compare.MatchedBy;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;

/**
 * {@code compare --format text}: chain by chain, its figures before and after, then the gaps closed, opened and
 * changed with the firms that caused them (what a 链长's office reports), then the firms, segments and links that
 * came and went. Long lists show their first {@value #SHOWN}.
 */
final class CompareText {

    /** How many items of a list the text shows; JSON and CSV list them all. */
    static final int SHOWN = 20;

    private CompareText() {}

    static void write(MapComparison comparison, List<ChainComparison> chains, List<String> files, Console console) {
        CompareWords words = new CompareWords(comparison, console);
        StringBuilder out = new StringBuilder();
        out.append(console.text("compare.title", comparison.after().region().name(), files.get(0), files.get(1)))
                .append('\n');
        int[] matched = new int[MatchedBy.values().length];
        comparison.after().enterprises().forEach(firm -> {
            MatchedBy how = comparison.matching().how(firm.id());
            if (how != null) {
                matched[how.ordinal()]++;
            }
        });
        out.append(console.text(
                        "compare.matched",
                        matched[0],
                        matched[1],
                        matched[2],
                        comparison.after().enterprises().size()
                                - comparison.matching().size(),
                        comparison.before().enterprises().size()
                                - comparison.matching().size()))
                .append('\n');
        for (ChainComparison chain : chains) {
            out.append('\n')
                    .append(TerminalText.visible(chain.name()))
                    .append(" [")
                    .append(TerminalText.visible(chain.id()))
                    .append(']');
            if (chain.change() == Change.ADDED || chain.change() == Change.REMOVED) {
                out.append(" \u2014 ")
                        .append(console.text("compare.chain." + chain.change().id()));
            }
            out.append('\n');
            out.append("  ")
                    .append(console.text(
                            "compare.figures",
                            words.percent(chain.coverageBefore()),
                            words.percent(chain.coverageAfter()),
                            words.percent(chain.localRateBefore()),
                            words.percent(chain.localRateAfter())))
                    .append('\n');
            if (chain.change() == Change.SAME) {
                out.append("  ").append(console.text("compare.chain.same")).append('\n');
                continue;
            }
            // a missing segment that got a small firm is one line, closed and now weak (its evidence says so)
            gaps(out, "compare.closed", "\u2713", chain.closedAsRead(), words);
            gaps(out, "compare.opened", "!", chain.openedAsRead(), words);
            gaps(out, "compare.changed", "~", chain.gapsChanged(), words);
            firms(out, chain, comparison, words);
            structure(out, chain, words);
        }
        console.out().print(out);
    }

    private static void gaps(StringBuilder out, String key, String mark, List<GapChange> changes, CompareWords words) {
        if (changes.isEmpty()) {
            return;
        }
        out.append("  ").append(words.text(key, changes.size())).append('\n');
        for (GapChange change : changes.subList(0, Math.min(SHOWN, changes.size()))) {
            out.append("    ")
                    .append(mark)
                    .append(' ')
                    .append(TerminalText.visible(words.gap(change)))
                    .append(words.text("gaps.dash"))
                    .append(TerminalText.visible(words.evidence(change)));
            if (!change.causes().isEmpty()) {
                out.append(words.text("compare.separator"))
                        .append(TerminalText.visible(words.text("compare.by", words.causes(change))));
            }
            out.append('\n');
        }
        more(out, changes.size(), words);
    }

    private static void firms(StringBuilder out, ChainComparison chain, MapComparison comparison, CompareWords words) {
        if (chain.added().isEmpty()
                && chain.removed().isEmpty()
                && chain.changed().isEmpty()) {
            return;
        }
        out.append("  ")
                .append(words.text(
                        "compare.firms",
                        chain.added().size(),
                        chain.removed().size(),
                        chain.changed().size()))
                .append('\n');
        int shown = 0;
        for (Enterprise firm : chain.added()) {
            if (shown++ < SHOWN) {
                line(out, "+", firm.name(), words.where(firm, comparison.after()), words);
            }
        }
        for (Enterprise firm : chain.removed()) {
            if (shown++ < SHOWN) {
                line(out, "\u2212", firm.name(), words.where(firm, comparison.before()), words);
            }
        }
        // what changes the chain's shape first, revenues alone last
        List<FirmChange> changed = chain.changed().stream()
                .sorted(java.util.Comparator.comparing(
                        (FirmChange change) -> change.aspects().equals(java.util.Set.of(Aspect.REVENUE))))
                .toList();
        for (FirmChange change : changed) {
            if (shown++ < SHOWN) {
                line(out, "~", change.after().name(), words.change(change), words);
            }
        }
        more(out, shown, words);
    }

    private static void structure(StringBuilder out, ChainComparison chain, CompareWords words) {
        if (!chain.segmentsAdded().isEmpty() || !chain.segmentsRemoved().isEmpty()) {
            out.append("  ")
                    .append(words.text(
                            "compare.segments",
                            chain.segmentsAdded().size(),
                            chain.segmentsRemoved().size()))
                    .append('\n');
            chain.segmentsAdded().stream().map(Segment::name).forEach(name -> line(out, "+", name, null, words));
            chain.segmentsRemoved().stream().map(Segment::name).forEach(name -> line(out, "\u2212", name, null, words));
        }
        if (!chain.linksAdded().isEmpty() || !chain.linksRemoved().isEmpty()) {
            out.append("  ")
                    .append(words.text(
                            "compare.links",
                            chain.linksAdded().size(),
                            chain.linksRemoved().size()))
                    .append('\n');
        }
    }

    private static void line(StringBuilder out, String mark, String name, String detail, CompareWords words) {
        out.append("    ").append(mark).append(' ').append(TerminalText.visible(name));
        if (detail != null && !detail.isEmpty()) {
            out.append(words.text("gaps.dash")).append(TerminalText.visible(detail));
        }
        out.append('\n');
    }

    private static void more(StringBuilder out, int count, CompareWords words) {
        if (count > SHOWN) {
            out.append("    ").append(words.text("compare.more", count - SHOWN)).append('\n');
        }
    }
}
