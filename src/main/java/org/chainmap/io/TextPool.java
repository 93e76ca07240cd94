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
    /** For each slot, 1 + the number of the first firm whose id its value is; 0 for a value that is no firm's id. */
    private int[] firms;

    private int count;
    /** The slot of the value {@link #text} gave last; -1 when that value is not kept. */
    private int last = -1;

    /**
     * A pool for a file of {@code bytes} bytes (0 when not known), made large enough from the start for the values
     * such a file holds, so that it seldom grows: growing it puts every value kept in its place again. A slot for
     * every 256 bytes: a large map holds a new value (chiefly a firm's id) in about every 500.
     */
    TextPool(int bytes) {
        int wanted = Math.max(FEWEST, Math.min(2 * MOST, bytes / 256));
        slots = new TextNode[Integer.highestOneBit(wanted - 1) << 1];
        firms = new int[slots.length];
    }

    /** The string value the parser stands on, as a node: the one kept for these characters, if any. */
    TextNode text(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        last = -1;
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
                    last = at;
                    if (++count * 2 > slots.length) {
                        grow();
                    }
                }
                return made;
            }
            if (same(kept.textValue(), hash, chars, offset, length)) {
                last = at;
                return kept;
            }
        }
    }

    /**
     * Notes that the value {@link #text} gave last is the id of firm number {@code firm}, unless an earlier firm
     * had it; false when that value is not kept, so that a link naming it could not be told from one naming no firm.
     */
    boolean firmIdRead(int firm) {
        if (last < 0) {
            return false;
        }
        if (firms[last] == 0) {
            firms[last] = firm + 1;
        }
        return true;
    }

    /**
     * The number of the first firm whose id is the value {@link #text} gave last, as {@link #firmIdRead} noted;
     * -1 when none is noted (or the value is not kept).
     */
    int firmOfLast() {
        return last < 0 ? -1 : firms[last] - 1;
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
        int[] oldFirms = firms;
        int lastBefore = last;
        slots = new TextNode[old.length * 2];
        firms = new int[slots.length];
        int mask = slots.length - 1;
        for (int slot = 0; slot < old.length; slot++) {
            TextNode kept = old[slot];
            if (kept != null) {
                int at = spread(kept.textValue().hashCode()) & mask;
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = kept;
                firms[at] = oldFirms[slot];
                if (slot == lastBefore) {
                    last = at;
                }
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
