package org.chainmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.chainmap.analysis.GapKind;
import org.chainmap.compare.Change;
import org.chainmap.compare.ComparedMap;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.render.CompareMarks;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Styles;

/**
 * The compare marks of the Columns view: on each {@link SegmentBox} the marks {@link CompareMarks} gives its
 * segment (added, changed; its gaps closed ✓, opened !, changed ~; "✓ 缺→弱" closed, weak now), its firms added
 * or changed, and the firms it lost as struck-out ghosts; the segments removed as ghost boxes. Styled by the
 * {@code compare-*} classes.
 */
final class ColumnMarks {

    private final ComparedMap compared;
    private final CompareMarks marks;
    private final I18n text;
    private final List<Enterprise> ghosts;

    /** The marks of {@code shown} for the segments {@code segments}, in {@code text}'s words. */
    ColumnMarks(Comparing.Shown shown, List<String> segments, I18n text) {
        this.compared = shown.compared();
        this.marks = CompareMarks.ofBoxes(compared, new java.util.LinkedHashSet<>(segments));
        this.text = text;
        this.ghosts = compared.ghosts();
    }

    /** Marks {@code box}: its frame, its gap changes, its firms, and the ghosts of the firms it lost. */
    void mark(SegmentBox box) {
        String id = box.segment().id();
        Change change = marks.box(id);
        if (change != Change.SAME) {
            box.getStyleClass().add(styleOf(change));
        }
        List<CompareMarks.GapMark> gaps = marks.gaps().getOrDefault(id, List.of());
        if (!gaps.isEmpty()) {
            FlowPane row = new FlowPane(4, 4);
            for (CompareMarks.GapMark gap : gaps) {
                String badge = text.text("gap.badge." + gap.kind().id());
                if (gap.other() != null) { // "✓ 缺→弱": closed, weak now; "! 缺←弱": opened, weak before
                    badge += (gap.change() == Change.REMOVED ? "\u2192" : "\u2190")
                            + text.text("gap.badge." + gap.other().id());
                }
                Label label = new Label(sign(gap) + " " + badge);
                label.getStyleClass().addAll(Styles.COMPARE_GAP, styleOf(gap.change()));
                if (gap.other() == GapKind.WEAK) {
                    label.getStyleClass().add(Styles.COMPARE_GAP_WEAK);
                }
                label.setTooltip(Badge.tooltip(words(gap, text)));
                row.getChildren().add(label);
            }
            box.getChildren().add(Math.min(1, box.getChildren().size()), row);
        }
        for (Node child : box.getChildren()) {
            if (child instanceof Label label && label.getUserData() instanceof Enterprise firm) {
                Change firmChange = compared.firm(firm.id());
                if (firmChange != Change.SAME) {
                    label.getStyleClass().add(styleOf(firmChange));
                }
            }
        }
        // The firms that left are listed in every segment they worked in, as the box lists the firms there now.
        for (Enterprise firm : ghosts) {
            if (firm.segments().contains(id)) {
                box.getChildren().add(ghost(firm.name()));
            }
        }
        // The count is the map's own; the firms that left are said apart, as the map's boxes say them: "(−3)",
        // beside the count they left: a local firm removed is not an external one removed.
        int[] removed = new int[2];
        for (Enterprise firm : ghosts) {
            if (firm.segments().contains(id)) {
                removed[firm.local() ? 0 : 1]++;
            }
        }
        for (Node child : box.getChildren()) {
            if (removed[0] + removed[1] > 0
                    && child instanceof Label label
                    && label.getStyleClass().contains(SegmentBox.COUNTS)
                    && label.getUserData() instanceof long[] counts) {
                label.setText(text.text(
                        "segment.firms",
                        text.count(counts[0]) + removedNote(removed[0]),
                        text.count(counts[1]) + removedNote(removed[1])));
            }
        }
    }

    /** The sign of a gap's change: ✓ closed, ! opened, ~ changed. */
    static String sign(CompareMarks.GapMark gap) {
        return gap.change() == Change.REMOVED ? "\u2713" : gap.change() == Change.ADDED ? "!" : "~";
    }

    /**
     * What a gap's mark says, for its tooltip and the box's card: "缺链（延链）：比旧版时已补上，现为弱链" for a missing
     * (and extend) segment that got one small firm, "缺链：比旧版时新出现" for a gap opened.
     */
    static String words(CompareMarks.GapMark gap, I18n text) {
        String kind = text.text("gap.kind." + gap.kind().id());
        if (gap.extend()) {
            kind = text.text(
                    "compare.list.kinds", kind, text.text("gap.kind.extend").toLowerCase(text.locale()));
        }
        if (gap.other() == null) {
            return text.text("compare.gap." + gap.change().id(), kind);
        }
        String other = text.text("gap.kind." + gap.other().id()).toLowerCase(text.locale());
        return text.text(
                "compare.gap." + gap.change().id() + (gap.change() == Change.REMOVED ? "Now" : "Was"), kind, other);
    }

    /**
     * The lines the card of the box of {@code segment} adds in compare mode, one per mark on the box ("\n✓
     * 缺链：比旧版时已补上，现为弱链"); empty when {@code shown} is {@code null} or the box has none.
     */
    static String cardLines(Comparing.Shown shown, String segment, I18n text) {
        if (shown == null) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        CompareMarks marks = CompareMarks.ofBoxes(shown.compared(), java.util.Set.of(segment));
        for (CompareMarks.GapMark gap : marks.gaps().getOrDefault(segment, List.of())) {
            lines.append('\n').append(sign(gap)).append(' ').append(words(gap, text));
        }
        return lines.toString();
    }

    /** " (−N)" for {@code gone} firms removed; empty when there are none. */
    private static String removedNote(int gone) {
        return gone == 0 ? "" : " (\u2212" + gone + ")";
    }

    /** The ghost boxes of the segments removed from {@code stageSegments}' chain at one stage. */
    List<Node> ghostBoxes(List<Segment> removed, java.util.function.Function<Segment, String> names) {
        List<Node> boxes = new ArrayList<>();
        for (Segment segment : removed) {
            Label title = ghost(names.apply(segment));
            title.getStyleClass().add(Styles.SEGMENT_TITLE);
            VBox box = new VBox(4, title);
            box.getStyleClass().addAll(Styles.SEGMENT_BOX, Styles.COMPARE_REMOVED);
            box.setUserData(segment);
            boxes.add(box);
        }
        return boxes;
    }

    private Label ghost(String name) {
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.ENTERPRISE, Styles.COMPARE_REMOVED);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setTooltip(Badge.tooltip(text.text("compare.removedTip")));
        return label;
    }

    private static String styleOf(Change change) {
        return switch (change) {
            case ADDED -> Styles.COMPARE_ADDED;
            case REMOVED -> Styles.COMPARE_REMOVED;
            default -> Styles.COMPARE_CHANGED;
        };
    }
}
