package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.chainmap.analysis.GapKind;
import org.chainmap.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A gap's badge says why when the pointer rests on it, with a tooltip made only then: none is made for badges
 * nobody points at (the window's first frame, a map's first showing; issue 18 item 6).
 */
@ExtendWith(ApplicationExtension.class)
class BadgeTest {

    private Label weak;
    private Label missing;

    @Start
    void start(Stage stage) {
        weak = Badge.of(I18n.of(I18n.CHINESE), GapKind.WEAK, "弱链：本地企业仅 一家");
        missing = Badge.of(I18n.of(I18n.CHINESE), GapKind.MISSING, "缺链：本地没有企业");
        HBox row = new HBox(40, weak, missing);
        row.setStyle("-fx-padding: 40");
        stage.setScene(new Scene(row, 300, 120));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTooltipIsMadeWhenThePointerComesAndShows(FxRobot robot) throws TimeoutException {
        assertThat(weak.getTooltip()).isNull();
        assertThat(missing.getTooltip()).isNull();

        robot.moveTo(weak);

        assertThat(weak.getTooltip()).isNotNull();
        assertThat(weak.getTooltip().getText()).isEqualTo("弱链：本地企业仅 一家");
        assertThat(weak.getTooltip().isWrapText()).isTrue();
        assertThat(missing.getTooltip()).isNull();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> weak.getTooltip().isShowing());
    }

    @Test
    void pointingAgainKeepsTheSameTooltip(FxRobot robot) {
        robot.moveTo(weak);
        var first = weak.getTooltip();
        robot.moveTo(missing);
        robot.moveTo(weak);

        assertThat(weak.getTooltip()).isSameAs(first);
        assertThat(missing.getTooltip().getText()).isEqualTo("缺链：本地没有企业");
    }
}
