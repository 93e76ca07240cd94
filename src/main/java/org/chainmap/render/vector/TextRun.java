package org.chainmap.render.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A line of text cut into pieces: runs of glyphs the shipped face has, and single characters it lacks (a rare
 * hanzi such as 龘). As on the screen, where JavaFX takes such a character from an installed font, a lacking
 * character is drawn in the machine's sans-serif font, here as its outline.
 */
final class TextRun {

    /** The size at which a lacking character's outline is read, in points: the font units of the shipped face. */
    private static final int EM = 1000;

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    /** A piece: the shipped face's glyphs, or (with {@code outline}) one character of another font. */
    private record Piece(String text, int[] cids, int[] advances, Path2D.Double outline, int width) {}

    private final List<Piece> pieces;
    private final int width;

    private TextRun(List<Piece> pieces, int width) {
        this.pieces = pieces;
        this.width = width;
    }

    /** The run of {@code text} in {@code face}. */
    static TextRun of(MapFace face, String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder shipped = new StringBuilder();
        List<Integer> cids = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int cid = face.cid(codePoint);
            if (cid == 0 && !Character.isISOControl(codePoint)) {
                total += flush(face, shipped, cids, pieces);
                Piece other = other(codePoint, face.bold());
                pieces.add(other);
                total += other.width();
            } else if (cid != 0) {
                shipped.appendCodePoint(codePoint);
                cids.add(cid);
            }
        }
        total += flush(face, shipped, cids, pieces);
        return new TextRun(pieces, total);
    }

    /** The run's width at {@code size} units to the em. */
    double width(double size) {
        return width * size / EM;
    }

    /** Draws the run with {@code pen}, its origin at document point ({@code x}, {@code y}), {@code size} to the em. */
    void draw(VectorPen pen, MapFace face, double size, double x, double y, Color color) {
        double at = x;
        for (Piece piece : pieces) {
            if (piece.outline() == null) {
                pen.shippedGlyphs(face, size, at, y, piece.cids(), piece.advances(), piece.text(), color);
            } else {
                Path2D.Double shape = new Path2D.Double(piece.outline());
                shape.transform(new AffineTransform(size / EM, 0, 0, size / EM, at, y));
                pen.outline(shape, color);
            }
            at += piece.width() * size / EM;
        }
    }

    private static int flush(MapFace face, StringBuilder text, List<Integer> cids, List<Piece> pieces) {
        if (cids.isEmpty()) {
            return 0;
        }
        int[] ids = cids.stream().mapToInt(Integer::intValue).toArray();
        int[] advances = new int[ids.length];
        int width = 0;
        for (int i = 0; i < ids.length; i++) {
            advances[i] = face.advance(ids[i]);
            width += advances[i];
        }
        pieces.add(new Piece(text.toString(), ids, advances, null, width));
        text.setLength(0);
        cids.clear();
        return width;
    }

    /** A character the shipped face lacks, from the machine's sans-serif font at 1000 units to the em, y down. */
    private static Piece other(int codePoint, boolean bold) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, EM);
        String text = new String(Character.toChars(codePoint));
        GlyphVector glyphs = font.createGlyphVector(CONTEXT, text);
        int advance = (int) Math.round(glyphs.getGlyphMetrics(0).getAdvance());
        return new Piece(text, null, null, new Path2D.Double(glyphs.getOutline()), advance);
    }
}
