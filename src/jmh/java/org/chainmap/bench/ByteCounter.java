package org.chainmap.bench;

import java.io.OutputStream;

/** A stream that only counts the bytes written to it: an export timed without a disk. */
final class ByteCounter extends OutputStream {

    /** The bytes written since the last reset. */
    long count;

    /** The count of the last whole export, to report. */
    long last;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }
}
