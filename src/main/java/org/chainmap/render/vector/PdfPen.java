package org.chainmap.render.vector;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The pen of one page of a {@link PdfDocument}: writes the page's content stream, in pixels of the drawing
 * (flipped so that y runs down, as on the screen), shapes and lines as PDF paths, text as glyphs of the embedded
 * map font, and opacity through graphics states. It writes a colour, a line width or a dash pattern only when it
 * changes.
 */
public abstract class PdfPen extends VectorPen {

    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream data;
    private final PdfFonts fonts;
    private final StringBuilder ops = new StringBuilder(FLUSH_AT + 1024);
    private final Map<String, String> alphas = new TreeMap<>();
    private final Map<String, Integer> fontsUsed = new TreeMap<>();
    private String fill = "";
    private String stroke = "";
    private String alpha = "";
    private String lineStyle = "";

    PdfPen(OutputStream data, PdfFonts fonts, double width, double height, double scale) {
        super(fonts.faces());
        this.data = data;
        this.fonts = fonts;
        Numbers.append(ops, scale, 4).append(" 0 0 ");
        Numbers.append(ops, -scale, 4).append(" 0 ");
        Numbers.append(ops, height, 2).append(" cm\n");
    }

    /** Called once the content is written, with the page's resource dictionary; writes the page object. */
    abstract void finished(String resources) throws IOException;

    @Override
    protected void fillShape(Path2D.Double shape, Color color) {
        if (color == null) {
            return;
        }
        fillColour(color);
        path(shape);
        ops.append("f\n");
        flushSome();
    }

    @Override
    protected void strokeShape(Path2D.Double shape, Color color, Line line) {
        if (color == null) {
            return;
        }
        String rgb = rgb(color) + " RG\n";
        if (!rgb.equals(stroke)) {
            ops.append(rgb);
            stroke = rgb;
        }
        opacity(color.getOpacity());
        StringBuilder style = new StringBuilder();
        Numbers.append(style, line.width(), 3).append(" w ");
        style.append(
                        switch (line.cap()) {
                            case BUTT -> 0;
                            case ROUND -> 1;
                            case SQUARE -> 2;
                        })
                .append(" J ");
        style.append(line.join() == StrokeLineJoin.MITER ? 0 : line.join() == StrokeLineJoin.ROUND ? 1 : 2)
                .append(" j [");
        if (line.dashes() != null) {
            for (double dash : line.dashes()) {
                Numbers.append(style, dash, 3).append(' ');
            }
        }
        style.append("] ");
        Numbers.append(style, line.dashes() == null ? 0 : line.dashOffset(), 3).append(" d\n");
        if (!style.toString().equals(lineStyle)) {
            lineStyle = style.toString();
            ops.append(lineStyle);
        }
        path(shape);
        ops.append("S\n");
        flushSome();
    }

    @Override
    protected void glyphs(
            MapFace face, double size, double x, double y, int[] cids, int[] advances, String text, Color color) {
        if (color == null) {
            return;
        }
        fillColour(color);
        String font = fonts.use(face, cids, text);
        fontsUsed.put(font, fonts.objectOf(face));
        ops.append("BT /").append(font).append(' ');
        Numbers.append(ops, size, 3).append(" Tf 1 0 0 -1 ");
        Numbers.append(ops, x, 2).append(' ');
        Numbers.append(ops, y, 2).append(" Tm <");
        for (int cid : cids) {
            ops.append(String.format("%04X", cid));
        }
        ops.append("> Tj ET\n");
        flushSome();
    }

    /** Ends the page: writes the rest of its content and its page object. */
    void finish() throws IOException {
        flush();
        StringBuilder resources = new StringBuilder("<< /Font << ");
        fontsUsed.forEach((name, object) ->
                resources.append('/').append(name).append(' ').append(object).append(" 0 R "));
        resources.append(">> /ExtGState << ");
        alphas.forEach((name, value) -> resources
                .append('/')
                .append(name)
                .append(" << /ca ")
                .append(value)
                .append(" /CA ")
                .append(value)
                .append(" >> "));
        resources.append(">> >>");
        finished(resources.toString());
    }

    private void fillColour(Color color) {
        String rgb = rgb(color) + " rg\n";
        if (!rgb.equals(fill)) {
            ops.append(rgb);
            fill = rgb;
        }
        opacity(color.getOpacity());
    }

    /** Sets the opacity of what is drawn next through a graphics state named for it. */
    private void opacity(double opacity) {
        String value = Numbers.of(opacity, 3);
        if (!value.equals(alpha)) {
            String name = "A" + value.replace(".", "_");
            alphas.put(name, value);
            ops.append('/').append(name).append(" gs\n");
            alpha = value;
        }
    }

    private static String rgb(Color color) {
        StringBuilder out = new StringBuilder();
        Numbers.append(out, color.getRed(), 3).append(' ');
        Numbers.append(out, color.getGreen(), 3).append(' ');
        return Numbers.append(out, color.getBlue(), 3).toString();
    }

    private void path(Path2D.Double shape) {
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points(c, 1).append("m\n");
                case PathIterator.SEG_LINETO -> points(c, 1).append("l\n");
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the cubic that draws it.
                    double[] cubic = {
                        lastX + 2.0 / 3 * (c[0] - lastX),
                        lastY + 2.0 / 3 * (c[1] - lastY),
                        c[2] + 2.0 / 3 * (c[0] - c[2]),
                        c[3] + 2.0 / 3 * (c[1] - c[3]),
                        c[2],
                        c[3]
                    };
                    points(cubic, 3).append("c\n");
                    c[0] = c[2];
                    c[1] = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    points(c, 3).append("c\n");
                    c[0] = c[4];
                    c[1] = c[5];
                }
                default -> ops.append("h\n");
            }
            lastX = c[0];
            lastY = c[1];
        }
    }

    private StringBuilder points(double[] c, int count) {
        for (int i = 0; i < count * 2; i++) {
            Numbers.append(ops, c[i], 2).append(' ');
        }
        return ops;
    }

    private void flushSome() {
        if (ops.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() {
        try {
            data.write(ops.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ops.setLength(0);
    }
}
