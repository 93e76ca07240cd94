package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
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
 * none is, it loads the map's shipped font and puts that there; the style sheets load no font of their own. CI
 * installs a font and insists on the first case (CHAINMAP_CI=1); the second holds on any machine.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseFontTest {

    private static final String INSTALL = "no Chinese font installed: apt-get install fonts-noto-cjk";

    @Test
    void withoutAnInstalledFontStylesGivesControlsTheShippedFont(FxRobot robot) {
        Label plain = new Label("衡阳");
        Label bold = new Label("衡阳");
        bold.setStyle("-fx-font-weight: bold;");
        robot.interact(() -> {
            // As Styles.apply does on a machine without any of its installed families.
            Scene scene = new Scene(new VBox(plain, bold));
            scene.getStylesheets().addAll(Styles.stylesheets(AppTheme.LIGHT));
            String family = Styles.controlsFamily(Set.of("DejaVu Sans"), Fonts::family);
            scene.getRoot().setStyle("-fx-font-family: \"" + family + "\";");
            scene.getRoot().applyCss();
        });
        assertThat(plain.getFont().getName()).isEqualTo(Fonts.FAMILY);
        assertThat(bold.getFont().getName()).isEqualTo(Fonts.FAMILY + " Bold");
        assertDrawsChinese(plain.getFont());
    }

    @Test
    void withAnInstalledChineseFontTheShippedFontIsNotLoadedForTheControls() {
        boolean[] loaded = {false};
        String family = Styles.controlsFamily(Set.of("DejaVu Sans", "WenQuanYi Micro Hei"), () -> {
            loaded[0] = true;
            return Fonts.FAMILY;
        });
        assertThat(family).isEqualTo("WenQuanYi Micro Hei");
        assertThat(loaded[0]).as("the shipped faces read at start").isFalse();
    }

    @Test
    void theStyleSheetsLoadNoFontAtStart() throws IOException {
        for (String sheet : Arrays.stream(AppTheme.values())
                .flatMap(theme -> Styles.stylesheets(theme).stream())
                .toList()) {
            try (InputStream in = URI.create(sheet).toURL().openStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as(sheet)
                        .doesNotContain("@font-face");
            }
        }
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
