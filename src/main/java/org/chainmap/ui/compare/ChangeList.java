package org.chainmap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.FirmChange;
import org.chainmap.compare.GapChange;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Styles;

/**
 * The list of the changes beside the views in compare mode, grouped by chain and by kind (gaps closed, opened,
 * changed; firms added, removed, changed; segments and links added and removed). A click on a row hands its
 * {@link Row} to the window, which selects and centres what it names. A long row wraps over up to {@link
 * #ROW_LINES} lines at the list's width; only a longer one is cut, whole in its tooltip.
 */
final class ChangeList extends ListView<ChangeList.Row> {

    /** The list's id, for tests. */
    static final String ID = "compareList";

    /**
     * One row: a heading (no chain), or a change of {@code chain} naming a firm or a segment of the compared map.
     *
     * @param words what the row says
     * @param style its style class (a {@code compare-*} class, or {@code null} for a heading)
     * @param chain the chain of the change; {@code null} for a heading
     * @param firm the firm it names (an id of the compared map, a ghost's for a firm removed), or {@code null}
     * @param segment the segment it names, or {@code null}
     */
    record Row(String words, String style, String chain, String firm, String segment) {}

    /** The most lines a row wraps over; a row longer still ends in "…". */
    static final int ROW_LINES = 3;

    /** Whether the rows are being replaced: a row selected again then is not chosen again. */
    private boolean refilling;

    /** The rows last given to {@link #show(List)}. */
    private List<Row> given;

    ChangeList(Consumer<Row> chosen) {
        setId(ID);
        getStyleClass().add(Styles.COMPARE_LIST);
        setCellFactory(list -> new ListCell<>() {
            {
                // as wide as the list, not as the text: a long row wraps at the list's edge, over at most
                // ROW_LINES lines; one longer still ends in "…", whole in its tooltip
                setPrefWidth(0);
                setWrapText(true);
                setEllipsisString("\u2026");
            }

            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), mostLines(this));
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass()
                        .removeAll(Styles.COMPARE_ADDED, Styles.COMPARE_REMOVED, Styles.COMPARE_CHANGED, "heading");
                setText(empty || row == null ? null : row.words());
                // a row cut by a narrow list says itself whole in its tooltip
                setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(row.words()));
                if (!empty && row != null) {
                    getStyleClass().add(row.style() == null ? "heading" : row.style());
                    setStyle(row.chain() == null ? "-fx-font-weight: bold;" : "-fx-padding: 2 4 2 16;");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((property, was, now) -> {
            if (!refilling && now != null && now.chain() != null) {
                chosen.accept(now);
            }
        });
    }

    /**
     * How high a row is at most: {@link #ROW_LINES} lines of its font and half a line more (a line of Latin and
     * Chinese, or of a fallback face, can be a little taller than one of the font alone; the half line is never
     * enough for another), and its padding.
     */
    private static double mostLines(ListCell<?> cell) {
        javafx.scene.text.Text line = new javafx.scene.text.Text("国");
        line.setFont(cell.getFont());
        double height = Math.ceil(line.getLayoutBounds().getHeight());
        return (ROW_LINES + 0.5) * height + cell.snappedTopInset() + cell.snappedBottomInset();
    }

    /** Shows the changes of {@code shown} in {@code text}'s words; {@code null}: none. */
    void show(Comparing.Shown shown, I18n text) {
        show(rows(shown, text));
    }

    /**
     * Shows {@code rows} ({@link #rows}, made in the background after an edit): as they are when they are the very
     * rows last given (compare mode hands them again when an edit changes no row, having compared them in the
     * background), so that such an edit leaves the list alone; otherwise filled anew, keeping the row selected
     * (without choosing it again) and the row at the top of the view when they are still there.
     */
    void show(List<Row> rows) {
        if (rows == given) {
            return;
        }
        given = rows;
        Row selected = getSelectionModel().getSelectedItem();
        int topIndex = topIndex();
        Row top = topIndex < 0 ? null : getItems().get(topIndex);
        refilling = true;
        try {
            getItems().setAll(rows);
            int again = selected == null ? -1 : rows.indexOf(selected);
            if (again >= 0) {
                getSelectionModel().clearAndSelect(again);
            } else {
                getSelectionModel().clearSelection();
            }
            // Only when the row moved: scrolling makes the list measure rows by the hundred.
            int first = top == null ? -1 : rows.indexOf(top);
            if (first >= 0 && first != topIndex) {
                scrollTo(first);
            }
        } finally {
            refilling = false;
        }
    }

    /** The index of the row at the top of the list's view, or -1. */
    private int topIndex() {
        if (!(lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return -1;
        }
        javafx.scene.control.IndexedCell<?> cell = flow.getFirstVisibleCell();
        return cell == null
                        || cell.getIndex() < 0
                        || cell.getIndex() >= getItems().size()
                ? -1
                : cell.getIndex();
    }

    /** The rows of the changes of {@code shown} in {@code text}'s words ({@code null}: none); any thread. */
    static List<Row> rows(Comparing.Shown shown, I18n text) {
        List<Row> rows = new ArrayList<>();
        if (shown != null) {
            ComparedMap compared = shown.compared();
            RegionMap map = compared.map();
            for (ChainComparison chain : compared.comparison().chains()) {
                if (chain.after() == null || chain.change() == org.chainmap.compare.Change.SAME) {
                    continue;
                }
                String id = chain.id();
                rows.add(new Row(Names.of(chain.after(), text.locale()), null, null, null, null));
                // a missing segment that got a small firm: one line, "closed, now weak", not a closed and an opened
                gaps(rows, text, "compare.list.closed", Styles.COMPARE_ADDED, chain.closedAsRead(), chain, compared);
                gaps(rows, text, "compare.list.opened", Styles.COMPARE_REMOVED, chain.openedAsRead(), chain, compared);
                gaps(
                        rows,
                        text,
                        "compare.list.gapChanged",
                        Styles.COMPARE_CHANGED,
                        chain.gapsChanged(),
                        chain,
                        compared);
                for (Enterprise firm : chain.added()) {
                    rows.add(firmRow(text, "compare.list.added", Styles.COMPARE_ADDED, id, firm));
                }
                for (Enterprise firm : chain.removed()) {
                    if (compared.ghostFirms().contains(firm.id())) {
                        rows.add(firmRow(text, "compare.list.removed", Styles.COMPARE_REMOVED, id, firm));
                    } else {
                        rows.add(new Row(
                                text.text("compare.list.removed", firm.name()),
                                Styles.COMPARE_REMOVED,
                                id,
                                null,
                                null));
                    }
                }
                for (FirmChange firm : chain.changed()) {
                    rows.add(firmRow(text, "compare.list.changed", Styles.COMPARE_CHANGED, id, firm.after()));
                }
                for (Segment segment : chain.segmentsAdded()) {
                    rows.add(new Row(
                            text.text("compare.list.segmentAdded", Names.of(segment, text.locale())),
                            Styles.COMPARE_ADDED,
                            id,
                            null,
                            segment.id()));
                }
                for (Segment segment : chain.segmentsRemoved()) {
                    rows.add(new Row(
                            text.text("compare.list.segmentRemoved", Names.of(segment, text.locale())),
                            Styles.COMPARE_REMOVED,
                            id,
                            null,
                            segment.id()));
                }
                links(rows, text, "compare.list.linkAdded", Styles.COMPARE_ADDED, chain.linksAdded(), id, map);
                links(
                        rows,
                        text,
                        "compare.list.linkRemoved",
                        Styles.COMPARE_REMOVED,
                        chain.linksRemoved(),
                        id,
                        compared.comparison().before());
            }
        }
        return rows;
    }

    private static Row firmRow(I18n text, String key, String style, String chain, Enterprise firm) {
        return new Row(text.text(key, firm.name()), style, chain, firm.id(), firm.mainSegment());
    }

    private static void gaps(
            List<Row> rows,
            I18n text,
            String key,
            String style,
            List<GapChange> gaps,
            ChainComparison chain,
            ComparedMap compared) {
        for (GapChange gap : gaps) {
            if (chain.saidWithMissing(gap)) {
                continue; // an extend segment filled (or emptied) is one row, its missing gap's
            }
            GapChange other = chain.counterpart(gap);
            String segment = org.chainmap.render.CompareMarks.segmentOf(gap, compared);
            String where = segment == null
                    ? gap.place()
                    : compared.map()
                            .segment(segment)
                            .map(s -> Names.of(s, text.locale()))
                            .orElse(segment);
            String kind = text.text("gap.kind." + gap.gap().kind().id());
            if (chain.extendWith(gap) != null) {
                kind = text.text(
                        "compare.list.kinds", kind, text.text("gap.kind.extend").toLowerCase(text.locale()));
            }
            rows.add(new Row(
                    other == null
                            ? text.text(key, kind, where)
                            : text.text(
                                    key + (gap.after() == null ? "Now" : "Was"),
                                    kind,
                                    where,
                                    text.text("gap.kind." + other.gap().kind().id())
                                            .toLowerCase(text.locale())),
                    style,
                    chain.id(),
                    null,
                    segment));
        }
    }

    private static void links(
            List<Row> rows,
            I18n text,
            String key,
            String style,
            List<SupplyLink> links,
            String chain,
            RegionMap names) {
        for (SupplyLink link : links) {
            String from = names.enterprise(link.from()).map(Enterprise::name).orElse(link.from());
            String to = names.enterprise(link.to()).map(Enterprise::name).orElse(link.to());
            rows.add(new Row(text.text(key, from, to), style, chain, null, null));
        }
    }
}
