package org.chainmap.ui;

import java.util.List;
import javafx.collections.ObservableList;

/** Puts items in an observable list only when they are not already there. */
final class ListItems {

    private ListItems() {}

    /**
     * Sets {@code list} to {@code now} unless it holds those very objects in that order already. An edit of a firm or
     * a link keeps a map's chains: put in anew, every cell of the chain list was made again, a layout and a style pass
     * of each on the JavaFX thread before the edit's frame (issue 17 item 9).
     */
    static <T> void setUnlessSame(ObservableList<T> list, List<? extends T> now) {
        boolean same = list.size() == now.size();
        for (int i = 0; same && i < now.size(); i++) {
            same = list.get(i) == now.get(i);
        }
        if (!same) {
            list.setAll(now);
        }
    }
}
