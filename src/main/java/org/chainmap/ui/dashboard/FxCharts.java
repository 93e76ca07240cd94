package org.chainmap.ui.dashboard;

import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.chainmap.progress.Chart;
import org.chainmap.render.Theme;
import org.chainmap.render.chart.ChartColors;
import org.chainmap.text.Money;

/**
 * A {@link Chart} as one of JavaFX's charts: lines as a {@link LineChart}, stacked bars as a
 * {@link StackedBarChart}, bars as a {@link BarChart} (horizontal ones with the names down the left); shares on an
 * axis from 0 to 100%, amounts of yuan in 亿元/万元; each series in its colour of the theme ({@link ChartColors}),
 * through the chart's palette, so that the legend shows the same colours.
 */
final class FxCharts {

    private FxCharts() {}

    /** The JavaFX chart of {@code chart}, coloured for {@code theme}, amounts in {@code locale}'s units. */
    static XYChart<?, ?> of(Chart chart, Theme theme, Locale locale) {
        if (chart.kind() == Chart.Kind.HORIZONTAL_BAR) {
            return horizontal(chart, theme, locale);
        }
        CategoryAxis days = new CategoryAxis();
        NumberAxis values = axis(chart, locale);
        XYChart<String, Number> shown =
                switch (chart.kind()) {
                    case LINE -> new LineChart<>(days, values);
                    case STACKED_BAR -> new StackedBarChart<>(days, values);
                    case BAR, HORIZONTAL_BAR -> new BarChart<>(days, values);
                };
        dress(shown, chart, theme);
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            XYChart.Series<String, Number> data = new XYChart.Series<>();
            data.setName(series.name());
            for (int i = 0; i < chart.categories().size(); i++) {
                Double value = series.values().get(i);
                if (value != null) {
                    double shownValue = chart.unit() == Chart.Unit.SHARE ? value * 100 : value;
                    data.getData()
                            .add(new XYChart.Data<>(level(chart.categories().get(i)), shownValue));
                }
            }
            shown.getData().add(data);
        }
        return shown;
    }

    /** How wide a line of a day's label may be, in half-width characters (a Chinese one counts two). */
    static final int DAY_LINE = 16;

    /**
     * {@code category} (a day's label and date, on two lines) with every line longer than {@link #DAY_LINE} broken
     * onto more, at a space where there is one: JavaFX turns all the days on end as soon as one line is wider than its
     * slot, where the exported chart writes them level.
     */
    static String level(String category) {
        StringBuilder out = new StringBuilder();
        for (String line : category.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int width = 0;
            int start = out.length();
            int lastSpace = -1;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int w = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 ? 2 : 1;
                if (width + w > DAY_LINE && width > 0) {
                    if (lastSpace > start) {
                        out.setCharAt(lastSpace, '\n'); // break at the last space
                        start = lastSpace + 1;
                        width = widthOf(out.substring(start));
                    } else {
                        out.append('\n');
                        start = out.length();
                        width = 0;
                    }
                    lastSpace = -1;
                }
                if (c == ' ') {
                    lastSpace = out.length();
                }
                out.appendCodePoint(c);
                width += w;
                i += Character.charCount(c);
            }
        }
        return out.toString();
    }

    private static int widthOf(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 ? 2 : 1)
                .sum();
    }

    /**
     * Horizontal bars: the categories (the chains) down the left in full, read from the top, the values along the
     * bottom.
     */
    private static XYChart<Number, String> horizontal(Chart chart, Theme theme, Locale locale) {
        NumberAxis values = axis(chart, locale);
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> shown = new BarChart<>(values, names);
        dress(shown, chart, theme);
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            XYChart.Series<Number, String> data = new XYChart.Series<>();
            data.setName(series.name());
            // JavaFX puts the first category at the bottom: the first (the top of the ranking) goes last
            for (int i = chart.categories().size() - 1; i >= 0; i--) {
                Double value = series.values().get(i);
                if (value != null) {
                    double shownValue = chart.unit() == Chart.Unit.SHARE ? value * 100 : value;
                    data.getData()
                            .add(new XYChart.Data<>(
                                    shownValue, chart.categories().get(i)));
                }
            }
            shown.getData().add(data);
        }
        java.util.List<String> order = new java.util.ArrayList<>(chart.categories());
        java.util.Collections.reverse(order);
        names.getCategories().setAll(order);
        return shown;
    }

    /** The title, id and style of {@code chart} on {@code shown}, and its palette. */
    private static void dress(XYChart<?, ?> shown, Chart chart, Theme theme) {
        shown.setTitle(chart.title());
        shown.setAnimated(false);
        shown.setId("chart-" + chart.id());
        shown.getStyleClass().add("dashboard-chart");
        // the chart's palette (modena's CHART_COLOR_n), which the series, its symbols and the legend all take
        StringBuilder palette = new StringBuilder();
        for (int s = 0; s < chart.series().size(); s++) {
            palette.append("CHART_COLOR_")
                    .append(s % 8 + 1)
                    .append(": ")
                    .append(ChartColors.css(ChartColors.of(chart.series().get(s).key(), theme)))
                    .append(';');
        }
        shown.setStyle(palette.toString());
        if (chart.blank()) {
            shown.setHorizontalGridLinesVisible(false);
            shown.setVerticalGridLinesVisible(false);
        }
    }

    private static NumberAxis axis(Chart chart, Locale locale) {
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(labels(chart.unit(), locale));
        if (chart.blank()) {
            // No figures: an axis of JavaFX's own range (0–125 元) would read as figures; the chart says why instead.
            values.setTickLabelsVisible(false);
            values.setTickMarkVisible(false);
            return values;
        }
        if (chart.unit() == Chart.Unit.SHARE) {
            values.setAutoRanging(false);
            values.setLowerBound(0);
            values.setUpperBound(Math.max(100, Math.ceil(chart.maximum() * 100)));
            values.setTickUnit(25);
        }
        return values;
    }

    private static StringConverter<Number> labels(Chart.Unit unit, Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return switch (unit) {
                    case SHARE -> Math.round(value.doubleValue()) + "%";
                    case COUNT -> value.doubleValue() == Math.rint(value.doubleValue())
                            ? String.valueOf(value.longValue())
                            : "";
                    case YUAN -> Money.format(Math.round(value.doubleValue()), locale);
                };
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        };
    }
}
