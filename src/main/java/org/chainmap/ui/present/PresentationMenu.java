package org.chainmap.ui.present;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;

/**
 * The presentation's items of the View menu: Present ({@code F5}), and Presentation ▸ Arrange…, Present
 * from this chain ({@code Shift+F5}), Full detail (each stage and gap one by one, unless arranged), Reduce
 * motion.
 */
public final class PresentationMenu {

    /** F5 starts the presentation, as in the slide programs presenters know. */
    static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);

    /** Shift+F5 starts it at the chain shown. */
    static final KeyCombination PRESENT_FROM_CHAIN = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);

    private final MainViewModel model;
    private final MenuItem present = new MenuItem();
    private final Menu presentation = new Menu();
    private final MenuItem fromChain = new MenuItem();
    private final MenuItem arrange = new MenuItem();
    private final CheckMenuItem reducedMotion = new CheckMenuItem();
    private final CheckMenuItem fullDetail = new CheckMenuItem();

    private PresentationMenu(MainViewModel model, Presenter presenter, Runnable arrangeAction) {
        this.model = model;
        present.setId("menuPresent");
        presentation.setId("menuPresentation");
        fromChain.setId("menuPresentFromChain");
        arrange.setId("menuArrangePresentation");
        reducedMotion.setId("menuReducedMotion");
        fullDetail.setId("menuPresentationFullDetail");
        fullDetail.selectedProperty().bindBidirectional(presenter.fullDetailProperty());
        present.setAccelerator(PRESENT);
        fromChain.setAccelerator(PRESENT_FROM_CHAIN);
        present.setOnAction(event -> presenter.start(false));
        fromChain.setOnAction(event -> presenter.start(true));
        arrange.setOnAction(event -> arrangeAction.run());
        reducedMotion.selectedProperty().bindBidirectional(model.reducedMotionProperty());
        for (MenuItem item : new MenuItem[] {present, fromChain, arrange}) {
            item.disableProperty().bind(model.documentProperty().isNull());
        }
        // Arrange first: the pointer reaches it straight from the submenu's own item, crossing nothing.
        presentation.getItems().addAll(arrange, fromChain, new SeparatorMenuItem(), fullDetail, reducedMotion);
        model.textsProperty().addListener((property, old, now) -> translate());
        translate();
    }

    /**
     * Adds the items to the View menu {@code view}, above its Theme and Language submenus: the pointer's path
     * from Language to its lower item then still crosses no other submenu.
     */
    public static void install(Menu view, MainViewModel model, Presenter presenter, Runnable arrange) {
        PresentationMenu menu = new PresentationMenu(model, presenter, arrange);
        int at = view.getItems().size();
        for (int i = 0; i < view.getItems().size(); i++) {
            if (view.getItems().get(i) instanceof Menu) {
                at = i;
                break;
            }
        }
        view.getItems().addAll(at, java.util.List.of(menu.present, menu.presentation, new SeparatorMenuItem()));
    }

    private void translate() {
        I18n text = model.texts();
        present.setText(text.text("menu.view.present"));
        presentation.setText(text.text("menu.presentation"));
        fromChain.setText(text.text("menu.presentation.fromChain"));
        arrange.setText(text.text("menu.presentation.arrange"));
        reducedMotion.setText(text.text("menu.presentation.reducedMotion"));
        fullDetail.setText(text.text("menu.presentation.fullDetail"));
    }
}
