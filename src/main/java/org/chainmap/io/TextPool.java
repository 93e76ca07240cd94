package org.chainmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * The string values of one file read, each kept once: a large map names the same segments, tags, counties and
 * parks in thousands of firms, and each link names two firms whose ids the file already gave. The parser's
 * characters are looked up before a string is made, so that a value seen before costs no new string and no new
 * node, and a link's ends are the very strings of the firms' ids (quick to compare, and kept once in memory).
 *
 * <p>For one read on one thread; it stops taking new values past {@link #MOST} and values longer than
 * {@link #LONGEST} characters are never kept (notes, descriptions: seldom repeated).
 */
final class TextPool {

    /** The most values kept. */
    static final int MOST = 1 << 20;

    /** The longest value kept, in characters. */
    static final int LONGEST = 64;

    /** The fewest slots. */
    private static final int FEWEST = 1 << 12;

    private TextNode[] slots;
    private int count;

    /**
     * A pool for a file of {@code bytes} bytes (0 when not known), made large enough from the start for the values
     * such a file holds, so that it seldom grows: growing it puts every value kept in its place again. A slot for
     * every 256 bytes: a large map holds a new value (chiefly a firm's id) in about every 500.
     */
    TextPool(int bytes) {
        int wanted = Math.max(FEWEST, Math.min(2 * MOST, bytes / 256));
        slots = new TextNode[Integer.highestOneBit(wanted - 1) << 1];
    }

    /** The string value the parser stands on, as a node: the one kept for these characters, if any. */
    TextNode text(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > LONGEST) {
            return TextNode.valueOf(parser.getText());
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int mask = slots.length - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            TextNode kept = slots[at];
            if (kept == null) {
                TextNode made = TextNode.valueOf(new String(chars, offset, length));
                if (count < MOST) {
                    slots[at] = made;
                    if (++count * 2 > slots.length) {
                        grow();
                    }
                }
                return made;
            }
            if (same(kept.textValue(), hash, chars, offset, length)) {
                return kept;
            }
        }
    }

    private static boolean same(String kept, int hash, char[] chars, int offset, int length) {
        if (kept.length() != length || kept.hashCode() != hash) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (kept.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        TextNode[] old = slots;
        slots = new TextNode[old.length * 2];
        int mask = slots.length - 1;
        for (TextNode kept : old) {
            if (kept != null) {
                int at = spread(kept.textValue().hashCode()) & mask;
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = kept;
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
