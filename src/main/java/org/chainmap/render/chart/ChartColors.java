package org.chainmap.render.chart;

import javafx.scene.paint.Color;
import org.chainmap.render.Theme;

/**
 * The colour of a chart's series in a {@link Theme}: a gap kind in the colour its mark has on the map, the figures
 * in colours of their own; the same on the screen's JavaFX charts and in every export.
 */
public final class ChartColors {

    private ChartColors() {}

    /** The colour of the series {@code key} ({@link org.chainmap.progress.Chart.Series#key}) in {@code theme}. */
    public static Color of(String key, Theme theme) {
        boolean dark = theme.name().equals("dark");
        boolean contrast = theme.name().equals("contrast");
        return switch (key) {
            case "coverage" -> contrast ? Color.web("#0033aa") : dark ? Color.web("#6cb4f5") : Color.web("#1e63b5");
            case "localRate" -> contrast ? Color.web("#b34700") : dark ? Color.web("#f0b35e") : Color.web("#d9822b");
            case "localFirms" -> contrast ? Color.web("#444444") : dark ? Color.web("#8aa0b4") : Color.web("#7890a8");
            case "scaleFirms" -> contrast ? Color.web("#0033aa") : dark ? Color.web("#6cb4f5") : Color.web("#1e63b5");
            case "output" -> contrast ? Color.web("#005f56") : dark ? Color.web("#4db6ac") : Color.web("#00796b");
            case "missing" -> theme.gap();
            case "weak" -> theme.weak();
            case "broken" -> theme.broken();
            case "chokepoint" -> theme.chokepoint();
            case "extend" -> theme.extend();
            default -> theme.subtle();
        };
    }

    /** {@code color} as CSS writes it, {@code #rrggbb}, for the window's charts. */
    public static String css(Color color) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    /** The lines of a chart's grid and axes in {@code theme}. */
    static Color grid(Theme theme) {
        return theme.name().equals("contrast")
                ? Color.web("#999999")
                : theme.boxBorder().deriveColor(0, 1, 1, 0.6);
    }
}
