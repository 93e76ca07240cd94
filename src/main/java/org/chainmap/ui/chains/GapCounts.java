package org.chainmap.ui.chains;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.chainmap.analysis.GapKind;
import org.chainmap.ui.Styles;

/**
 * A chain's gap counts in its row of the chain list, in one of two forms: the long one ("2 missing · 3 weak · 47
 * broken", 缺2 · 弱3 · 断47) where the row is wide enough, and the short one ("2m 3w 47b", 缺2 弱3 断47) where it is
 * not. Neither form is ever cut: the separators and the counts keep their whole width, and the row gives up the
 * long form, whole, before anything shows "…" (issue 17: on a 100,000-firm map the dots were squeezed to "…").
 * The long form is in the row's tooltip.
 */
final class GapCounts extends Region {

    /** The space between two counts, and between a count and a separator. */
    private static final double SPACING = 6;

    private final HBox longForm = row();
    private final HBox shortForm = row();

    GapCounts() {
        getStyleClass().add(Styles.GAP_COUNTS);
        shortForm.setVisible(false);
        getChildren().addAll(longForm, shortForm);
    }

    private static HBox row() {
        HBox row = new HBox(SPACING);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    /**
     * Shows the counts: {@code longTexts} and {@code shortTexts} are the words of each kind in the order of
     * {@code kinds}, {@code counts} their numbers (a kind with none is drawn faint).
     */
    void show(List<GapKind> kinds, List<String> longTexts, List<String> shortTexts, List<Integer> counts) {
        longForm.getChildren().clear();
        shortForm.getChildren().clear();
        for (int i = 0; i < kinds.size(); i++) {
            if (i > 0) {
                longForm.getChildren().add(label("\u00b7", null, 1));
            }
            longForm.getChildren().add(label(longTexts.get(i), kinds.get(i), counts.get(i)));
            shortForm.getChildren().add(label(shortTexts.get(i), kinds.get(i), counts.get(i)));
        }
        requestLayout();
    }

    /** Whether the row shows the short form, for tests. */
    boolean isShort() {
        return shortForm.isVisible();
    }

    private static Label label(String text, GapKind kind, int count) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.GAP_COUNT);
        if (kind != null) {
            label.getStyleClass().add(Styles.gapKind(kind));
        }
        if (count == 0) {
            label.getStyleClass().add(Styles.NONE);
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + shortForm.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + longForm.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + Math.max(longForm.prefHeight(-1), shortForm.prefHeight(-1)) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        boolean fits = longForm.prefWidth(-1) <= inner + 0.5;
        longForm.setVisible(fits);
        shortForm.setVisible(!fits);
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (HBox form : List.of(longForm, shortForm)) {
            form.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(inner, form.prefWidth(-1)), height);
        }
    }
}
