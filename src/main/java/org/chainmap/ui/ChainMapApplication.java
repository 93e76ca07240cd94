package org.chainmap.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, opened on the file named by the first parameter or on the
 * shipped Hengyang map. Started by {@link ChainMapApp#start}; not meant to be launched on its own, since a
 * jar that carries JavaFX on the class path cannot start an {@code Application} as its main class.
 */
public final class ChainMapApplication extends Application {

    /**
     * The system property naming a version to compare the map opened with at start (a file, or as {@link
     * org.chainmap.io.MapVersion} names one), for screenshots.
     */
    static final String COMPARE_PROPERTY = "chainmap.compare";

    private MainViewModel model;

    /** Called by JavaFX. */
    public ChainMapApplication() {
        // JavaFX creates the application through this constructor.
    }

    @Override
    public void start(Stage stage) {
        var icons = AppIcon.decodeAhead(); // while the window is built
        model = new MainViewModel(I18n.startLanguage());
        WebLinks.use(getHostServices()::showDocument);
        ThemePreference.user().follow(model);
        MotionPreference.user().follow(model);
        new UnexpectedErrors(stage, model::texts).install();
        List<String> args = getParameters().getUnnamed();
        // The first frame says which map is on its way, not "no map open" (it is read after that frame).
        model.opening(
                args.isEmpty()
                        ? ShippedMap.FILE_NAME
                        : Path.of(args.get(0)).getFileName().toString());
        MainWindow window = new MainWindow(stage, model);
        AppIcon.addTo(stage, icons);
        window.show();
        // The shipped map (when it is the one to open) and the JSON reader's set-up, on a thread of its own while
        // the first frame is drawn; not earlier, where it took two cores' time from building the window.
        ShippedMap.readAhead(args.isEmpty() && ShippedMap.workingCopy().isEmpty());
        // The map is read, analysed and drawn after the window's first frame, so that the window shows at once.
        FirstFrame.then(() -> {
            StartProfile.firstFrame(stage.getScene());
            // A crashed session's copy is offered once the map is shown, not over a large map's progress.
            StartupOpening.open(window, model, args.isEmpty() ? null : Path.of(args.get(0)), window::offerRecovery);
            window.showView(System.getProperty(MainWindow.VIEW_PROPERTY, ""));
            // For docs/screenshots/shoot.sh: compare mode with the version named, as File ▸ Compare with… does.
            String against = System.getProperty(COMPARE_PROPERTY, "");
            if (!against.isEmpty()) {
                window.compare().compareWith(against);
            }
            if (FirstFrame.exitAfterStart()) {
                FirstFrame.then(() -> System.exit(0));
            }
        });
    }
}
