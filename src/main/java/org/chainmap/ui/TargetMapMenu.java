package org.chainmap.ui;

import java.time.LocalDate;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.chainmap.analysis.SnapshotOnSave;
import org.chainmap.edit.PutSnapshot;
import org.chainmap.edit.SetSnapshotOnSave;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;

/**
 * The target map's items (decision 0028): View ▸ Target map ▸ Current state, Target state, Both (planned things
 * faded and dashed), which the views draw and the gap analysis counts, kept for the session; File ▸ Take snapshot
 * (today's key figures per chain, replacing one taken earlier today; undone like any edit) and Snapshot on each
 * save.
 */
public final class TargetMapMenu {

    /** The id of the View submenu; its items are {@code menuState-current}, {@code -target}, {@code -both}. */
    static final String STATE_MENU_ID = "menuState";

    private final MainViewModel model;
    private final Menu states = new Menu();
    private final ToggleGroup group = new ToggleGroup();
    private final MenuItem take = new MenuItem();
    private final CheckMenuItem onSave = new CheckMenuItem();

    private TargetMapMenu(MainViewModel model) {
        this.model = model;
        states.setId(STATE_MENU_ID);
        for (MapState state : MapState.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId(STATE_MENU_ID + "-" + state.id());
            item.setUserData(state);
            item.setToggleGroup(group);
            item.setSelected(model.stateProperty().get() == state);
            item.setOnAction(event -> model.stateProperty().set(state));
            states.getItems().add(item);
        }
        model.stateProperty().addListener((property, old, now) -> group.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == now)));
        take.setId("menuTakeSnapshot");
        take.setOnAction(event -> model.map().ifPresent(map -> model.perform(new PutSnapshot(today(map)))));
        take.disableProperty().bind(model.documentProperty().isNull());
        onSave.setId("menuSnapshotOnSave");
        onSave.disableProperty().bind(model.documentProperty().isNull());
        onSave.setOnAction(event -> model.perform(new SetSnapshotOnSave(onSave.isSelected())));
        model.revisionProperty().addListener((property, old, now) -> tickOnSave());
        model.documentProperty().addListener((property, old, now) -> tickOnSave());
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    /** Adds the items: the states above the View menu's last items, the snapshot's to the File menu before Quit. */
    static void install(Menu file, Menu view, MainViewModel model) {
        TargetMapMenu menu = new TargetMapMenu(model);
        view.getItems().add(Math.max(0, view.getItems().size() - 2), menu.states);
        int quit = Math.max(0, file.getItems().size() - 1);
        file.getItems().addAll(quit, java.util.List.of(menu.take, menu.onSave, new SeparatorMenuItem()));
    }

    /** The snapshot a save takes when the map asks for one; {@code null} when none is due ({@link SnapshotOnSave}). */
    public static Snapshot dueOnSave(RegionMap map) {
        return SnapshotOnSave.due(map, LocalDate.now());
    }

    private static Snapshot today(RegionMap map) {
        return SnapshotOnSave.of(map, LocalDate.now());
    }

    private void tickOnSave() {
        onSave.setSelected(model.map().map(map -> map.snapshots().onSave()).orElse(false));
    }

    private void translate() {
        I18n text = model.texts();
        states.setText(text.text("menu.view.state"));
        group.getToggles().forEach(toggle -> ((RadioMenuItem) toggle)
                .setText(text.text("menu.view.state." + ((MapState) toggle.getUserData()).id())));
        take.setText(text.text("menu.file.takeSnapshot"));
        onSave.setText(text.text("menu.file.snapshotOnSave"));
    }
}
