package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.assertj.core.data.Offset;
import org.chainmap.render.Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Chinese text in the controls. Where a Chinese font is installed, {@link Styles} puts it on the root; where
 * none is, the style sheet's own family applies: the map's shipped font, loaded by the sheet itself. CI
 * installs a font and insists on the first case (CHAINMAP_CI=1); the second holds on any machine.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseFontTest {

    private static final String INSTALL = "no Chinese font installed: apt-get install fonts-noto-cjk";

    @Test
    void withoutAnInstalledFontTheStyleSheetGivesControlsTheShippedFont(FxRobot robot) {
        Label plain = new Label("衡阳");
        Label bold = new Label("衡阳");
        bold.setStyle("-fx-font-weight: bold;");
        robot.interact(() -> {
            // The sheet alone, without the installed family Styles.apply would put on the root.
            Scene scene = new Scene(new VBox(plain, bold));
            scene.getStylesheets().addAll(Styles.stylesheets(AppTheme.LIGHT));
            scene.getRoot().applyCss();
        });
        assertThat(plain.getFont().getName()).isEqualTo(Fonts.FAMILY);
        assertThat(bold.getFont().getName()).isEqualTo(Fonts.FAMILY + " Bold");
        assertDrawsChinese(plain.getFont());
    }

    @Test
    void anInstalledChineseFontOfTheThemeDrawsChinese() {
        Optional<String> family = Styles.fontFamily();
        if (System.getenv("CHAINMAP_CI") == null) {
            assumeTrue(family.isPresent(), INSTALL);
        }
        assertThat(family).as(INSTALL).isPresent();
        Font font = Font.font(family.get(), 20);
        assertThat(font.getFamily()).isEqualTo(family.get());
        assertDrawsChinese(font);
    }

    /**
     * A font that draws Chinese gives each character its own full-width glyph: 衡阳 is as wide as 衡衡, and
     * about twice as wide as two Latin letters.
     */
    private static void assertDrawsChinese(Font font) {
        double chinese = width("衡阳", font);
        assertThat(chinese).isEqualTo(width("衡衡", font), Offset.offset(0.5));
        assertThat(chinese).isGreaterThan(width("ab", font) * 1.4);
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
