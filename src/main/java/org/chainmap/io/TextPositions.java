package org.chainmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the byte offsets that the JSON parser reports into the line and column a text editor shows:
 * columns count characters, not the three bytes of a Chinese character in UTF-8.
 */
final class TextPositions {

    private final byte[] bytes;
    /** Byte offset of the start of each line; line 1 starts after a byte-order mark. */
    private final int[] lineStarts;

    TextPositions(byte[] bytes) {
        this.bytes = bytes;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = hasBom(bytes) ? 3 : 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line and character column of {@code location}, or the parser's own when it has no offset. */
    int[] of(JsonLocation location) {
        long offset = location.getByteOffset();
        if (offset < 0 || offset > bytes.length) {
            return new int[] {location.getLineNr(), location.getColumnNr()};
        }
        int line = Arrays.binarySearch(lineStarts, (int) offset);
        if (line < 0) {
            line = -line - 2;
        }
        int start = lineStarts[Math.max(line, 0)];
        int end = Math.max(start, (int) offset);
        String prefix = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        return new int[] {line + 1, prefix.codePointCount(0, prefix.length()) + 1};
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
