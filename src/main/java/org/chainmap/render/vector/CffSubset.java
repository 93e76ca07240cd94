package org.chainmap.render.vector;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A CID-keyed CFF font program cut down to the glyphs a document shows: the other glyphs' charstrings are
 * replaced by an empty one ({@code endchar}), everything else (glyph numbering, charset, FDSelect, the
 * subroutines, the private dictionaries) is kept, so that every CID stays where it was. The Top DICT's and the
 * font dictionaries' offsets are rewritten for the new layout. Knows the CFF format (Adobe Technical Note #5176)
 * as far as a CID-keyed font needs it; a font in another shape is refused.
 */
final class CffSubset {

    private static final int CHARSET = 15;
    private static final int CHAR_STRINGS = 17;
    private static final int PRIVATE = 18;
    private static final int SUBRS = 19;
    private static final int FD_ARRAY = 0x0C00 | 36;
    private static final int FD_SELECT = 0x0C00 | 37;
    private static final int ROS = 0x0C00 | 30;
    private static final byte ENDCHAR = 14;

    private final byte[] cff;

    private CffSubset(byte[] cff) {
        this.cff = cff;
    }

    /** {@code cff}, a CID-keyed CFF program, with only the glyphs {@code keep} (by glyph index) and glyph 0 drawn. */
    static byte[] of(byte[] cff, BitSet keep) {
        return new CffSubset(cff).subset(keep);
    }

    private byte[] subset(BitSet keep) {
        int headerSize = cff[2] & 0xFF;
        Index names = index(headerSize);
        Index top = index(names.end);
        Index strings = index(top.end);
        Index globalSubrs = index(strings.end);
        List<Entry> topDict = dict(top.start(0), top.end(0));
        if (find(topDict, ROS) == null) {
            throw new IllegalArgumentException("the font program is not CID-keyed");
        }
        Index charStrings = index(offset(topDict, CHAR_STRINGS));
        Index fdArray = index(offset(topDict, FD_ARRAY));
        int glyphs = charStrings.count();
        int charsetAt = offset(topDict, CHARSET);
        int fdSelectAt = offset(topDict, FD_SELECT);
        byte[] charset = Arrays.copyOfRange(cff, charsetAt, charsetAt + charsetLength(charsetAt, glyphs));
        byte[] fdSelect = Arrays.copyOfRange(cff, fdSelectAt, fdSelectAt + fdSelectLength(fdSelectAt, glyphs));

        List<List<Entry>> fonts = new ArrayList<>();
        List<byte[]> privates = new ArrayList<>();
        for (int i = 0; i < fdArray.count(); i++) {
            List<Entry> font = dict(fdArray.start(i), fdArray.end(i));
            fonts.add(font);
            privates.add(privateBlock(font));
        }

        List<byte[]> drawn = new ArrayList<>(glyphs);
        for (int gid = 0; gid < glyphs; gid++) {
            drawn.add(
                    gid == 0 || keep.get(gid)
                            ? Arrays.copyOfRange(cff, charStrings.start(gid), charStrings.end(gid))
                            : new byte[] {ENDCHAR});
        }
        byte[] newCharStrings = writeIndex(drawn);

        // Offsets are written as five-byte integers, so that the dictionaries' sizes do not depend on them.
        int topSize = writeIndex(List.of(writeDict(topDict, new int[4]))).length;
        int charsetOut = headerSize
                + (names.end - headerSize)
                + topSize
                + (strings.end - top.end)
                + (globalSubrs.end - strings.end);
        int fdSelectOut = charsetOut + charset.length;
        int charStringsOut = fdSelectOut + fdSelect.length;
        int fdArrayOut = charStringsOut + newCharStrings.length;
        List<byte[]> fontDicts = new ArrayList<>();
        for (List<Entry> font : fonts) {
            fontDicts.add(writeDict(font, new int[] {0, 0}));
        }
        int privateAt = fdArrayOut + writeIndex(fontDicts).length;
        fontDicts.clear();
        for (int i = 0; i < fonts.size(); i++) {
            Entry priv = find(fonts.get(i), PRIVATE);
            int size = priv == null ? 0 : (int) priv.numbers[0];
            fontDicts.add(writeDict(fonts.get(i), new int[] {size, privateAt}));
            privateAt += privates.get(i).length;
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(charStringsOut + newCharStrings.length * 2);
        out.write(cff, 0, names.end);
        out.writeBytes(writeIndex(
                List.of(writeDict(topDict, new int[] {charsetOut, charStringsOut, fdArrayOut, fdSelectOut}))));
        out.write(cff, top.end, globalSubrs.end - top.end);
        out.writeBytes(charset);
        out.writeBytes(fdSelect);
        out.writeBytes(newCharStrings);
        out.writeBytes(writeIndex(fontDicts));
        privates.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The font dictionary's Private DICT and the local subroutines after it, as they are. */
    private byte[] privateBlock(List<Entry> font) {
        Entry priv = find(font, PRIVATE);
        if (priv == null) {
            return new byte[0];
        }
        int size = (int) priv.numbers[0];
        int at = (int) priv.numbers[1];
        int end = at + size;
        Entry subrs = find(dict(at, at + size), SUBRS);
        if (subrs != null) {
            end = Math.max(end, index(at + (int) subrs.numbers[0]).end);
        }
        return Arrays.copyOfRange(cff, at, end);
    }

    /** An INDEX: where it starts, how its objects are laid out, where it ends. */
    private record Index(int count, int offSize, int offsets, int data, int end, byte[] cff) {
        int start(int i) {
            return data + offset(i) - 1;
        }

        int end(int i) {
            return data + offset(i + 1) - 1;
        }

        private int offset(int i) {
            int value = 0;
            for (int b = 0; b < offSize; b++) {
                value = value << 8 | cff[offsets + i * offSize + b] & 0xFF;
            }
            return value;
        }
    }

    private Index index(int at) {
        int count = card16(at);
        if (count == 0) {
            return new Index(0, 0, at + 2, at + 2, at + 2, cff);
        }
        int offSize = cff[at + 2] & 0xFF;
        int offsets = at + 3;
        int data = offsets + (count + 1) * offSize;
        Index index = new Index(count, offSize, offsets, data, 0, cff);
        return new Index(count, offSize, offsets, data, index.end(count - 1), cff);
    }

    /** A DICT entry: its operator, its operands as numbers, and its operand bytes as they were. */
    private record Entry(int operator, double[] numbers, byte[] operands) {}

    private List<Entry> dict(int from, int to) {
        List<Entry> entries = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        int operandsFrom = from;
        int at = from;
        while (at < to) {
            int b0 = cff[at] & 0xFF;
            if (b0 <= 21) {
                int operator = b0 == 12 ? 0x0C00 | cff[at + 1] & 0xFF : b0;
                entries.add(new Entry(
                        operator,
                        numbers.stream().mapToDouble(Double::doubleValue).toArray(),
                        Arrays.copyOfRange(cff, operandsFrom, at)));
                numbers.clear();
                at += b0 == 12 ? 2 : 1;
                operandsFrom = at;
            } else if (b0 == 28) {
                numbers.add((double) (short) card16(at + 1));
                at += 3;
            } else if (b0 == 29) {
                numbers.add((double) (card16(at + 1) << 16 | card16(at + 3)));
                at += 5;
            } else if (b0 == 30) {
                // A real: nibbles up to an end nibble; its value is not needed, only its bytes.
                at++;
                while ((cff[at] & 0x0F) != 0x0F && (cff[at] & 0xF0) != 0xF0) {
                    at++;
                }
                at++;
                numbers.add(0.0);
            } else if (b0 <= 246) {
                numbers.add((double) (b0 - 139));
                at++;
            } else if (b0 <= 250) {
                numbers.add((double) ((b0 - 247) * 256 + (cff[at + 1] & 0xFF) + 108));
                at += 2;
            } else if (b0 <= 254) {
                numbers.add((double) (-(b0 - 251) * 256 - (cff[at + 1] & 0xFF) - 108));
                at += 2;
            } else {
                throw new IllegalArgumentException("a reserved byte in a CFF dictionary at " + at);
            }
        }
        return entries;
    }

    /**
     * The dictionary's bytes with new offsets: {@code offsets} gives, in a Top DICT, charset, CharStrings, FDArray
     * and FDSelect; in a font dictionary, the Private DICT's size and offset.
     */
    private static byte[] writeDict(List<Entry> entries, int[] offsets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            switch (entry.operator) {
                case CHARSET -> integer(out, offsets[0]);
                case CHAR_STRINGS -> integer(out, offsets[1]);
                case FD_ARRAY -> integer(out, offsets.length > 2 ? offsets[2] : 0);
                case FD_SELECT -> integer(out, offsets.length > 3 ? offsets[3] : 0);
                case PRIVATE -> {
                    integer(out, offsets[0]);
                    integer(out, offsets[1]);
                }
                default -> out.writeBytes(entry.operands);
            }
            if (entry.operator > 0xFF) {
                out.write(12);
            }
            out.write(entry.operator & 0xFF);
        }
        return out.toByteArray();
    }

    private static void integer(ByteArrayOutputStream out, int value) {
        out.write(29);
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static byte[] writeIndex(List<byte[]> objects) {
        long total = 1;
        for (byte[] object : objects) {
            total += object.length;
        }
        int offSize = total <= 0xFF ? 1 : total <= 0xFFFF ? 2 : total <= 0xFFFFFF ? 3 : 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) total + (objects.size() + 1) * offSize + 3);
        out.write(objects.size() >>> 8);
        out.write(objects.size());
        if (objects.isEmpty()) {
            return out.toByteArray();
        }
        out.write(offSize);
        int offset = 1;
        for (int i = 0; i <= objects.size(); i++) {
            for (int b = offSize - 1; b >= 0; b--) {
                out.write(offset >>> (8 * b));
            }
            if (i < objects.size()) {
                offset += objects.get(i).length;
            }
        }
        objects.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static Entry find(List<Entry> entries, int operator) {
        return entries.stream().filter(e -> e.operator == operator).findFirst().orElse(null);
    }

    private static int offset(List<Entry> entries, int operator) {
        Entry entry = find(entries, operator);
        if (entry == null || entry.numbers.length == 0) {
            throw new IllegalArgumentException("the font program's Top DICT lacks operator " + operator);
        }
        return (int) entry.numbers[0];
    }

    private int charsetLength(int at, int glyphs) {
        int format = cff[at] & 0xFF;
        if (format == 0) {
            return 1 + 2 * (glyphs - 1);
        }
        int covered = 1;
        int p = at + 1;
        while (covered < glyphs) {
            int left = format == 1 ? cff[p + 2] & 0xFF : card16(p + 2);
            covered += left + 1;
            p += format == 1 ? 3 : 4;
        }
        return p - at;
    }

    private int fdSelectLength(int at, int glyphs) {
        int format = cff[at] & 0xFF;
        if (format == 0) {
            return 1 + glyphs;
        }
        if (format != 3) {
            throw new IllegalArgumentException("FDSelect format " + format);
        }
        return 1 + 2 + card16(at + 1) * 3 + 2;
    }

    private int card16(int at) {
        return (cff[at] & 0xFF) << 8 | cff[at + 1] & 0xFF;
    }
}
