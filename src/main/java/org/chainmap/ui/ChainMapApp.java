package org.chainmap.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.chainmap.platform.LogFile;

/**
 * Starts the desktop application from {@link org.chainmap.Main}. This class does not extend
 * {@code Application} and loads no JavaFX class until {@link #start} runs, so that the headless commands
 * never need JavaFX.
 */
public final class ChainMapApp {

    /** Held so that the setting is not lost with a collected logger. */
    private static final java.util.logging.Logger QUIET_JAVAFX = java.util.logging.Logger.getLogger("javafx");

    private static final System.Logger LOG = System.getLogger(ChainMapApp.class.getName());

    private ChainMapApp() {}

    /**
     * Opens the application on {@code file}, or on the shipped Hengyang map when {@code null}; returns when
     * its window closes. When no window can be opened (no display), says so on standard error and exits
     * with code 1.
     */
    public static void start(Path file) {
        String[] args = file == null ? new String[0] : new String[] {file.toString()};
        // A self-contained jar loads JavaFX from the class path, which JavaFX warns about on every start;
        // that is this jar's design, not news for the user.
        QUIET_JAVAFX.setLevel(java.util.logging.Level.SEVERE);
        // The log of this user's sessions (platform.LogFile): a double-clicked application that fails leaves
        // its reason there.
        LogFile.start()
                .ifPresent(log -> LOG.log(
                        System.Logger.Level.INFO,
                        "ChainMap " + AboutDialog.version() + " starts on Java " + System.getProperty("java.version")
                                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")));
        AppData.readAhead(); // while JavaFX starts
        try {
            Application.launch(ChainMapApplication.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LogFile.logError("No window could be opened", e);
            I18n text = I18n.of(I18n.startLanguage());
            System.err.println(text.text("startup.noWindow", e.getMessage()));
            System.exit(1);
        }
    }
}
