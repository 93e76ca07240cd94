package org.chainmap.render.vector;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A pen that writes an SVG 1.1 document, in pixels of the drawing at 96 dpi. Shapes and lines are paths. Text is
 * set in the shipped font's own glyph outlines, each glyph a path defined once in {@code <defs>} and placed with
 * {@code <use>} (as cairo and matplotlib embed a font in an SVG): it looks the same in every browser and editor,
 * with or without the font installed, and each piece of text carries its words as {@code aria-label}.
 */
public final class SvgPen extends VectorPen {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private final Set<String> glyphsUsed = new LinkedHashSet<>();
    private final MapFaces faces;
    private final String ids;

    /**
     * A pen that writes to {@code out} a document of {@code width} × {@code height} pixels titled {@code title};
     * call {@link #finish} when the drawing is done.
     */
    public SvgPen(Writer out, double width, double height, String title, MapFaces faces) {
        this(out, width, height, title, faces, "");
    }

    /**
     * A pen as above whose element ids all begin with {@code ids} (letters, digits, {@code -}; it begins with a
     * letter, or is empty): several documents put inline in one HTML page, each with its own prefix, then define
     * no id twice, and each {@code <use>} finds its own document's glyph.
     */
    public SvgPen(Writer out, double width, double height, String title, MapFaces faces, String ids) {
        super(faces);
        if (!ids.matches("([A-Za-z][A-Za-z0-9-]*)?")) {
            throw new IllegalArgumentException("not an id prefix: " + ids);
        }
        this.out = out;
        this.faces = faces;
        this.ids = ids;
        line.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"");
        Numbers.append(line, width, 2).append("\" height=\"");
        Numbers.append(line, height, 2).append("\" viewBox=\"0 0 ");
        Numbers.append(line, width, 2).append(' ');
        Numbers.append(line, height, 2).append("\">\n<title>");
        escape(line, title).append("</title>\n");
        flush();
    }

    @Override
    protected void fillShape(Path2D.Double shape, Color color) {
        if (color == null) {
            return;
        }
        line.append("<path d=\"");
        path(line, shape, 2);
        line.append('"');
        paint(line, "fill", color);
        line.append("/>\n");
        flush();
    }

    @Override
    protected void strokeShape(Path2D.Double shape, Color color, Line stroke) {
        if (color == null) {
            return;
        }
        line.append("<path d=\"");
        path(line, shape, 2);
        line.append("\" fill=\"none\"");
        paint(line, "stroke", color);
        line.append(" stroke-width=\"");
        Numbers.append(line, stroke.width(), 3).append('"');
        if (stroke.cap() != StrokeLineCap.BUTT) {
            line.append(" stroke-linecap=\"")
                    .append(stroke.cap() == StrokeLineCap.ROUND ? "round" : "square")
                    .append('"');
        }
        if (stroke.join() != StrokeLineJoin.MITER) {
            line.append(" stroke-linejoin=\"")
                    .append(stroke.join() == StrokeLineJoin.ROUND ? "round" : "bevel")
                    .append('"');
        }
        if (stroke.dashes() != null) {
            line.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dashes().length; i++) {
                Numbers.append(i == 0 ? line : line.append(' '), stroke.dashes()[i], 3);
            }
            line.append('"');
            if (stroke.dashOffset() != 0) {
                line.append(" stroke-dashoffset=\"");
                Numbers.append(line, stroke.dashOffset(), 3).append('"');
            }
        }
        line.append("/>\n");
        flush();
    }

    @Override
    protected void glyphs(
            MapFace face, double size, double x, double y, int[] cids, int[] advances, String text, Color color) {
        if (color == null) {
            return;
        }
        double scale = size / 1000;
        line.append("<g aria-label=\"");
        escape(line, text).append('"');
        paint(line, "fill", color);
        line.append(" transform=\"matrix(");
        Numbers.append(line, scale, 4).append(" 0 0 ");
        Numbers.append(line, -scale, 4).append(' ');
        Numbers.append(line, x, 2).append(' ');
        Numbers.append(line, y, 2).append(")\">");
        int at = 0;
        for (int i = 0; i < cids.length; i++) {
            if (!face.outline(cids[i]).getPathIterator(null).isDone()) {
                String id = id(face, cids[i]);
                glyphsUsed.add(id);
                line.append("<use xlink:href=\"#").append(ids).append(id).append('"');
                if (at != 0) {
                    line.append(" x=\"").append(at).append('"');
                }
                line.append("/>");
            }
            at += advances[i];
        }
        line.append("</g>\n");
        flush();
    }

    /** Writes the glyphs the text used and ends the document; the writer stays open. */
    public void finish() {
        if (!glyphsUsed.isEmpty()) {
            line.append("<defs>\n");
            for (String id : glyphsUsed) {
                MapFace face = id.charAt(0) == 'b' ? faces.bold() : faces.regular();
                GeneralPath outline = face.outline(Integer.parseInt(id.substring(1)));
                line.append("<path id=\"").append(ids).append(id).append("\" d=\"");
                path(line, outline, 1);
                line.append("\"/>\n");
                flush();
            }
            line.append("</defs>\n");
        }
        line.append("</svg>\n");
        flush();
    }

    private static String id(MapFace face, int cid) {
        return (face.bold() ? "b" : "r") + cid;
    }

    private static void paint(StringBuilder out, String attribute, Color color) {
        out.append(' ')
                .append(attribute)
                .append("=\"#")
                .append(hex(color.getRed()))
                .append(hex(color.getGreen()));
        out.append(hex(color.getBlue())).append('"');
        if (color.getOpacity() < 1) {
            out.append(' ').append(attribute).append("-opacity=\"");
            Numbers.append(out, color.getOpacity(), 3).append('"');
        }
    }

    private static String hex(double channel) {
        String digits = Integer.toHexString((int) Math.round(channel * 255));
        return digits.length() == 1 ? "0" + digits : digits;
    }

    /** Appends {@code shape} as SVG path data. */
    static void path(StringBuilder out, java.awt.Shape shape, int decimals) {
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int points =
                    switch (it.currentSegment(c)) {
                        case PathIterator.SEG_MOVETO -> {
                            out.append('M');
                            yield 1;
                        }
                        case PathIterator.SEG_LINETO -> {
                            out.append('L');
                            yield 1;
                        }
                        case PathIterator.SEG_QUADTO -> {
                            out.append('Q');
                            yield 2;
                        }
                        case PathIterator.SEG_CUBICTO -> {
                            out.append('C');
                            yield 3;
                        }
                        default -> {
                            out.append('Z');
                            yield 0;
                        }
                    };
            for (int i = 0; i < points * 2; i++) {
                Numbers.append(i == 0 ? out : out.append(' '), c[i], decimals);
            }
        }
    }

    private static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out;
    }

    private void flush() {
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }
}
