package org.chainmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.chainmap.edit.SetFeed;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.render.Viewport;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.gesture.Hit;
import org.chainmap.ui.map.ChainCanvas;

/**
 * The map's context menu (right click, or the menu key and {@code Shift+F10} on the selection): on a firm,
 * edit its properties, rename, mark it local or external, delete it, add a firm beside it; on a segment's box,
 * edit, rename, delete, add a firm to it, add a segment to its stage; on an empty stage column, add a
 * segment to that stage. What it points at is selected first, unless it is among the picks.
 */
final class CanvasMenu {

    /** The id of the menu, for tests. */
    static final String ID = "canvas-menu";

    private final MainViewModel model;
    private final ChainCanvas canvas;
    private final SelectionEdits edits;
    /** Made at the first request, not with the window (docs/performance.md, "Start-up"). */
    private ContextMenu menu;

    CanvasMenu(MainViewModel model, ChainCanvas canvas, SelectionEdits edits) {
        this.model = model;
        this.canvas = canvas;
        this.edits = edits;
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
        canvas.getProperties().put(ID, this); // for tests: of(canvas)
    }

    /** The menu of {@code canvas}, if one was attached to it (tests). */
    static CanvasMenu of(ChainCanvas canvas) {
        return (CanvasMenu) canvas.getProperties().get(ID);
    }

    /** The menu, once a first request has made it; {@code null} before (tests). */
    ContextMenu menu() {
        return menu;
    }

    private void requested(ContextMenuEvent event) {
        if (menu == null) {
            menu = new ContextMenu();
            menu.setId(ID);
        }
        menu.hide();
        ChainGeometry geometry = canvas.geometry();
        if (geometry == null || model.map().isEmpty()) {
            return;
        }
        Selection target;
        Stage stage = null;
        if (event.isKeyboardTrigger()) {
            target = model.selection().orElse(null);
        } else {
            Hit hit = Hit.at(geometry, canvas.viewport(), event.getX(), event.getY());
            target = hit.onFirm()
                    ? canvas.picks().ofFirm(hit.firm()).orElse(null)
                    : hit.segment() == null
                            ? null
                            : model.segment(hit.segment())
                                    .map(Selection.OfSegment::new)
                                    .orElse(null);
            stage = target == null ? stageAt(geometry, canvas.viewport(), event.getX(), event.getY()) : null;
            if (target != null && !picked(target)) {
                model.select(target);
            }
        }
        menu.getItems().setAll(target != null ? itemsFor(target) : itemsFor(stage));
        if (!menu.getItems().isEmpty()) {
            menu.show(canvas, event.getScreenX(), event.getScreenY());
        }
        event.consume();
    }

    private boolean picked(Selection target) {
        var picks = canvas.picks().picks();
        return target instanceof Selection.OfEnterprise firm
                ? picks.hasFirm(firm.enterprise().id())
                : picks.hasSegment(target.segment().id());
    }

    private List<MenuItem> itemsFor(Selection target) {
        I18n text = model.texts();
        List<MenuItem> items = new ArrayList<>();
        items.add(item("properties", text.text("menu.edit.properties"), edits::properties));
        items.add(item("rename", text.text("menu.edit.rename"), edits::rename));
        if (target instanceof Selection.OfEnterprise chosen) {
            Enterprise firm = chosen.enterprise();
            items.add(
                    firm.local()
                            ? item("external", text.text("menu.edit.markExternal"), () -> edits.markLocal(false))
                            : item("local", text.text("menu.edit.markLocal"), () -> edits.markLocal(true)));
        }
        items.add(item("delete", text.text("menu.edit.delete"), edits::delete));
        Segment segment = target.segment();
        if (target instanceof Selection.OfSegment && !segment.feeds().isEmpty()) {
            items.add(removeFeed(segment));
        }
        items.add(new SeparatorMenuItem());
        items.add(item(
                "addFirm", text.text("menu.canvas.addFirm", model.displayName(segment)), () -> edits.addFirm(segment)));
        items.addAll(itemsFor(segment.stage()));
        return items;
    }

    /** A submenu naming the segments {@code segment} feeds; choosing one removes that feed (one step). */
    private javafx.scene.control.Menu removeFeed(Segment segment) {
        javafx.scene.control.Menu feeds =
                new javafx.scene.control.Menu(model.texts().text("menu.canvas.removeFeed"));
        feeds.setId(ID + "-removeFeed");
        for (int i = 0; i < segment.feeds().size(); i++) {
            String fed = segment.feeds().get(i);
            String name = model.segment(fed).map(model::displayName).orElse(fed);
            // ids hold no dots, which CSS selectors would read as classes
            feeds.getItems()
                    .add(item("removeFeed-" + i, name, () -> model.perform(new SetFeed(segment.id(), fed, false))));
        }
        return feeds;
    }

    private List<MenuItem> itemsFor(Stage stage) {
        if (stage == null) {
            return List.of();
        }
        I18n text = model.texts();
        return List.of(item(
                "addSegment", text.text("menu.canvas.addSegment", text.stage(stage)), () -> edits.addSegment(stage)));
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(ID + "-" + id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** The stage whose column lies under surface point (sx, sy), or {@code null}. */
    private static Stage stageAt(ChainGeometry geometry, Viewport view, double sx, double sy) {
        double mx = view.x() + sx / view.scale();
        double my = view.y() + sy / view.scale();
        return geometry.columns().stream()
                .filter(column -> column.bounds().contains(mx, my))
                .map(ChainGeometry.Column::stage)
                .findFirst()
                .orElse(null);
    }
}
