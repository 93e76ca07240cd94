package org.chainmap.ui.importing;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Window;
import org.chainmap.ui.MainViewModel;

/** Opens the import preview of a file without the system's file chooser, for tests outside this package. */
public final class ImportPreviews {

    private ImportPreviews() {}

    /** Reads {@code file} in the background and opens its preview over {@code owner}, as File → Import does. */
    public static void open(Supplier<Window> owner, MainViewModel model, Path file) {
        SpreadsheetItems.addTo(new Menu(), owner, model).importFile(file);
    }
}
