package org.chainmap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.Change;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.report.Report;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * {@code compare --xlsx/--html}: the comparison as a {@link Report}, which the report writers of {@code report} lay
 * out: a summary (each chain's figures before and after and its counts of changes), then a part per chain that
 * changed: its gaps closed, opened and changed with their causes, its firms added, removed and changed, its segments
 * and links.
 */
final class CompareReport {

    private CompareReport() {}

    static Report of(
            MapComparison comparison,
            List<ChainComparison> chains,
            List<String> files,
            LocalDate date,
            CompareWords w) {
        List<Report.Sheet> sheets = new ArrayList<>();
        sheets.add(new Report.Sheet(
                w.text("compare.report.summary"), w.text("compare.report.chains"), List.of(summary(chains, w)), 0));
        for (ChainComparison chain : chains) {
            if (chain.change() != Change.SAME) {
                sheets.add(new Report.Sheet(
                        chain.name(),
                        chain.name(),
                        List.of(gaps(chain, w), firms(chain, comparison, w), structure(chain, w)),
                        0));
            }
        }
        return new Report(
                w.text("compare.report.title", comparison.after().region().name()),
                w.text("compare.report.subtitle", files.get(0), files.get(1), date.toString()),
                sheets);
    }

    private static Report.Table summary(List<ChainComparison> chains, CompareWords w) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChainComparison chain : chains) {
            rows.add(Arrays.asList(
                    chain.name(),
                    chain.id(),
                    share(chain.coverageBefore()),
                    share(chain.coverageAfter()),
                    share(chain.localRateBefore()),
                    share(chain.localRateAfter()),
                    w.count(chain.added().size()),
                    w.count(chain.removed().size()),
                    w.count(chain.changed().size()),
                    (long) chain.closedAsRead().size(),
                    (long) chain.openedAsRead().size(),
                    (long) chain.gapsChanged().size()));
        }
        return new Report.Table(
                w.text("compare.report.chains"),
                columns(
                        w,
                        "chain",
                        "id",
                        "coverageOld",
                        "coverageNew",
                        "rateOld",
                        "rateNew",
                        "added",
                        "removed",
                        "changed",
                        "closed",
                        "opened",
                        "gapsChanged"),
                rows);
    }

    private static Report.Table gaps(ChainComparison chain, CompareWords w) {
        List<List<Object>> rows = new ArrayList<>();
        addGaps(rows, "closed", chain.closedAsRead(), w);
        addGaps(rows, "opened", chain.openedAsRead(), w);
        addGaps(rows, "changed", chain.gapsChanged(), w);
        return new Report.Table(
                w.text("compare.report.gaps"), columns(w, "change", "kind", "where", "evidence", "causes"), rows);
    }

    private static void addGaps(List<List<Object>> rows, String change, List<GapChange> gaps, CompareWords w) {
        for (GapChange gap : gaps) {
            GapWords words = w.wordsOf(gap);
            rows.add(Arrays.asList(
                    w.text("compare.change." + change),
                    words.kind(gap.gap().kind()),
                    words.subject(gap.gap()),
                    w.evidence(gap),
                    gap.causes().isEmpty() ? null : w.causes(gap)));
        }
    }

    private static Report.Table firms(ChainComparison chain, MapComparison comparison, CompareWords w) {
        List<List<Object>> rows = new ArrayList<>();
        for (Enterprise firm : chain.added()) {
            rows.add(Arrays.asList(
                    w.text("compare.change.added"), firm.name(), firm.id(), w.where(firm, comparison.after())));
        }
        for (Enterprise firm : chain.removed()) {
            rows.add(Arrays.asList(
                    w.text("compare.change.removed"), firm.name(), firm.id(), w.where(firm, comparison.before())));
        }
        for (FirmChange change : chain.changed()) {
            rows.add(Arrays.asList(
                    w.text("compare.change.changed"), change.after().name(), change.id(), w.change(change)));
        }
        return new Report.Table(w.text("compare.report.firms"), columns(w, "change", "name", "id", "what"), rows);
    }

    private static Report.Table structure(ChainComparison chain, CompareWords w) {
        List<List<Object>> rows = new ArrayList<>();
        String segment = w.text("compare.element.segment");
        String link = w.text("compare.element.link");
        for (Segment added : chain.segmentsAdded()) {
            rows.add(Arrays.asList(w.text("compare.change.added"), segment, added.name(), added.id()));
        }
        for (Segment removed : chain.segmentsRemoved()) {
            rows.add(Arrays.asList(w.text("compare.change.removed"), segment, removed.name(), removed.id()));
        }
        for (SupplyLink added : chain.linksAdded()) {
            rows.add(Arrays.asList(w.text("compare.change.added"), link, ends(added, w), added.id()));
        }
        for (SupplyLink removed : chain.linksRemoved()) {
            rows.add(Arrays.asList(w.text("compare.change.removed"), link, ends(removed, w), removed.id()));
        }
        return new Report.Table(
                w.text("compare.report.structure"),
                List.of(
                        w.text("compare.report.column.change"),
                        w.text("compare.csv.element"),
                        w.text("compare.report.column.name"),
                        w.text("compare.report.column.id")),
                rows);
    }

    private static String ends(SupplyLink link, CompareWords w) {
        return w.firm(link.from()) + " \u2192 " + w.firm(link.to());
    }

    private static Report.Share share(Double value) {
        return value == null ? null : new Report.Share(value);
    }

    private static List<String> columns(CompareWords w, String... keys) {
        return Arrays.stream(keys)
                .map(key -> w.text("compare.report.column." + key))
                .toList();
    }
}
