package org.chainmap.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * File ▸ Open Recent: the files opened or saved lately, most recent first, each with its folder; a file that
 * is gone is greyed. Built anew each time the File menu opens, from {@link RecentFiles}.
 */
public final class RecentMenu extends Menu {

    /** The id of the menu, for tests; its items are {@code recent-1}, {@code recent-2}, …. */
    static final String ID = "menuOpenRecent";

    private final MainViewModel model;
    private final RecentFiles recent;
    private final Consumer<Path> open;

    public RecentMenu(MainViewModel model, RecentFiles recent, Consumer<Path> open) {
        this.model = model;
        this.recent = recent;
        this.open = open;
        setId(ID);
        refresh();
    }

    /** Lists the files as they are now. */
    public void refresh() {
        I18n text = model.texts();
        setText(text.text("menu.file.openRecent"));
        getItems().clear();
        List<Path> files = recent.files();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            boolean there = Files.isRegularFile(file);
            String name = FileDialogs.displayName(file);
            String folder = file.getParent() == null ? "" : file.getParent().toString();
            MenuItem item = new MenuItem(text.text(
                    there ? "menu.file.openRecent.item" : "menu.file.openRecent.missing", i + 1, name, folder));
            item.setId("recent-" + (i + 1));
            item.setMnemonicParsing(false);
            item.setDisable(!there);
            item.setOnAction(event -> open.accept(file));
            getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(text.text("menu.file.openRecent.empty"));
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        MenuItem clear = new MenuItem(text.text("menu.file.openRecent.clear"));
        clear.setId("recent-clear");
        clear.setOnAction(event -> {
            recent.clear();
            refresh();
        });
        getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
