package org.chainmap.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, opened on the file named by the first parameter or on the
 * shipped Hengyang map. Started by {@link ChainMapApp#start}; not meant to be launched on its own, since a
 * jar that carries JavaFX on the class path cannot start an {@code Application} as its main class.
 */
public final class ChainMapApplication extends Application {

    private static final System.Logger LOG = System.getLogger(ChainMapApplication.class.getName());

    private MainViewModel model;

    /** Called by JavaFX. */
    public ChainMapApplication() {
        // JavaFX creates the application through this constructor.
    }

    @Override
    public void start(Stage stage) {
        model = new MainViewModel(I18n.startLanguage());
        WebLinks.use(getHostServices()::showDocument);
        ThemePreference.user().follow(model);
        MotionPreference.user().follow(model);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> report(error));
        MainWindow window = new MainWindow(stage, model);
        window.show();
        List<String> args = getParameters().getUnnamed();
        window.openAtStartup(args.isEmpty() ? null : Path.of(args.get(0)));
        window.offerRecovery();
        window.showView(System.getProperty(MainWindow.VIEW_PROPERTY, ""));
    }

    /**
     * Tells the user, in a dialog and in words, that something failed that should not have; the stack trace
     * goes to the log at debug level, for developers, not to the user.
     */
    private void report(Throwable error) {
        LOG.log(Level.ERROR, "Unexpected error: " + error);
        LOG.log(Level.DEBUG, "Unexpected error", error);
        Runnable show = () -> {
            I18n text = model == null ? I18n.of(I18n.startLanguage()) : model.texts();
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(error.getMessage()), OkButton.of(text));
            Styles.apply(alert.getDialogPane());
            alert.setTitle(text.text("dialog.error.title"));
            alert.setHeaderText(text.text("dialog.error.header"));
            alert.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
