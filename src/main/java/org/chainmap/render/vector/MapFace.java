package org.chainmap.render.vector;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One face of the map's shipped font (ChainMap Sans SC, an OpenType font with CID-keyed CFF outlines) as the
 * vector documents need it: which glyph a character takes, as a CID (the number the font's CFF program and a
 * PDF know a glyph by), its advance, its outline, the metrics that place a line of text, and the CFF program to
 * embed. Read once from the jar with Apache FontBox; its calls are synchronised, as FontBox's caches are not.
 */
public final class MapFace {

    private final String name;
    private final boolean bold;
    private final byte[] file;
    private final CFFCIDFont cff;
    private final CmapLookup cmap;
    private final int[] advanceByGid;
    private final int[] cidByGid;
    private final Map<Integer, Integer> gidByCid = new HashMap<>();
    private final Map<Integer, GeneralPath> outlines = new HashMap<>();
    private final double ascent;
    private final double descent;
    private final Rectangle2D box;
    private final int cffOffset;
    private final int cffLength;

    private MapFace(byte[] file, boolean bold) throws IOException {
        this.file = file;
        this.bold = bold;
        OpenTypeFont otf = new OTFParser().parse(new RandomAccessReadBuffer(file));
        CFFFont program = otf.getCFF().getFont();
        if (!(program instanceof CFFCIDFont cid)) {
            throw new IOException("the map font's CFF program is not CID-keyed");
        }
        cff = cid;
        name = program.getName();
        cmap = otf.getUnicodeCmapLookup();
        int glyphs = otf.getNumberOfGlyphs();
        advanceByGid = new int[glyphs];
        cidByGid = new int[glyphs];
        double em = otf.getUnitsPerEm();
        for (int gid = 0; gid < glyphs; gid++) {
            advanceByGid[gid] = (int) Math.round(otf.getAdvanceWidth(gid) * 1000 / em);
            cidByGid[gid] = cff.getCharset().getCIDForGID(gid);
            gidByCid.put(cidByGid[gid], gid);
        }
        // JavaFX sets a line of text in the horizontal header's ascent and descent.
        ascent = otf.getHorizontalHeader().getAscender() / em;
        descent = -otf.getHorizontalHeader().getDescender() / em;
        var head = otf.getHeader();
        box = new Rectangle2D.Double(
                head.getXMin() * 1000 / em,
                head.getYMin() * 1000 / em,
                (head.getXMax() - head.getXMin()) * 1000 / em,
                (head.getYMax() - head.getYMin()) * 1000 / em);
        TTFTable table = otf.getTableMap().get("CFF ");
        cffOffset = (int) table.getOffset();
        cffLength = (int) table.getLength();
        otf.close();
    }

    /** Reads the face from the classpath resource {@code resource}. */
    static MapFace load(String resource, boolean bold) {
        try (InputStream in = MapFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the map font " + resource);
            }
            return new MapFace(in.readAllBytes(), bold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map font " + resource, e);
        }
    }

    /** The face's PostScript name, such as {@code ChainMapSansSC-Regular}. */
    public String name() {
        return name;
    }

    /** Whether this is the bold face. */
    public boolean bold() {
        return bold;
    }

    /** The CID of the glyph for {@code codePoint}, 0 (the missing glyph) when the face lacks it. */
    public synchronized int cid(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        return gid > 0 && gid < cidByGid.length ? cidByGid[gid] : 0;
    }

    /** How far glyph {@code cid} moves the pen, in font units of 1000 to the em. */
    public int advance(int cid) {
        Integer gid = gidByCid.get(cid);
        return gid == null ? 1000 : advanceByGid[gid];
    }

    /** The outline of glyph {@code cid} in font units, y up, origin on the baseline. */
    public synchronized GeneralPath outline(int cid) {
        return outlines.computeIfAbsent(cid, key -> {
            try {
                return cff.getType2CharString(key).getPath();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph " + key + " of " + name, e);
            }
        });
    }

    /** The ascent above the baseline, as a fraction of the em. */
    public double ascent() {
        return ascent;
    }

    /** The descent below the baseline, as a fraction of the em (positive). */
    public double descent() {
        return descent;
    }

    /** The box of all glyphs, in font units of 1000 to the em, y up. */
    public Rectangle2D box() {
        return (Rectangle2D) box.clone();
    }

    /** The face's CFF program: the bytes of its {@code CFF } table. */
    public byte[] program() {
        return Arrays.copyOfRange(file, cffOffset, cffOffset + cffLength);
    }

    /** The face's CFF program with only the glyphs {@code cids} drawn, each still at its CID, as a PDF embeds it. */
    public byte[] program(Collection<Integer> cids) {
        BitSet keep = new BitSet(cidByGid.length);
        for (int cid : cids) {
            Integer gid = gidByCid.get(cid);
            if (gid != null) {
                keep.set(gid);
            }
        }
        return CffSubset.of(program(), keep);
    }
}
