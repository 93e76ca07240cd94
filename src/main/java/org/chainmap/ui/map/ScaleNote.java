package org.chainmap.ui.map;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Styles;

/**
 * The analysis setting that makes a firm above designated size (规上), shown with the legend ("规上：标签“规上”或营收
 * 不低于 2000 万元"), and, when no segment could be judged by size, why (the setting is off, or no local firm
 * carries a tag or a revenue), so that "weak" never silently means "everything".
 */
final class ScaleNote extends Label {

    /** The id of the note, for tests. */
    static final String ID = "scale-note";

    private final MainViewModel model;

    ScaleNote(MainViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add(Styles.SUBTLE);
        setWrapText(true);
        model.textsProperty().addListener((property, old, now) -> show());
        model.gapsProperty().addListener((property, old, now) -> show());
        show();
    }

    private void show() {
        I18n text = model.texts();
        ScaleBasis basis = model.gaps().scale().orElse(null);
        if (basis == null) {
            setText("");
            setTooltip(null);
            return;
        }
        // the tag in the interface's language: "above scale" for 规上 in English
        Object[] args = basis.ruleArgs();
        args[0] = text.tag(String.valueOf(args[0]));
        String rule = text.text("gap.scale.rule." + basis.ruleKey(), args);
        String settings = text.text("gap.scale.settings", rule);
        if (basis.judged()) {
            setText(settings);
            setTooltip(null);
            return;
        }
        String why = basis.off() ? text.text("gap.scale.off") : text.text("gap.scale.unknown", rule);
        setText(settings + " — " + why);
        setTooltip(new Tooltip(why));
    }
}
