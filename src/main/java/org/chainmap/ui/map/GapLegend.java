package org.chainmap.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.chainmap.analysis.GapKind;
import org.chainmap.render.Badges;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * The legend of the gap badges, under the stage columns and always in sight: each badge (缺 弱 断 卡 延
 * 关键) with what it means, in the interface's language; in English each as the letter the map shrinks it to at
 * fit (M, W, B, C, E, K) with its word, in words short enough that the English legend is as high as the
 * Chinese on a 1366 × 768 or 1600 × 1000 screen. It wraps onto another line in a narrow window.
 */
public final class GapLegend extends FlowPane {

    /** The id of the legend, for tests. */
    static final String ID = "legend";

    private final MainViewModel model;
    private final ScaleNote scale;

    public GapLegend(MainViewModel model) {
        super(12, 4);
        this.model = model;
        this.scale = new ScaleNote(model);
        setId(ID);
        getStyleClass().add(Styles.LEGEND);
        setAlignment(Pos.CENTER_LEFT);
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    private void translate() {
        I18n text = model.texts();
        Label title = new Label(text.text("legend.title"));
        title.getStyleClass().add(Styles.SUBTLE);
        getChildren().setAll(title);
        for (GapKind kind : GapKind.values()) {
            // A mark the map shrinks to its letter (missing → M, issue 17) is shown so, its word beside it: the
            // legend explains what a box at fit shows. A Chinese mark (缺, 关键) stays as it is.
            String word = text.gapBadge(kind);
            String icon = word.charAt(0) < 0x2E80 ? Badges.icon(word) : word;
            // The legend's own short words (legend.kind.*): the badge's tooltip on the map says them in full.
            String says = text.text("legend.kind." + kind.id());
            Label meaning = new Label(icon.equals(word) ? says : text.text("gap.legend.icon", word, says));
            meaning.getStyleClass().add(Styles.SUBTLE);
            Label badge = Badge.of(icon, Styles.badge(kind));
            badge.setUserData(kind);
            Badge.tooltipWhenPointed(badge, text.gapKind(kind));
            HBox entry = new HBox(5, badge, meaning);
            entry.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(entry);
        }
        if (scale != null) {
            getChildren().add(scale);
        }
    }
}
