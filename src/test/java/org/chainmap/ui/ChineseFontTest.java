package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Chinese text needs a Chinese font: without one every name in the map is a row of boxes. CI installs one
 * and insists (CHAINMAP_CI=1); a developer's machine without one skips with the command that fixes it.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseFontTest {

    private static final String INSTALL = "no Chinese font installed: apt-get install fonts-noto-cjk";

    @Test
    void aChineseFontOfTheThemeIsInstalledAndDrawsChinese() {
        Optional<String> family = Styles.fontFamily();
        if (System.getenv("CHAINMAP_CI") == null) {
            assumeTrue(family.isPresent(), INSTALL);
        }
        assertThat(family).as(INSTALL).isPresent();
        Font font = Font.font(family.get(), 20);
        assertThat(font.getFamily()).isEqualTo(family.get());
        // A font that draws Chinese gives each character its own full-width glyph: 衡阳 is as wide as 衡衡,
        // and about twice as wide as two Latin letters.
        double chinese = width("衡阳", font);
        double latin = width("ab", font);
        assertThat(chinese).isEqualTo(width("衡衡", font), org.assertj.core.data.Offset.offset(0.5));
        assertThat(chinese).isGreaterThan(latin * 1.4);
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
