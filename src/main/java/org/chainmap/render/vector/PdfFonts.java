package org.chainmap.render.vector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The map font's faces in a {@link PdfDocument}: each face a Type 0 font over a CID-keyed CFF font (its program
 * embedded, {@code FontFile3} of subtype {@code CIDFontType0C}), with the widths and a {@code ToUnicode} map of the
 * glyphs the pages used, so that the text can be searched and copied.
 */
final class PdfFonts {

    private final PdfDocument document;
    private final MapFaces faces;
    private final Map<MapFace, Used> used = new LinkedHashMap<>();

    PdfFonts(PdfDocument document, MapFaces faces) {
        this.document = document;
        this.faces = faces;
    }

    MapFaces faces() {
        return faces;
    }

    /** Notes that a page shows {@code cids}, which spell {@code text}, in {@code face}; the font's resource name. */
    String use(MapFace face, int[] cids, String text) {
        Used font = used.computeIfAbsent(face, key -> new Used(document.reserve()));
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < cids.length; i++) {
            font.unicode.putIfAbsent(cids[i], i < codePoints.length ? codePoints[i] : 0xFFFD);
        }
        return face.bold() ? "B" : "R";
    }

    /** The number of the font object of {@code face}, once a page used it. */
    int objectOf(MapFace face) {
        return used.get(face).object;
    }

    /** Writes the fonts the pages used. */
    void write() throws IOException {
        for (Map.Entry<MapFace, Used> entry : used.entrySet()) {
            write(entry.getKey(), entry.getValue());
        }
    }

    private void write(MapFace face, Used font) throws IOException {
        int cidFont = document.reserve();
        int descriptor = document.reserve();
        int program = document.reserve();
        int toUnicode = document.reserve();
        String name = tag(font.unicode.keySet()) + "+" + face.name();
        document.begin(font.object);
        document.write("<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts ["
                + cidFont + " 0 R] /ToUnicode " + toUnicode + " 0 R >>\nendobj\n");
        StringBuilder widths = new StringBuilder();
        font.unicode.keySet().forEach(cid -> widths.append(cid)
                .append(" [")
                .append(face.advance(cid))
                .append("] "));
        document.begin(cidFont);
        document.write("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /" + name
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                + descriptor + " 0 R /DW 1000 /W [" + widths + "] >>\nendobj\n");
        var box = face.box();
        document.begin(descriptor);
        document.write("<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox ["
                + Math.round(box.getMinX()) + " " + Math.round(box.getMinY()) + " " + Math.round(box.getMaxX()) + " "
                + Math.round(box.getMaxY()) + "] /ItalicAngle 0 /Ascent " + Math.round(face.ascent() * 1000)
                + " /Descent " + -Math.round(face.descent() * 1000) + " /CapHeight 733 /StemV "
                + (face.bold() ? 140 : 80) + " /FontWeight " + (face.bold() ? 700 : 400) + " /FontFile3 " + program
                + " 0 R >>\nendobj\n");
        document.stream(program, "/Subtype /CIDFontType0C", face.program(font.unicode.keySet()));
        document.stream(toUnicode, "", cmap(font.unicode).getBytes(StandardCharsets.US_ASCII));
    }

    /** The six capital letters that name a subset of a font (ISO 32000-1, 9.6.4), drawn from the glyphs it keeps. */
    private static String tag(Iterable<Integer> cids) {
        long hash = 1125899906842597L;
        for (int cid : cids) {
            hash = 31 * hash + cid;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString();
    }

    /** The ToUnicode CMap from each CID to the character it shows. */
    private static String cmap(Map<Integer, Integer> unicode) {
        StringBuilder out = new StringBuilder();
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicode.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(entries.size(), from + 100));
            out.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                out.append(String.format("<%04X> <", entry.getKey()));
                for (char ch : Character.toChars(entry.getValue())) {
                    out.append(String.format("%04X", (int) ch));
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString();
    }

    /** A face's font object and the glyphs used, each with the character it showed. */
    private static final class Used {
        final int object;
        final Map<Integer, Integer> unicode = new TreeMap<>();

        Used(int object) {
            this.object = object;
        }
    }
}
