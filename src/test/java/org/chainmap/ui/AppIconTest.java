package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window carries ChainMap's icon at every shipped size. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.getIcons().clear(); // the primary stage is shared by the tests
    }

    @Test
    void theWindowGetsTheIconAtEverySize(FxRobot robot) {
        robot.interact(() -> AppIcon.addTo(stage));

        assertThat(stage.getIcons())
                .extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons())
                .allSatisfy(image -> assertThat(image.isError()).isFalse());
    }

    @Test
    void theIconDecodedAheadReachesTheWindow(FxRobot robot) throws Exception {
        var decoded = new java.util.concurrent.atomic.AtomicReference<java.util.List<Image>>();
        robot.interact(() -> {
            var icons = AppIcon.decodeAhead();
            try {
                // The JavaFX thread waits here: the icon is decoded on a thread of its own, not in a later turn.
                decoded.set(icons.get(30, java.util.concurrent.TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            AppIcon.addTo(stage, icons);
        });

        assertThat(decoded.get()).hasSize(AppIcon.SIZES.length);
        assertThat(stage.getIcons()).containsExactlyElementsOf(decoded.get());
        assertThat(stage.getIcons())
                .extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    @Test
    void anIconAlreadySetIsKept(FxRobot robot) {
        Image own = new Image(AppIconTest.class.getResourceAsStream("/org/chainmap/icons/chainmap-16.png"));
        robot.interact(() -> {
            stage.getIcons().setAll(own);
            AppIcon.addTo(stage);
        });

        assertThat(stage.getIcons()).containsExactly(own);
    }
}
