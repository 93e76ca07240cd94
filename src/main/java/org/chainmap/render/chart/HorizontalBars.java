package org.chainmap.render.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;
import org.chainmap.progress.Chart;
import org.chainmap.render.Fonts;
import org.chainmap.render.Pen;
import org.chainmap.render.Theme;

/**
 * The body of a {@link Chart.Kind#HORIZONTAL_BAR} chart: a row per category, its name on the left in full (as
 * wide as the longest name, at most half the chart), the series' bars one below the other, each with its value at
 * its end, and the value axis along the bottom. {@link ChartPainter} draws the title and the legend above it.
 */
final class HorizontalBars {

    /** The height of one series' bar in a row, and the space between two rows. */
    static final double BAR = 8;

    /** See {@link #BAR}. */
    static final double ROW_GAP = 6;

    private final Chart chart;
    private final ChartPainter painter;
    private final double label;

    HorizontalBars(Chart chart, ChartPainter painter, double label) {
        this.chart = chart;
        this.painter = painter;
        this.label = label;
    }

    /** The height a row of a category needs. */
    static double rowHeight(Chart chart) {
        return Math.max(1, chart.series().size()) * BAR + ROW_GAP;
    }

    /** The width of the names' column in a chart body {@code width} wide. */
    double namesWidth(double width) {
        double longest = chart.categories().stream()
                .mapToDouble(name -> Fonts.estimateWidth(name.replace('\n', ' '), label))
                .max()
                .orElse(0);
        return Math.min(longest + 10, width / 2);
    }

    /** Paints the rows and the axis between ({@code left}, {@code top}) and ({@code right}, {@code bottom}). */
    void paint(Pen g, double left, double top, double right, double bottom, Theme theme) {
        List<String> categories = chart.categories();
        double names = namesWidth(right - left);
        double axisLeft = left + names;
        double axisBottom = bottom - label - 6;
        double max = painter.axisMaximum();
        // the grid and the values along the bottom
        g.setFont(Fonts.of(label));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        double room = right - axisLeft - 30; // the last bar's value fits to its right
        for (int i = 0; i <= 4; i++) {
            double x = axisLeft + room * i / 4;
            g.setStroke(ChartColors.grid(theme));
            g.strokeLine(x, top, x, axisBottom);
            g.setFill(theme.subtle());
            g.fillText(painter.value(max * i / 4), x, axisBottom + 4);
        }
        g.setStroke(theme.subtle());
        g.strokeLine(axisLeft, top, axisLeft, axisBottom);
        g.strokeLine(axisLeft, axisBottom, axisLeft + room, axisBottom);
        if (chart.blank()) {
            g.setFill(theme.subtle());
            g.setFont(Fonts.of(label + 1));
            g.setTextBaseline(VPos.CENTER);
            g.fillText(chart.empty(), (axisLeft + right) / 2, (top + axisBottom) / 2);
            return;
        }
        int series = Math.max(1, chart.series().size());
        double row = (axisBottom - top) / Math.max(1, categories.size());
        double bar = Math.min(BAR * 1.5, (row - ROW_GAP / 2) / series);
        for (int i = 0; i < categories.size(); i++) {
            double rowTop = top + row * i;
            double barsTop = rowTop + (row - bar * series) / 2;
            g.setFont(Fonts.of(label));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(theme.text());
            g.fillText(
                    Fonts.fit(categories.get(i).replace('\n', ' '), label, names - 8), axisLeft - 6, rowTop + row / 2);
            g.setFont(Fonts.of(label - 2));
            g.setTextAlign(TextAlignment.LEFT);
            for (int s = 0; s < chart.series().size(); s++) {
                Chart.Series one = chart.series().get(s);
                Double value = one.values().get(i);
                double y = barsTop + s * bar;
                if (value == null) {
                    g.setFill(theme.subtle());
                    g.fillText("–", axisLeft + 3, y + bar / 2);
                    continue;
                }
                double length = room * Math.max(0, value) / max;
                g.setFill(ChartColors.of(one.key(), theme));
                g.fillRect(axisLeft, y + 0.5, length, bar - 1);
                if (bar >= label - 4) {
                    g.setFill(theme.text());
                    g.fillText(painter.value(value), axisLeft + length + 3, y + bar / 2);
                }
            }
        }
    }
}
