package org.chainmap.render.vector;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PDF 1.7 document written as it is drawn: each page's content is compressed straight into the file, so that a
 * page of a 10,000-firm chain or a deck of two hundred slides needs no more memory than one page's state. The
 * fonts, which every page shares, are written at the end, with only the glyphs the pages used; then the page
 * tree, the catalogue and the cross-reference table.
 *
 * <p>A page is in pixels of the drawing at 96 dpi (a pixel is ¾ of a point), up to 200 inches a side, the
 * largest page PDF readers show; a larger drawing is set on the largest page, scaled down, still vector.
 */
public final class PdfDocument implements Closeable {

    /** Points per pixel at 96 dpi. */
    static final double POINTS_PER_PIXEL = 72.0 / 96;

    /** The largest side of a page in points (200 inches), as PDF readers have it. */
    public static final double MAX_PAGE = 14_400;

    private final Counting out;
    private final List<Long> offsets = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private final int pagesObject;
    private final PdfFonts fonts;
    private final String title;
    private PdfPen open;

    /** A document titled {@code title} written to {@code out}, with text in {@code faces}. */
    public PdfDocument(OutputStream out, String title, MapFaces faces) throws IOException {
        this.out = new Counting(out);
        this.title = title;
        this.out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        pagesObject = reserve();
        fonts = new PdfFonts(this, faces);
    }

    /**
     * Starts a page for a drawing of {@code width} × {@code height} pixels and gives the pen to draw it with; the
     * page ends with the next page or when the document closes.
     */
    public PdfPen page(double width, double height) throws IOException {
        endPage();
        double points = Math.max(width, height) * POINTS_PER_PIXEL;
        double scale = POINTS_PER_PIXEL * (points > MAX_PAGE ? MAX_PAGE / points : 1);
        int page = reserve();
        int content = reserve();
        int length = reserve();
        pages.add(page);
        begin(content);
        write("<< /Length " + length + " 0 R /Filter /FlateDecode >>\nstream\n");
        long start = out.count;
        DeflaterOutputStream data = new DeflaterOutputStream(new Unclosed(out), new Deflater(6), 1 << 16);
        open = new PdfPen(data, fonts, width * scale, height * scale, scale) {
            @Override
            void finished(String resources) throws IOException {
                data.finish();
                long bytes = out.count - start;
                write("\nendstream\nendobj\n");
                begin(length);
                write(bytes + "\nendobj\n");
                begin(page);
                write("<< /Type /Page /Parent " + pagesObject + " 0 R /MediaBox [0 0 " + Numbers.of(width * scale, 2)
                        + " " + Numbers.of(height * scale, 2) + "] /Contents " + content + " 0 R /Resources "
                        + resources + " >>\nendobj\n");
            }
        };
        return open;
    }

    /** The number of pages so far. */
    public int pageCount() {
        return pages.size();
    }

    @Override
    public void close() throws IOException {
        endPage();
        fonts.write();
        begin(pagesObject);
        StringBuilder kids = new StringBuilder();
        for (int page : pages) {
            kids.append(page).append(" 0 R ");
        }
        write("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>\nendobj\n");
        int catalog = reserve();
        begin(catalog);
        write("<< /Type /Catalog /Pages " + pagesObject + " 0 R >>\nendobj\n");
        int info = reserve();
        begin(info);
        ZonedDateTime now = ZonedDateTime.now();
        String date = "D:" + now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + now.format(DateTimeFormatter.ofPattern("xxx")).replace(":", "'") + "'";
        write("<< /Title " + text(title) + " /Producer (ChainMap) /CreationDate (" + date + ") >>\nendobj\n");
        long xref = out.count;
        StringBuilder table = new StringBuilder();
        table.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(offsets.size() + 1)
                .append(" /Root ")
                .append(catalog)
                .append(" 0 R /Info ")
                .append(info)
                .append(" 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(table.toString());
        out.flush();
    }

    /** A PDF text string: UTF-16 with its byte order mark, in hex. */
    static String text(String value) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char ch : value.toCharArray()) {
            hex.append(String.format("%04X", (int) ch));
        }
        return hex.append('>').toString();
    }

    /** The number of a new object, to be written later with {@link #begin}. */
    int reserve() {
        offsets.add(-1L);
        return offsets.size();
    }

    /** Starts object {@code number} here. */
    void begin(int number) throws IOException {
        offsets.set(number - 1, out.count);
        write(number + " 0 obj\n");
    }

    /** Writes object {@code number}: a stream of {@code data}, compressed, with {@code entries} in its dictionary. */
    void stream(int number, String entries, byte[] data) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(data.length / 2 + 64);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, new Deflater(9))) {
            deflate.write(data);
        }
        begin(number);
        write("<< " + entries + " /Filter /FlateDecode /Length " + packed.size() + " >>\nstream\n");
        packed.writeTo(out);
        write("\nendstream\nendobj\n");
    }

    void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void endPage() throws IOException {
        if (open != null) {
            PdfPen page = open;
            open = null;
            page.finish();
        }
    }

    /** Counts the bytes written, for the cross-reference table. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Passes writes on, and closing only flushes: a page's compressor must not close the file. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
