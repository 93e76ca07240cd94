package org.chainmap.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every spreadsheet enters here: a workbook ({@code .xlsx}, {@code .xls}) or a CSV file, told apart by its
 * first bytes rather than its name, refused whole when it cannot be read. A file larger than
 * {@link #MAX_BYTES} is refused by its size before a byte of it is read.
 */
public final class SheetFile {

    /** The largest file imported: 32 MiB, a ledger of several hundred thousand rows. */
    public static final long MAX_BYTES = 32L << 20;

    private static final String[] WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls"};

    private SheetFile() {}

    /**
     * What was read from a file.
     *
     * @param tables its visible sheets, or the one table of a CSV
     * @param workbook whether it was a workbook (else a CSV)
     * @param encoding the encoding a CSV was read in; {@code null} for a workbook
     * @param bom whether a CSV began with a byte-order mark
     * @param undecodable how many characters of a CSV could not be read in its encoding (shown as \uFFFD): a
     *     sign that another encoding is the right one
     */
    public record Loaded(List<Table> tables, boolean workbook, CsvEncoding encoding, boolean bom, int undecodable) {

        /** Copies the tables. */
        public Loaded {
            tables = List.copyOf(tables);
        }
    }

    /**
     * Reads {@code file}.
     *
     * @param encoding the encoding of a CSV; {@link CsvEncoding#AUTO} to find it out
     * @throws SheetException if the file is too large, missing, not a spreadsheet, a zip bomb, or a CSV that
     *     breaks off; nothing of it is read
     */
    public static Loaded read(Path file, CsvEncoding encoding) throws SheetException {
        String name = file.getFileName().toString();
        long size;
        byte[] head = new byte[8];
        int headLength;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SheetException(Message.of("file.tooLarge", name, megabytes(size), megabytes(MAX_BYTES)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                headLength = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new SheetException(Message.of("file.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        if (size == 0) {
            throw new SheetException(Message.of("file.empty", name));
        }
        if (isZip(head, headLength) || isOle2(head, headLength)) {
            return new Loaded(WorkbookReader.read(file.toFile()), true, null, false, 0);
        }
        if (looksLikeWorkbook(name)) {
            throw new SheetException(Message.of("file.notWorkbook", name));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SheetException(Message.of("file.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        CsvEncoding.Decoded decoded = encoding.decode(bytes);
        if (isBinary(bytes, decoded.encoding())) {
            throw new SheetException(Message.of("file.notSpreadsheet", name));
        }
        return new Loaded(
                List.of(CsvReader.read(name, decoded.text())),
                false,
                decoded.encoding(),
                decoded.bom(),
                undecodable(decoded.text()));
    }

    private static boolean looksLikeWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : WORKBOOK_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head, int length) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bytes with NUL or many other control bytes in their first part are not a CSV: a picture, a PDF, an
     * archive. (UTF-16 text, which is full of NULs, is told by its byte-order mark.)
     */
    private static boolean isBinary(byte[] bytes, CsvEncoding encoding) {
        if (encoding == CsvEncoding.UTF_16) {
            return false;
        }
        int end = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > end / 100 + 1;
    }

    private static int undecodable(String text) {
        return (int) text.chars().filter(c -> c == '\uFFFD').count();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
