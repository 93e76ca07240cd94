package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.scene.paint.Color;
import org.chainmap.render.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The theme sheets cannot drift apart: each sets every looked-up colour the base sheet uses, the colours the
 * map shares with the panels are the map's ({@link Theme}), and text stays legible on what it is drawn on.
 */
class ThemeCssTest {

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("\\.root\\s*\\{([^}]*)}");
    private static final Pattern SETTING = Pattern.compile("(-(?:cm|fx)-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w-])-cm-[a-z-]+");

    /** WCAG's minimum for body text. */
    private static final double LEGIBLE = 4.5;

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void everyThemeSetsEveryColourTheRulesUse(AppTheme theme) throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher lookups = LOOKUP.matcher(rules(Styles.BASE) + rules(theme.stylesheet()));
        while (lookups.find()) {
            used.add(lookups.group());
        }
        assertThat(used).as("the base sheet's colours").contains("-cm-text", "-cm-missing", "-cm-surface");
        assertThat(colours(theme).keySet()).as(theme.stylesheet()).containsAll(used);
    }

    @Test
    void everySheetParsesWithoutErrors() throws IOException {
        List<String> sheets = new ArrayList<>(List.of(Styles.BASE));
        for (AppTheme theme : AppTheme.values()) {
            sheets.add(theme.stylesheet());
        }
        for (String sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(Styles.class.getResource(sheet));
            // A merge that drops a closing brace still loads, with the rules after it silently lost.
            assertThat(CssParser.errorsProperty())
                    .as(sheet)
                    .extracting(CssParser.ParseError::getMessage)
                    .isEmpty();
        }
    }

    @Test
    void theThemesSetTheSameColours() throws IOException {
        Set<String> light = ownColours(AppTheme.LIGHT);
        assertThat(light).hasSizeGreaterThan(30);
        for (AppTheme theme : AppTheme.values()) {
            assertThat(ownColours(theme)).as(theme.stylesheet()).isEqualTo(light);
        }
    }

    private static Set<String> ownColours(AppTheme theme) throws IOException {
        Set<String> own = new TreeSet<>(colours(theme).keySet());
        own.removeIf(name -> !name.startsWith("-cm-"));
        return own;
    }

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void thePanelsShareTheMapsColours(AppTheme theme) throws IOException {
        Map<String, String> colours = colours(theme);
        Theme map = theme.drawing();
        assertThat(color(colours, "-cm-background")).isEqualTo(map.background());
        assertThat(color(colours, "-fx-background")).isEqualTo(map.background());
        assertThat(color(colours, "-cm-box")).isEqualTo(map.box());
        assertThat(color(colours, "-cm-box-border")).isEqualTo(map.boxBorder());
        assertThat(color(colours, "-cm-text")).isEqualTo(map.text());
        assertThat(color(colours, "-cm-subtle")).isEqualTo(map.subtle());
        assertThat(color(colours, "-cm-missing")).isEqualTo(map.gap());
        assertThat(color(colours, "-cm-weak")).isEqualTo(map.weak());
        assertThat(color(colours, "-cm-broken")).isEqualTo(map.broken());
        assertThat(color(colours, "-cm-chokepoint")).isEqualTo(map.chokepoint());
        assertThat(color(colours, "-cm-extend")).isEqualTo(map.extend());
        assertThat(color(colours, "-cm-on-gap")).isEqualTo(map.onGap());
    }

    @ParameterizedTest
    @EnumSource(AppTheme.class)
    void textIsLegibleOnWhatItIsDrawnOn(AppTheme theme) throws IOException {
        Map<String, String> colours = colours(theme);
        for (String ground : new String[] {"-cm-surface", "-cm-box", "-cm-background"}) {
            assertLegible(colours, "-cm-text", ground, LEGIBLE);
            assertLegible(colours, "-cm-subtle", ground, LEGIBLE);
        }
        for (String ground : new String[] {"-cm-selected", "-cm-selected-focused", "-cm-box-selected"}) {
            assertLegible(colours, "-cm-text", ground, LEGIBLE);
        }
        for (String gap : new String[] {"-cm-missing", "-cm-weak", "-cm-broken", "-cm-extend", "-cm-key"}) {
            // Gap counts and outlined badges are written in the gap's colour.
            assertLegible(colours, gap, "-cm-surface", LEGIBLE);
        }
        for (String fill : new String[] {"-cm-missing", "-cm-weak", "-cm-chokepoint"}) {
            assertLegible(colours, "-cm-on-gap", fill, LEGIBLE);
        }
        assertLegible(colours, "-cm-on-accent", "-cm-accent", LEGIBLE);
        assertLegible(colours, "-cm-leader", "-cm-leader-tint", LEGIBLE);
        assertLegible(colours, "-cm-faint", "-cm-surface", 3);
    }

    @Test
    void theProjectorThemeIsBlackOnWhiteWithLargerType() throws IOException {
        Map<String, String> contrast = colours(AppTheme.CONTRAST);
        assertThat(color(contrast, "-cm-text")).isEqualTo(Color.BLACK);
        assertThat(color(contrast, "-cm-surface")).isEqualTo(Color.WHITE);
        assertLegible(contrast, "-cm-text", "-cm-surface", 20);
        assertThat(fontSize(AppTheme.CONTRAST)).isGreaterThan(fontSize(AppTheme.LIGHT));
    }

    private static void assertLegible(Map<String, String> colours, String ink, String ground, double least) {
        double ratio = contrast(color(colours, ink), color(colours, ground));
        assertThat(ratio).as("%s on %s", ink, ground).isGreaterThanOrEqualTo(least);
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static Color color(Map<String, String> colours, String name) {
        assertThat(colours).containsKey(name);
        return Color.web(colours.get(name));
    }

    private static double fontSize(AppTheme theme) throws IOException {
        Matcher root = ROOT.matcher(rules(theme.stylesheet()));
        assertThat(root.find()).isTrue();
        Matcher size = Pattern.compile("-fx-font-size\\s*:\\s*([0-9.]+)px").matcher(root.group(1));
        assertThat(size.find())
                .as("%s sets the type size in px", theme.stylesheet())
                .isTrue();
        return Double.parseDouble(size.group(1));
    }

    /** The looked-up colours a theme's sheet sets on {@code .root}, by name. */
    private static Map<String, String> colours(AppTheme theme) throws IOException {
        Matcher root = ROOT.matcher(rules(theme.stylesheet()));
        assertThat(root.find()).as("%s has a .root", theme.stylesheet()).isTrue();
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher setting = SETTING.matcher(root.group(1));
        while (setting.find()) {
            if (!setting.group(1).equals("-fx-font-size")) {
                colours.put(setting.group(1), setting.group(2).trim());
            }
        }
        return colours;
    }

    private static String rules(String sheet) throws IOException {
        try (InputStream in = Styles.class.getResourceAsStream(sheet)) {
            assertThat(in).as(sheet).isNotNull();
            return COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .replaceAll("");
        }
    }
}
