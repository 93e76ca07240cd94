package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmap.io.RecoveryStore;
import org.chainmap.platform.LogFile;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A recovery copy that cannot be written (its folder's place taken by a file) lands in the user's log with its
 * cause, as export failures do (issue 18 item 3: "autosave and export failures land there too").
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveFailureLogTest {

    @TempDir
    Path dir;

    private LogFile log;

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    @Test
    void aRecoveryCopyThatCannotBeWrittenIsLogged(FxRobot robot) throws Exception {
        log = LogFile.open(dir.resolve("logs"), LogFile.LIMIT, LogFile.COUNT).orElseThrow();
        Path taken = Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        MainViewModel model = new MainViewModel(I18n.ENGLISH);
        Autosave autosave = new Autosave(model, new RecoveryStore(taken), 60);
        robot.interact(() -> {
            model.show(new MapDocument(TestMaps.small(), null, "small.json", List.of()));
            model.perform(SaveTest.MOVE);
            autosave.tick();
        });
        autosave.flush().get(30, TimeUnit.SECONDS);
        autosave.stop();

        assertThat(Files.readString(log.current(), StandardCharsets.UTF_8))
                .contains("WARNING")
                .contains("Recovery copy not written")
                .contains(taken.toString());
    }
}
