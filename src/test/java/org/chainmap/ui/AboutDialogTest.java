package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ About: the version, the build date and the licences of ChainMap, its font and its libraries. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        primary.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        primary.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theBuildIsDatedByMaven() {
        assertThat(AboutDialog.version()).isNotEqualTo("dev").doesNotContain("${");
        assertThat(AboutDialog.built()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
    }

    @Test
    void showsTheVersionAndEveryLicence(FxRobot robot) throws Exception {
        I18n zh = I18n.of(I18n.CHINESE);
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
                    Alert about = AboutDialog.create(stage, zh);
                    about.show();
                    return about;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alert.getOwner()).isSameAs(stage);
        String words = robot.lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(words)
                .contains(AboutDialog.version())
                .contains(AboutDialog.built())
                .contains("Apache License 2.0")
                .contains("SIL Open Font License 1.1");
        String libraries = robot.lookup("#" + AboutDialog.LIBRARIES_ID)
                .queryAs(TextArea.class)
                .getText();
        assertThat(libraries)
                .contains("JavaFX 21 (base, controls, graphics) — GPL-2.0 with the Classpath Exception")
                .contains("JGraphT (core, io) — EPL-2.0 or LGPL-2.1-or-later")
                .contains("Jackson (core, databind, annotations) — Apache-2.0")
                .contains("Apache POI (poi, poi-ooxml, poi-ooxml-lite) — Apache-2.0")
                .contains("pinyin4j — BSD");
        WaitForAsyncUtils.asyncFx(alert::close).get();
    }

    @Test
    void theRepositoryAndTheJarCarryTheApacheLicence() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004");
        try (var inJar = AboutDialog.class.getResourceAsStream("/org/chainmap/LICENSE")) {
            assertThat(new String(inJar.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(licence);
        }
        assertThat(AboutDialog.class.getResource("/org/chainmap/fonts/OFL.txt")).isNotNull();
    }
}
