package org.chainmap.render.chart;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.progress.Chart;
import org.chainmap.render.Fonts;
import org.chainmap.render.Pen;
import org.chainmap.render.Theme;
import org.chainmap.text.Money;

/**
 * Paints a {@link Chart} with a {@link Pen} in a rectangle: its title, a legend of its series, the value axis with
 * its grid (shares as percentages from 0 to 100%, counts and amounts of yuan on round steps, amounts in 亿元/万元 or
 * bn/m), the categories below (a label may have two lines), and the series as lines with a dot and the value at each
 * point, or as bars, grouped or stacked, with their values where there is room; horizontal bars
 * ({@link HorizontalBars}) with the categories' names on the left in full, for the ranking of the chains.
 */
public final class ChartPainter {

    /** The size a chart is drawn at in the exports and reports, in pixels at 96 dpi. */
    public static final double WIDTH = 560;

    /** See {@link #WIDTH}. */
    public static final double HEIGHT = 340;

    private static final double PAD = 14;
    private static final double TITLE = 15;
    private static final double LABEL = 11;
    private static final double AXIS_WIDTH = 62;

    private final Chart chart;
    private final Locale locale;

    /**
     * The height {@code chart} is drawn at: {@link #HEIGHT}, or for horizontal bars as much as their rows need (a
     * ranking of many chains is taller).
     */
    public static double height(Chart chart) {
        if (chart.kind() != Chart.Kind.HORIZONTAL_BAR) {
            return HEIGHT;
        }
        double above = PAD + TITLE + 10 + LABEL + 16;
        double below = LABEL + 6 + PAD;
        return Math.max(HEIGHT, above + chart.categories().size() * HorizontalBars.rowHeight(chart) + below);
    }

    /** A painter of {@code chart}, writing amounts in {@code locale}'s units. */
    public ChartPainter(Chart chart, Locale locale) {
        this.chart = chart;
        this.locale = locale;
    }

    /** Paints the chart in the rectangle at ({@code x}, {@code y}) of {@code width} × {@code height}. */
    public void paint(Pen g, double x, double y, double width, double height, Theme theme) {
        g.save();
        g.setFill(theme.background());
        g.fillRect(x, y, width, height);
        g.setStroke(ChartColors.grid(theme));
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(theme.text());
        g.setFont(Fonts.of(TITLE, FontWeight.BOLD));
        g.fillText(Fonts.fit(chart.title(), TITLE, width - 2 * PAD), x + PAD, y + PAD);
        double legendY = y + PAD + TITLE + 10;
        paintLegend(g, x + PAD, legendY, width - 2 * PAD, theme);
        double top = legendY + LABEL + 16;
        if (chart.kind() == Chart.Kind.HORIZONTAL_BAR) {
            new HorizontalBars(chart, this, LABEL).paint(g, x + PAD, top, x + width - PAD, y + height - PAD, theme);
            g.restore();
            return;
        }
        double lines = chart.categories().stream()
                .mapToInt(label -> label.split("\n").length)
                .max()
                .orElse(1);
        double bottom = y + height - PAD - lines * (LABEL + 3);
        double left = x + PAD + AXIS_WIDTH;
        double right = x + width - PAD;
        if (bottom - top < 20 || right - left < 20) {
            g.restore();
            return;
        }
        double max = axisMaximum();
        paintAxis(g, left, top, right, bottom, max, theme);
        paintCategories(g, left, right, bottom, theme);
        if (chart.blank()) {
            g.setFill(theme.subtle());
            g.setFont(Fonts.of(LABEL + 1));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(chart.empty(), (left + right) / 2, (top + bottom) / 2);
        } else if (chart.kind() == Chart.Kind.LINE) {
            paintLines(g, left, top, right, bottom, max, theme);
        } else {
            paintBars(g, left, top, right, bottom, max, theme);
        }
        g.restore();
    }

    private void paintLegend(Pen g, double x, double y, double width, Theme theme) {
        g.setFont(Fonts.of(LABEL));
        g.setTextBaseline(VPos.CENTER);
        double at = x;
        for (Chart.Series series : chart.series()) {
            double itemWidth = 18 + Fonts.estimateWidth(series.name(), LABEL) + 14;
            if (at + itemWidth > x + width && at > x) {
                break;
            }
            g.setFill(ChartColors.of(series.key(), theme));
            g.fillRect(at, y + LABEL / 2 - 5, 12, 10);
            g.setFill(theme.text());
            g.fillText(series.name(), at + 17, y + LABEL / 2);
            at += itemWidth;
        }
    }

    /** The top of the value axis: 100% for shares, else a round number at or above the largest value. */
    double axisMaximum() {
        if (chart.unit() == Chart.Unit.SHARE) {
            return Math.max(1, chart.maximum());
        }
        // a little room above the highest bar for its label
        return niceStep(chart.maximum() * 1.08 / 4) * 4;
    }

    /** A round step (1, 2 or 5 times a power of ten) at or above {@code rough}; 1 for nothing. */
    double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= rough - 1e-9) {
                double value = step * power;
                return chart.unit() == Chart.Unit.COUNT ? Math.max(1, Math.ceil(value)) : value;
            }
        }
        return 10 * power;
    }

    private void paintAxis(Pen g, double left, double top, double right, double bottom, double max, Theme theme) {
        g.setFont(Fonts.of(LABEL));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        // No figures: amounts along the axis would read as figures; the chart says why it is empty instead.
        for (int i = 0; i <= 4 && !chart.blank(); i++) {
            double value = max * i / 4;
            double y = bottom - (bottom - top) * i / 4;
            g.setStroke(ChartColors.grid(theme));
            g.strokeLine(left, y, right, y);
            g.setFill(theme.subtle());
            g.fillText(value(value), left - 6, y);
        }
        g.setStroke(theme.subtle());
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
    }

    private void paintCategories(Pen g, double left, double right, double bottom, Theme theme) {
        List<String> categories = chart.categories();
        double slot = (right - left) / Math.max(1, categories.size());
        g.setFont(Fonts.of(LABEL));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(theme.text());
        for (int i = 0; i < categories.size(); i++) {
            String[] lines = categories.get(i).split("\n");
            for (int line = 0; line < lines.length; line++) {
                g.fillText(
                        Fonts.fit(lines[line], LABEL, slot - 4),
                        left + slot * (i + 0.5),
                        bottom + 5 + line * (LABEL + 3));
            }
        }
    }

    private void paintLines(Pen g, double left, double top, double right, double bottom, double max, Theme theme) {
        int count = chart.categories().size();
        double slot = (right - left) / Math.max(1, count);
        boolean labels = count <= 8;
        g.setFont(Fonts.of(LABEL - 1));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            g.setStroke(ChartColors.of(series.key(), theme));
            g.setLineWidth(theme.name().equals("contrast") ? 3 : 2.2);
            g.beginPath();
            boolean drawing = false;
            for (int i = 0; i < count; i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double px = left + slot * (i + 0.5);
                double py = bottom - (bottom - top) * value / max;
                if (drawing) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    drawing = true;
                }
            }
            g.stroke();
            for (int i = 0; i < count; i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    continue;
                }
                double px = left + slot * (i + 0.5);
                double py = bottom - (bottom - top) * value / max;
                g.setFill(ChartColors.of(series.key(), theme));
                g.fillOval(px - 4, py - 4, 8, 8);
                if (labels) {
                    // the first series' values above its dots, the others' below, so that two close lines keep both
                    boolean above = s % 2 == 0;
                    g.setTextBaseline(above ? VPos.BOTTOM : VPos.TOP);
                    g.fillText(value(value), px, above ? py - 6 : py + 6);
                }
            }
        }
    }

    private void paintBars(Pen g, double left, double top, double right, double bottom, double max, Theme theme) {
        int count = chart.categories().size();
        int seriesCount = Math.max(1, chart.series().size());
        double slot = (right - left) / Math.max(1, count);
        double group = Math.min(slot * 0.7, 48.0 * (chart.kind() == Chart.Kind.STACKED_BAR ? 1 : seriesCount));
        double barWidth = chart.kind() == Chart.Kind.STACKED_BAR ? group : group / seriesCount;
        g.setFont(Fonts.of(LABEL - 1));
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < count; i++) {
            double start = left + slot * (i + 0.5) - group / 2;
            double stacked = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                Chart.Series series = chart.series().get(s);
                Double value = series.values().get(i);
                if (value == null || value <= 0) {
                    continue;
                }
                double base = chart.kind() == Chart.Kind.STACKED_BAR ? stacked : 0;
                double x = chart.kind() == Chart.Kind.STACKED_BAR ? start : start + s * barWidth;
                double y0 = bottom - (bottom - top) * base / max;
                double y1 = bottom - (bottom - top) * (base + value) / max;
                g.setFill(ChartColors.of(series.key(), theme));
                g.fillRect(x + 1, y1, barWidth - 2, y0 - y1);
                boolean room = Fonts.estimateWidth(value(value), LABEL - 1) <= barWidth + 6;
                if (chart.kind() == Chart.Kind.STACKED_BAR) {
                    if (y0 - y1 >= LABEL + 2) {
                        g.setFill(theme.onGap());
                        g.setTextBaseline(VPos.CENTER);
                        g.fillText(value(value), x + barWidth / 2, (y0 + y1) / 2);
                    }
                } else if (room) {
                    g.setFill(theme.text());
                    g.setTextBaseline(VPos.BOTTOM);
                    g.fillText(value(value), x + barWidth / 2, y1 - 2);
                }
                stacked += value;
            }
            if (chart.kind() == Chart.Kind.STACKED_BAR && stacked > 0) {
                g.setFill(theme.text());
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(value(stacked), start + group / 2, bottom - (bottom - top) * stacked / max - 2);
            }
        }
    }

    /** A value as the axis and the labels write it. */
    String value(double value) {
        return switch (chart.unit()) {
            case SHARE -> Math.round(value * 100) + "%";
            case COUNT -> value == Math.rint(value)
                    ? String.valueOf((long) value)
                    : String.format(locale, "%.1f", value);
            case YUAN -> Money.format(Math.round(value), locale);
        };
    }
}
