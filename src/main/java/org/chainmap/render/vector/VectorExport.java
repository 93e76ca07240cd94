package org.chainmap.render.vector;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.paint.Color;
import org.chainmap.render.Drawing;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Slide;
import org.chainmap.render.SlideExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;

/**
 * Writes pictures as vector documents, SVG or PDF, drawn by the same routine as the screen and the PNG export:
 * {@link Picture#paint} with a vector pen, the whole picture at 100% (one pixel a map unit, 96 dpi), so that
 * every label the screen shows at 100% is in the document, sharp at any print size.
 *
 * <p>The painting runs on the JavaFX thread, as the screen's does (the painters are not shared across threads);
 * call from any thread once the toolkit runs.
 */
public final class VectorExport {

    private VectorExport() {}

    /** Writes {@code picture} in {@code theme} as an SVG document; {@code transparent} leaves out the background. */
    public static void svg(Picture picture, Theme theme, boolean transparent, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HeadlessFx.await(() -> {
            SvgPen pen = new SvgPen(writer, picture.width(), picture.height(), picture.title(), MapFaces.SHIPPED);
            paint(picture, pen, theme, transparent);
            pen.finish();
            return null;
        });
        writer.flush();
    }

    /**
     * Writes {@code pictures} as a PDF document titled {@code title}, a page each, each page the picture's size
     * (at most {@link PdfDocument#MAX_PAGE} points a side, larger pictures scaled down to it).
     */
    public static void pdf(List<Picture> pictures, String title, Theme theme, boolean transparent, OutputStream out)
            throws IOException {
        try (PdfDocument document = new PdfDocument(out, title, MapFaces.SHIPPED)) {
            for (Picture picture : pictures) {
                PdfPen pen = document.page(picture.width(), picture.height());
                HeadlessFx.await(() -> {
                    paint(picture, pen, theme, transparent);
                    return null;
                });
            }
        }
    }

    /**
     * Writes {@code slides} as a PDF document titled {@code title}, a page each of a screen's size (1920 × 1080
     * pixels at 96 dpi, 20 × 11.25 inches), as the presentation shows them in {@code theme} with {@code words}.
     */
    public static void slides(List<Slide> slides, String title, Theme theme, Words words, OutputStream out)
            throws IOException {
        try (PdfDocument document = new PdfDocument(out, title, MapFaces.SHIPPED)) {
            for (Slide slide : slides) {
                PdfPen pen = document.page(SlideExport.WIDTH, SlideExport.HEIGHT);
                HeadlessFx.await(() -> {
                    slide.paint(pen, slide.viewport(SlideExport.WIDTH, SlideExport.HEIGHT), theme, words.paintWords());
                    return null;
                });
            }
        }
    }

    /** Writes {@code drawing} whole at 100%, in {@code theme}, as an SVG document titled {@code title}. */
    public static void drawingSvg(Drawing drawing, String title, Theme theme, OutputStream out) throws IOException {
        drawingSvg(drawing, title, theme, "", out);
    }

    /**
     * Writes {@code drawing} as above, every element id of the document beginning with {@code ids} (see
     * {@link SvgPen}): for a document put inline in a page beside others.
     */
    public static void drawingSvg(Drawing drawing, String title, Theme theme, String ids, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HeadlessFx.await(() -> {
            SvgPen pen = new SvgPen(writer, drawing.width(), drawing.height(), title, MapFaces.SHIPPED, ids);
            drawing.paint(pen, whole(drawing), theme, null);
            pen.finish();
            return null;
        });
        writer.flush();
    }

    /** Writes {@code drawings} whole at 100%, in {@code theme}, as a PDF document titled {@code title}, a page each. */
    public static void drawingsPdf(List<? extends Drawing> drawings, String title, Theme theme, OutputStream out)
            throws IOException {
        try (PdfDocument document = new PdfDocument(out, title, MapFaces.SHIPPED)) {
            for (Drawing drawing : drawings) {
                PdfPen pen = document.page(drawing.width(), drawing.height());
                HeadlessFx.await(() -> {
                    drawing.paint(pen, whole(drawing), theme, null);
                    return null;
                });
            }
        }
    }

    private static Viewport whole(Drawing drawing) {
        return new Viewport(0, 0, 1, drawing.width(), drawing.height());
    }

    private static void paint(Picture picture, VectorPen pen, Theme theme, boolean transparent) {
        Theme painted = transparent ? theme.withBackground(Color.TRANSPARENT) : theme;
        picture.paint(pen, 0, 0, picture.width(), picture.height(), 1, painted);
    }
}
