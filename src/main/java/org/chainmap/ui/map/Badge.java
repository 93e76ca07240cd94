package org.chainmap.ui.map;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.chainmap.analysis.GapKind;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Styles;

/** The small framed words of the window: 核心, 链主, and the marks of the gaps, 缺 弱 断 卡 延 关键. */
public final class Badge {

    private Badge() {}

    /** A badge saying {@code word} in the look of {@code kind}, one of the badge classes of {@link Styles}. */
    static Label of(String word, String kind) {
        Label badge = new Label(word);
        badge.getStyleClass().addAll(Styles.BADGE, kind);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    /** The mark of a kind of gap, in the interface's language. */
    static Label of(I18n text, GapKind kind) {
        Label badge = of(text.gapBadge(kind), Styles.badge(kind));
        badge.setUserData(kind);
        return badge;
    }

    /** The mark of a kind of gap that says why when the pointer rests on it. */
    static Label of(I18n text, GapKind kind, String why) {
        Label badge = of(text, kind);
        tooltipWhenPointed(badge, why);
        return badge;
    }

    /**
     * Gives {@code control} the {@link #tooltip(String) tooltip} of {@code words} when the pointer first comes onto
     * it, not before: a {@link Tooltip} is a popup window of its own with its label and style, and the window's
     * first frame and a map's first showing made one for every badge that nobody pointed at yet (the gap legend's
     * six before the first frame, docs/performance.md, "Start-up"). The pointer's entering is followed by its
     * move over the same control, which the new tooltip's timer takes as its start, so it shows as one set at
     * once would.
     */
    public static void tooltipWhenPointed(Control control, String words) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent entered) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(tooltip(words));
                }
            }
        });
    }

    /** A tooltip that wraps long sentences and shows quickly. */
    public static Tooltip tooltip(String words) {
        Tooltip tooltip = new Tooltip(words);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
