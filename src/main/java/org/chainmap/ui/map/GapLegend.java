package org.chainmap.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.chainmap.analysis.GapKind;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * The legend of the gap badges, under the stage columns and always in sight: each badge (缺 弱 断 卡 延
 * 关键) with what it means, in the interface's language. It wraps onto a second line in a narrow window.
 */
public final class GapLegend extends FlowPane {

    /** The id of the legend, for tests. */
    static final String ID = "legend";

    private final MainViewModel model;
    private final ScaleNote scale;

    public GapLegend(MainViewModel model) {
        super(16, 4);
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
            Label meaning = new Label(text.gapLegend(kind));
            meaning.getStyleClass().add(Styles.SUBTLE);
            HBox entry = new HBox(5, Badge.of(text, kind, text.gapKind(kind)), meaning);
            entry.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(entry);
        }
        if (scale != null) {
            getChildren().add(scale);
        }
    }
}
