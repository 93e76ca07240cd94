package org.chainmap.render.chart;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainmap.progress.Chart;
import org.chainmap.render.Drawing;
import org.chainmap.render.Fonts;
import org.chainmap.render.PaintWords;
import org.chainmap.render.Pen;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;

/**
 * Charts on a page: a title and a subtitle above, then the charts in a grid of {@code columns} columns, each
 * {@link ChartPainter#WIDTH} wide and {@link ChartPainter#height} high (a row as high as its tallest); one chart alone
 * is a page of one. A {@link Drawing} in
 * pixels at 96 dpi, for the PNG, SVG and PDF exports.
 */
public final class ChartPage implements Drawing {

    private static final double MARGIN = 20;
    private static final double GAP = 16;
    private static final double HEADER = 62;

    private final String title;
    private final String subtitle;
    private final List<Chart> charts;
    private final int columns;
    private final Locale locale;

    /**
     * A page titled {@code title} (none when {@code null}) with {@code subtitle} below it, of {@code charts} in
     * {@code columns} columns, amounts in {@code locale}'s units.
     */
    public ChartPage(String title, String subtitle, List<Chart> charts, int columns, Locale locale) {
        this.title = title;
        this.subtitle = subtitle;
        this.charts = List.copyOf(charts);
        this.columns = Math.max(1, Math.min(columns, Math.max(1, charts.size())));
        this.locale = locale;
    }

    /** One chart, alone. */
    public static ChartPage of(Chart chart, Locale locale) {
        return new ChartPage(null, null, List.of(chart), 1, locale);
    }

    /** The page's title; the chart's own for a page of one. */
    public String title() {
        return title != null ? title : charts.isEmpty() ? "" : charts.get(0).title();
    }

    private double header() {
        return title == null ? 0 : HEADER;
    }

    private double margin() {
        return title == null ? 0 : MARGIN;
    }

    private int rows() {
        return (charts.size() + columns - 1) / columns;
    }

    @Override
    public double width() {
        return 2 * margin() + columns * ChartPainter.WIDTH + (columns - 1) * GAP;
    }

    @Override
    public double height() {
        return 2 * margin() + header() + top(rows()) - (rows() > 0 ? GAP : 0);
    }

    /** The height of the grid's row {@code row}: its tallest chart's ({@link ChartPainter#height}). */
    private double rowHeight(int row) {
        double height = 0;
        for (int i = row * columns; i < Math.min(charts.size(), (row + 1) * columns); i++) {
            height = Math.max(height, ChartPainter.height(charts.get(i)));
        }
        return height;
    }

    /** The top of the grid's row {@code row}, from the grid's top. */
    private double top(int row) {
        double top = 0;
        for (int r = 0; r < row; r++) {
            top += rowHeight(r) + GAP;
        }
        return top;
    }

    @Override
    public void paint(Pen g, Viewport view, Theme theme, PaintWords words) {
        g.save();
        g.setFill(theme.background());
        g.clearRect(0, 0, view.width(), view.height());
        g.fillRect(0, 0, view.width(), view.height());
        g.translate(-view.x() * view.scale(), -view.y() * view.scale());
        g.scale(view.scale(), view.scale());
        if (title != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.setFill(theme.text());
            g.setFont(Fonts.of(22, FontWeight.BOLD));
            g.fillText(title, MARGIN, MARGIN);
            if (subtitle != null) {
                g.setFill(theme.subtle());
                g.setFont(Fonts.of(12));
                g.fillText(subtitle, MARGIN, MARGIN + 32);
            }
        }
        for (int i = 0; i < charts.size(); i++) {
            double x = margin() + (i % columns) * (ChartPainter.WIDTH + GAP);
            double y = margin() + header() + top(i / columns);
            double height = ChartPainter.height(charts.get(i));
            if (view.sees(x, y, ChartPainter.WIDTH, height)) {
                new ChartPainter(charts.get(i), locale).paint(g, x, y, ChartPainter.WIDTH, height, theme);
            }
        }
        g.restore();
    }
}
