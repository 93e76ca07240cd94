package org.chainmap.cli;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.Gap;
import org.chainmap.compare.Aspect;
import org.chainmap.compare.Cause;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.compare.MapComparison;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * The words of {@code compare}'s text, CSV and reports, in the user's language: a firm's change, a gap with its
 * causes, a share. Names come from the map that has the element: the new one, or the old one for what is gone.
 */
final class CompareWords {

    private final MapComparison comparison;
    private final Console console;
    private final GapWords before;
    private final GapWords after;

    CompareWords(MapComparison comparison, Console console) {
        this.comparison = comparison;
        this.console = console;
        this.before = new GapWords(comparison.before(), console);
        this.after = new GapWords(comparison.after(), console);
    }

    /** The text of {@code key}. */
    String text(String key, Object... args) {
        return console.text(key, args);
    }

    /** A share as a whole percentage, or a dash for none. */
    String percent(Double share) {
        return share == null ? "\u2014" : after.percent(share);
    }

    /** The words for a gap's side: the old map's for a closed gap, else the new map's. */
    GapWords wordsOf(GapChange change) {
        return change.after() == null ? before : after;
    }

    /** A gap's kind and place: "缺链 变压器". */
    String gap(GapChange change) {
        GapWords words = wordsOf(change);
        return words.kind(change.gap().kind()) + " " + words.subject(change.gap());
    }

    /**
     * A gap's evidence, with what is at its place on the other side: "无本地企业；现为弱链" for a closed gap, "…；此前为弱链"
     * for a gap opened where a weak one closed.
     */
    String evidence(GapChange change) {
        String detail = wordsOf(change).detail(change.gap());
        if (change.after() == null) {
            Gap now = atPlaceNow(change.before());
            if (now != null) {
                detail += console.text("compare.separator") + console.text("compare.now", after.kind(now.kind()));
            }
        } else if (change.before() == null) {
            // a weak segment that lost its last local firm: the closed weak gap is not listed, this line says it
            GapChange was = comparison
                    .chain(change.gap().chain())
                    .map(chain -> chain.counterpart(change))
                    .orElse(null);
            if (was != null) {
                detail += console.text("compare.separator")
                        + console.text("compare.was", before.kind(was.gap().kind()));
            }
        }
        return detail;
    }

    /** The gap of another kind at the place of a closed segment gap, in the new map; {@code null} for none. */
    private Gap atPlaceNow(Gap closed) {
        String segment = GapWords.segmentOf(closed);
        if (segment == null || closed instanceof Gap.Broken || closed instanceof Gap.Chokepoint) {
            return null;
        }
        return comparison
                .chain(closed.chain())
                .map(chain -> chain.afterReport() == null
                        ? null
                        : chain.afterReport().gaps().stream()
                                .filter(gap -> !(gap instanceof Gap.Broken || gap instanceof Gap.Chokepoint))
                                .filter(gap -> segment.equals(GapWords.segmentOf(gap)) && gap.kind() != closed.kind())
                                .findFirst()
                                .orElse(null))
                .orElse(null);
    }

    /** The firms that caused a gap's change, with how: "新公司（新增）、旧公司（移出）". */
    String causes(GapChange change) {
        List<String> named = new ArrayList<>();
        for (Cause cause : change.causes()) {
            named.add(console.text("compare.cause." + cause.kind().id(), firm(cause.enterprise())));
        }
        return String.join(console.text("gaps.listSeparator"), named);
    }

    /** A firm's name: the new map's, or the old map's for a firm removed. */
    String firm(String id) {
        return comparison.after().enterprise(id).isPresent() ? after.firm(id) : before.firm(id);
    }

    /** A segment's name: the new map's, or the old map's for a segment removed. */
    String segment(String id) {
        return comparison.after().segment(id).isPresent() ? after.segment(id) : before.segment(id);
    }

    /** Where a firm works, local or not: "变压器，本地". */
    String where(Enterprise firm, RegionMap map) {
        GapWords words = map == comparison.before() ? before : after;
        String segments = words.segments(firm.segments());
        return segments
                + console.text("gaps.listSeparator")
                + console.text(firm.local() ? "compare.local" : "compare.external");
    }

    /** What changed about a firm, in one line: "原名 X；从 A 移到 B；成为规上". */
    String change(FirmChange change) {
        List<String> parts = new ArrayList<>();
        Enterprise old = change.before();
        Enterprise now = change.after();
        for (Aspect aspect : change.aspects()) {
            parts.add(
                    switch (aspect) {
                        case ID -> console.text("compare.aspect.id", old.id(), now.id());
                        case NAME -> console.text("compare.aspect.name", old.name());
                        case SEGMENT -> console.text(
                                "compare.aspect.segment",
                                before.segments(old.segments()),
                                after.segments(now.segments()));
                        case LOCAL -> console.text("compare.aspect.local." + now.local());
                        case SCALE -> console.text(
                                "compare.aspect.scale."
                                        + comparison.after().analysis().aboveScale(now),
                                comparison.after().analysis().scaleLabel());
                        case REVENUE -> console.text(
                                "compare.aspect.revenue", money(old.revenue()), money(now.revenue()));
                    });
        }
        return String.join(console.text("compare.separator"), parts);
    }

    /** Yuan as planners write them (12亿元, CNY 1.2 bn), or a dash for none. */
    private String money(Long yuan) {
        return yuan == null
                ? "\u2014"
                : org.chainmap.text.Money.format(yuan, console.messages().locale());
    }

    /** A count of things in a report's cell: exact in a workbook, in large units where it is shown as text. */
    org.chainmap.io.report.Report.Count count(long value) {
        return new org.chainmap.io.report.Report.Count(value, console.messages().locale());
    }
}
