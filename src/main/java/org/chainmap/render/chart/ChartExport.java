package org.chainmap.render.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.vector.VectorExport;

/**
 * Writes chart pages ({@link ChartPage}) as SVG, PDF or PNG, through the same pens as every other picture: the SVG
 * and PDF are vector drawings with the shipped font embedded, the PNG painted tile by tile. The toolkit must run
 * ({@code render.HeadlessFx.start()} on the command line); call from any thread.
 */
public final class ChartExport {

    /** The pixels per unit of a report's PNG: twice 96 dpi, sharp in print. */
    public static final double REPORT_SCALE = 2;

    private ChartExport() {}

    /** Writes {@code page} in {@code theme} as an SVG document. */
    public static void svg(ChartPage page, Theme theme, OutputStream out) throws IOException {
        VectorExport.drawingSvg(page, page.title(), theme, out);
    }

    /** {@code page} in {@code theme} as the text of an SVG document. */
    public static String svg(ChartPage page, Theme theme) throws IOException {
        return svg(page, theme, "");
    }

    /**
     * {@code page} in {@code theme} as the text of an SVG document whose element ids all begin with {@code ids}: a
     * report's page holds several charts inline, each given its own prefix ({@link #figureIds}), so that no id is
     * defined twice in the page and each chart's text uses its own glyphs.
     */
    public static String svg(ChartPage page, Theme theme, String ids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorExport.drawingSvg(page, page.title(), theme, ids, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The id prefix of the {@code n}th chart (from 1) of a page: {@code c1-}, {@code c2-}, … */
    public static String figureIds(int n) {
        return "c" + n + "-";
    }

    /** Writes {@code pages} in {@code theme} as a PDF document titled {@code title}, a page each. */
    public static void pdf(List<ChartPage> pages, String title, Theme theme, OutputStream out) throws IOException {
        VectorExport.drawingsPdf(pages, title, theme, out);
    }

    /** Writes {@code page} in {@code theme} as a PNG image at {@code scale} pixels per unit. */
    public static void png(ChartPage page, Theme theme, double scale, OutputStream out) throws IOException {
        PngExport.write(page, scale, theme, out);
    }

    /** {@code page} in {@code theme} as the bytes of a PNG image at {@code scale} pixels per unit. */
    public static byte[] png(ChartPage page, Theme theme, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        png(page, theme, scale, out);
        return out.toByteArray();
    }
}
