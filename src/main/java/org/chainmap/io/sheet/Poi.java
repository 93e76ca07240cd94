package org.chainmap.io.sheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Apache POI set up for ChainMap: it logs through Log4j's API, which without a logging provider (ChainMap ships
 * none) would print an error about the missing provider on standard error at the first workbook. The status
 * logger is silenced unless the user set its level. (What POI logs itself is silenced by the simple logger's level
 * in {@code log4j2.simplelog.properties}.)
 */
public final class Poi {

    private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";

    private Poi() {}

    /** Call before the first use of POI. */
    public static void quiet() {
        if (System.getProperty(STATUS_LEVEL) == null) {
            System.setProperty(STATUS_LEVEL, "OFF");
        }
    }

    /**
     * Writes {@code workbook} to {@code out}. POI reports a failure of the stream (a full disk) as a runtime
     * exception of its own ("Fail to save: an error occurs while saving the package"), often without the cause,
     * which it only logs; the stream's first failure is kept here and thrown instead, as the {@link IOException}
     * the caller reports as a file it could not write.
     */
    public static void write(Workbook workbook, OutputStream out) throws IOException {
        Watched watched = new Watched(out);
        try {
            workbook.write(watched);
        } catch (RuntimeException e) {
            if (watched.failure != null) {
                watched.failure.addSuppressed(e);
                throw watched.failure;
            }
            throw e;
        }
        if (watched.failure != null) {
            throw watched.failure;
        }
    }

    /** A stream that remembers the first failure of the one it writes to. */
    private static final class Watched extends FilterOutputStream {
        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void close() {
            // The caller closes the stream it passed.
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
