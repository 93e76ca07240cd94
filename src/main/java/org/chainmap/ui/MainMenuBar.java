package org.chainmap.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainmap.ui.edit.EditMenu;
import org.chainmap.ui.files.RecentMenu;
import org.chainmap.ui.files.SaveActions;
import org.chainmap.ui.importing.SpreadsheetItems;

/**
 * The window's menus: File (Open…, Open Recent, Save, Save as…, Export picture…, the {@link SpreadsheetItems},
 * Quit), Edit (Undo, Redo, Find…, the selection's edits), View (zoom, fit, focus, Theme, Language, Present) and
 * Help (About). Their words follow the interface's language; the language items name each language in itself.
 * The ticked theme follows the view model's, whoever changes it.
 */
public final class MainMenuBar extends MenuBar {

    /** What the menus do; the window supplies it. */
    interface Actions {
        /** Asks for a map file and opens it. */
        void open();

        /** Asks what picture to export, and where, and writes it. */
        void exportPicture();

        /** Closes the window. */
        void quit();

        /** Shows what ChainMap is. */
        void about();

        /** Moves the map shown, or the chain's map when the columns are shown. */
        void view(ViewAction action);

        /** Opens the search for firms, segments and chains. */
        void find();
    }

    /** What the View menu does to the map, with its key (the map's own keys, listed in the menu). */
    public enum ViewAction {
        /** Zooms in about the centre. */
        ZOOM_IN(new KeyCharacterCombination("+")),
        /** Zooms out about the centre. */
        ZOOM_OUT(new KeyCharacterCombination("-")),
        /** Shows the whole chain or panorama. */
        FIT(new KeyCodeCombination(KeyCode.F)),
        /** Shows the map at 100%. */
        ACTUAL_SIZE(new KeyCodeCombination(KeyCode.DIGIT0)),
        /** Shows the selection large. */
        ZOOM_TO_SELECTION(new KeyCodeCombination(KeyCode.Z));

        private final KeyCombination key;

        ViewAction(KeyCombination key) {
            this.key = key;
        }

        /** The key that does it. */
        KeyCombination key() {
            return key;
        }

        /** The bundle key of its menu item. */
        String textKey() {
            return "menu.view." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    private final MainViewModel model;
    private final Menu file = new Menu();
    private final MenuItem open = new MenuItem();
    private final RecentMenu openRecent;
    private final MenuItem save = new MenuItem();
    private final MenuItem saveAs = new MenuItem();
    private final MenuItem exportPicture = new MenuItem();
    private final MenuItem quit = new MenuItem();
    private final Menu view = new Menu();
    private final Menu language = new Menu();
    private final ToggleGroup languages = new ToggleGroup();
    private final Menu theme = new Menu();
    private final ToggleGroup themes = new ToggleGroup();
    private final Map<ViewAction, MenuItem> viewItems = new EnumMap<>(ViewAction.class);
    private final CheckMenuItem focus = new CheckMenuItem();
    private final EditMenu edit;
    private final Menu help = new Menu();
    private final MenuItem about = new MenuItem();

    MainMenuBar(MainViewModel model, SaveActions files, Actions actions) {
        this.model = model;
        file.setId("menuFile");
        open.setId("menuOpen");
        quit.setId("menuQuit");
        exportPicture.setId("menuExportPicture");
        view.setId("menuView");
        language.setId("menuLanguage");
        theme.setId("menuTheme");
        help.setId("menuHelp");
        about.setId("menuAbout");

        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> actions.open());
        openRecent = new RecentMenu(model, files.recent(), files::openRecent);
        file.addEventHandler(Menu.ON_SHOWING, event -> openRecent.refresh());
        save.setId("menuSave");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(event -> files.save(() -> {}));
        save.disableProperty().bind(model.documentProperty().isNull());
        saveAs.setId("menuSaveAs");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(event -> files.saveAs(() -> {}));
        saveAs.disableProperty().bind(model.documentProperty().isNull());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> actions.quit());
        about.setOnAction(event -> actions.about());
        exportPicture.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportPicture.setOnAction(event -> actions.exportPicture());
        exportPicture.disableProperty().bind(model.selectedChainProperty().isNull());
        file.getItems().addAll(open, new SeparatorMenuItem(), exportPicture, new SeparatorMenuItem(), quit);
        file.getItems().addAll(1, List.of(openRecent, new SeparatorMenuItem(), save, saveAs));
        SpreadsheetItems.addTo(
                file, () -> getScene() == null ? null : getScene().getWindow(), model);

        for (Locale each : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menuLanguage-" + each.getLanguage());
            item.setMnemonicParsing(false);
            item.setUserData(each);
            item.setToggleGroup(languages);
            item.setOnAction(event -> model.languageProperty().set(each));
            language.getItems().add(item);
        }
        for (AppTheme each : AppTheme.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("menuTheme-" + each.id());
            item.setUserData(each);
            item.setToggleGroup(themes);
            item.setOnAction(event -> model.themeProperty().set(each));
            theme.getItems().add(item);
        }
        for (ViewAction action : ViewAction.values()) {
            MenuItem item = new MenuItem();
            item.setId("menuView-" + action.name().toLowerCase(Locale.ROOT));
            item.setAccelerator(action.key());
            item.setOnAction(event -> actions.view(action));
            item.disableProperty().bind(model.documentProperty().isNull());
            viewItems.put(action, item);
            view.getItems().add(item);
        }
        focus.setId("menuView-focus");
        focus.selectedProperty().bindBidirectional(model.focusSelectionProperty());
        // Theme above Language: the pointer's path from Language to its lower item then crosses no other submenu.
        view.getItems().addAll(focus, new SeparatorMenuItem(), theme, language);
        help.getItems().add(about);
        edit = new EditMenu(model, actions::find);
        getMenus().addAll(file, edit, view, help);

        model.textsProperty().addListener((property, old, now) -> translate());
        model.themeProperty().addListener((property, old, now) -> tickTheme());
        translate();
        tickTheme();
    }

    /** The View menu, which other parts of the window add their items to (the presentation's). */
    Menu viewMenu() {
        return view;
    }

    /** The Edit menu. */
    EditMenu edit() {
        return edit;
    }

    private void translate() {
        I18n text = model.texts();
        file.setText(text.text("menu.file"));
        open.setText(text.text("menu.file.open"));
        openRecent.refresh();
        save.setText(text.text("menu.file.save"));
        saveAs.setText(text.text("menu.file.saveAs"));
        exportPicture.setText(text.text("menu.file.exportPicture"));
        quit.setText(text.text("menu.file.quit"));
        view.setText(text.text("menu.view"));
        language.setText(text.text("menu.view.language"));
        viewItems.forEach((action, item) -> item.setText(text.text(action.textKey())));
        focus.setText(text.text("menu.view.focus"));
        help.setText(text.text("menu.help"));
        about.setText(text.text("menu.help.about"));
        languages.getToggles().forEach(toggle -> {
            RadioMenuItem item = (RadioMenuItem) toggle;
            Locale each = (Locale) item.getUserData();
            item.setText(text.languageName(each));
            item.setSelected(each.equals(text.locale()));
        });
        theme.setText(text.text("menu.view.theme"));
        themes.getToggles().forEach(toggle -> {
            RadioMenuItem item = (RadioMenuItem) toggle;
            item.setText(themeName(text, (AppTheme) item.getUserData()));
        });
    }

    private void tickTheme() {
        themes.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == model.theme()));
    }

    private static String themeName(I18n text, AppTheme each) {
        return switch (each) {
            case LIGHT -> text.text("theme.light");
            case DARK -> text.text("theme.dark");
            case CONTRAST -> text.text("theme.contrast");
        };
    }
}
