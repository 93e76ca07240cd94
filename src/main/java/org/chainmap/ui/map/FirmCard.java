package org.chainmap.ui.map;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.render.Badges;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.details.DetailsPane;

/**
 * The card of the firm or box under the pointer on the map: a few lines beside the pointer. Its {@link Tooltip}, a
 * popup window of its own, is made when a firm or box is first pointed at, not with the window (issue 18 item 6:
 * nothing the first frame does not show).
 */
final class FirmCard {

    /** The style id of the card. */
    static final String ID = "firm-card";

    private final MainViewModel model;
    private Tooltip tip;

    FirmCard(MainViewModel model) {
        this.model = model;
    }

    /** Shows the card of {@code firm} over {@code owner} at screen point (x, y). */
    void show(Node owner, Enterprise firm, double x, double y) {
        show(owner, text(firm), x, y);
    }

    /**
     * Shows the card of a box, its segment's whole name (which the box may cut at this zoom: "Copper &amp;
     * aluminium conduc…" at fit in English at 1366 × 768), over {@code owner} at screen point (x, y); in compare
     * mode with what the box's gap marks say.
     */
    void show(Node owner, Segment segment, double x, double y) {
        show(owner, text(segment), x, y);
    }

    /**
     * A box's card: its whole name, and a line for each gap mark on it with what its letter means ("M = missing:
     * no local firm"): at fit the marks are letters; in compare mode then what its compare marks say ("✓ 缺链：比旧版时已补上，
     * 现为弱链").
     */
    String text(Segment segment) {
        StringBuilder lines = new StringBuilder(model.displayName(segment));
        ChainReport report = model.chainOf(segment).flatMap(model::report).orElse(null);
        if (report != null) {
            marks(lines, segment, report);
        }
        return lines + ColumnMarks.cardLines(model.comparing().shown().orElse(null), segment.id(), model.texts());
    }

    private void marks(StringBuilder lines, Segment segment, ChainReport report) {
        I18n text = model.texts();
        for (GapKind kind : List.of(GapKind.MISSING, GapKind.WEAK, GapKind.EXTEND, GapKind.BROKEN)) {
            boolean marked =
                    report.gaps(kind).stream().anyMatch(gap -> segment.id().equals(marked(gap)));
            if (marked) {
                String word = text.gapBadge(kind);
                lines.append('\n').append(text.text("gap.card.mark", Badges.icon(word), word, text.gapLegend(kind)));
            }
        }
    }

    private void show(Node owner, String text, double x, double y) {
        if (tip == null) {
            tip = new Tooltip();
            tip.setId(ID);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
        }
        tip.setText(text);
        tip.show(owner, x, y);
    }

    /** The segment whose box {@code gap} marks: a missing, weak or extend gap's, a broken feed's target. */
    private static String marked(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.segment();
        }
        if (gap instanceof Gap.Extend extend) {
            return extend.segment();
        }
        return gap instanceof Gap.Broken broken ? broken.to() : null;
    }

    /** Hides the card, if it shows. */
    void hide() {
        if (tip != null) {
            tip.hide();
        }
    }

    /** A firm's card in a few lines: name, where from, segments, tags, revenue, products. */
    private String text(Enterprise firm) {
        I18n text = model.texts();
        StringBuilder lines = new StringBuilder(firm.name()).append('\n').append(DetailsPane.location(text, firm));
        String separator = text.text("details.separator");
        lines.append('\n')
                .append(String.join(
                        separator,
                        firm.segments().stream()
                                .map(id -> model.segment(id)
                                        .map(model::displayName)
                                        .orElse(id))
                                .toList()));
        if (!firm.tags().isEmpty()) {
            lines.append('\n').append(String.join(separator, text.tags(firm.tags())));
        }
        String revenue = DetailsPane.revenue(text, firm);
        if (revenue != null) {
            lines.append('\n').append(text.text("details.revenue")).append(": ").append(revenue);
        }
        if (!firm.products().isEmpty()) {
            lines.append('\n').append(String.join(separator, firm.products()));
        }
        return lines.toString();
    }
}
