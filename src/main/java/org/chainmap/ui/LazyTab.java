package org.chainmap.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built when it is first selected, not with the window: what a hidden tab holds (its
 * controls, their skins and the first pass of CSS over them) would otherwise be paid for before the window's
 * first frame (docs/performance.md, "Start-up").
 */
public final class LazyTab {

    private LazyTab() {}

    /** A new tab with the content {@code build} makes at the tab's first selection. */
    public static Tab of(Supplier<? extends Node> build) {
        Tab tab = new Tab();
        fill(tab, build);
        return tab;
    }

    /** A new tab with the node {@code until}, and from its first selection what {@code build} makes (below). */
    public static Tab of(Node until, Supplier<? extends Node> build) {
        Tab tab = new Tab();
        fill(tab, until, build);
        return tab;
    }

    /**
     * Gives {@code tab} the node {@code until} now and, from its first selection, the content {@code build} makes
     * (which takes {@code until} in). For a node the window needs in its scene from the start, such as a map's
     * surface: there, hidden with its tab, it counts as hidden (it lays out nothing) and has the window for its
     * dialogs, while what is built around it waits.
     */
    public static void fill(Tab tab, Node until, Supplier<? extends Node> build) {
        tab.setContent(until);
        fill(tab, build);
    }

    /** Gives {@code tab} the content {@code build} makes, now if it is selected, else at its first selection. */
    public static void fill(Tab tab, Supplier<? extends Node> build) {
        if (tab.isSelected()) {
            tab.setContent(build.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(build.get());
                }
            }
        });
    }
}
