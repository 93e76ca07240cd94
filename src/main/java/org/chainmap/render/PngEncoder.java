package org.chainmap.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PNG (8-bit RGBA, non-interlaced) row by row, so that a picture of any height is written without
 * holding it in memory: a 16,000 × 40,000 px chain goes out a strip at a time. Rows use the "sub" filter,
 * which suits flat map colours. The density is stored as a pHYs chunk, text (title, software, time) as tEXt.
 *
 * <p>Usage: construct, {@link #row} exactly {@code height} times, {@link #finish}. Not thread-safe.
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK = 1 << 16;
    private static final double INCHES_PER_METRE = 39.3701;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final IdatStream idat = new IdatStream();
    private final DeflaterOutputStream deflated;
    private final Deflater deflater = new Deflater(6);
    private final byte[] filtered;
    private int rows;

    /**
     * Starts a PNG of {@code width} × {@code height} pixels on {@code out}, at {@code dpi} dots per inch,
     * with the text chunks {@code text} (keyword → Latin-1 text; keywords such as Title, Software,
     * Creation Time). The stream is not closed by {@link #finish}.
     */
    public PngEncoder(OutputStream out, int width, int height, double dpi, Map<String, String> text)
            throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a PNG needs at least one pixel, not " + width + " × " + height);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.filtered = new byte[1 + width * 4];
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(header);
        data.writeInt(width);
        data.writeInt(height);
        data.writeByte(8); // bits per channel
        data.writeByte(6); // RGBA
        data.writeByte(0); // deflate
        data.writeByte(0); // adaptive filtering
        data.writeByte(0); // not interlaced
        chunk("IHDR", header.toByteArray());
        header.reset();
        int perMetre = (int) Math.round(dpi * INCHES_PER_METRE);
        data.writeInt(perMetre);
        data.writeInt(perMetre);
        data.writeByte(1); // the unit is the metre
        chunk("pHYs", header.toByteArray());
        for (Map.Entry<String, String> entry : text.entrySet()) {
            header.reset();
            header.write(entry.getKey().getBytes(StandardCharsets.ISO_8859_1));
            header.write(0);
            header.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
            chunk("tEXt", header.toByteArray());
        }
        deflated = new DeflaterOutputStream(idat, deflater, CHUNK);
    }

    /**
     * Adds the next row: {@code width} pixels of non-premultiplied RGBA bytes in {@code rgba}, from
     * {@code offset}.
     */
    public void row(byte[] rgba, int offset) throws IOException {
        if (rows == height) {
            throw new IllegalStateException("all " + height + " rows are written");
        }
        filtered[0] = 1; // sub: each byte minus the same channel of the pixel to its left
        for (int i = 0; i < 4; i++) {
            filtered[1 + i] = rgba[offset + i];
        }
        for (int i = 4; i < width * 4; i++) {
            filtered[1 + i] = (byte) (rgba[offset + i] - rgba[offset + i - 4]);
        }
        deflated.write(filtered);
        rows++;
    }

    /** Ends the picture; every row must have been written. */
    public void finish() throws IOException {
        if (rows != height) {
            throw new IllegalStateException(rows + " of " + height + " rows are written");
        }
        deflated.finish();
        idat.flush();
        deflater.end();
        chunk("IEND", new byte[0]);
        out.flush();
    }

    private void chunk(String type, byte[] data) throws IOException {
        chunk(type, data, data.length);
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        DataOutputStream stream = new DataOutputStream(out);
        stream.writeInt(length);
        stream.write(name);
        stream.write(data, 0, length);
        stream.writeInt((int) crc.getValue());
    }

    /** The compressed data, cut into IDAT chunks of at most 64 KiB. */
    private final class IdatStream extends OutputStream {
        private final byte[] buffer = new byte[CHUNK];
        private int used;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, buffer.length - used);
                System.arraycopy(data, offset, buffer, used, n);
                used += n;
                offset += n;
                length -= n;
                if (used == buffer.length) {
                    flush();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (used > 0) {
                chunk("IDAT", buffer, used);
                used = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
