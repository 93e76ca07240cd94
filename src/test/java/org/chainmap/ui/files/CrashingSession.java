package org.chainmap.ui.files;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.chainmap.render.HeadlessFx;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;

/**
 * The ChainMap that {@link RecoveryAfterCrashTest} kills mid-edit, run in a JVM of its own: the real main
 * window, headless, with the user's preferences and recovery folder (which the test points into a folder of
 * its own with system properties), opened on the map {@code args[0]}; it moves a firm, says {@value #EDITED}
 * on standard output, and waits for the autosave and the kill.
 */
final class CrashingSession {

    /** What the session prints once the edit is made. */
    static final String EDITED = "edited";

    private CrashingSession() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        HeadlessFx.call(() -> {
            MainViewModel model = new MainViewModel(I18n.CHINESE);
            MainWindow window = new MainWindow(new Stage(), model);
            window.show();
            window.openAtStartup(Path.of(args[0]));
            return model.perform(SaveTest.MOVE);
        });
        System.out.println(EDITED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
