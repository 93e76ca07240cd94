package org.chainmap.io.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings a CSV file comes in: UTF-8 (with or without a byte-order mark, as Excel's "CSV UTF-8" writes
 * it), GBK as Excel and WPS write "CSV" on a Chinese Windows (read as GB18030, which contains it), and UTF-16
 * with a byte-order mark. {@link #AUTO} finds out which from the bytes; the others override it.
 */
public enum CsvEncoding implements Message.Localized {
    /** Found out from the bytes: a byte-order mark, else UTF-8 if the bytes are valid UTF-8, else GB18030. */
    AUTO(null),
    /** UTF-8; a byte-order mark is skipped. */
    UTF_8(StandardCharsets.UTF_8),
    /** GBK and its superset GB18030. */
    GB18030(Charset.forName("GB18030")),
    /** UTF-16; the byte-order mark says which byte comes first. */
    UTF_16(StandardCharsets.UTF_16);

    private final Charset charset;

    CsvEncoding(Charset charset) {
        this.charset = charset;
    }

    /** The charset; {@code null} for {@link #AUTO}. */
    public Charset charset() {
        return charset;
    }

    /** The name a command line gives: {@code auto}, {@code utf-8}, {@code gbk} (or {@code gb18030}), {@code utf-16}. */
    public static Optional<CsvEncoding> fromName(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "auto" -> Optional.of(AUTO);
            case "utf-8", "utf8" -> Optional.of(UTF_8);
            case "gbk", "gb18030", "gb2312" -> Optional.of(GB18030);
            case "utf-16", "utf16" -> Optional.of(UTF_16);
            default -> Optional.empty();
        };
    }

    @Override
    public String in(Locale locale) {
        return Message.format(locale, "encoding." + name().toLowerCase(Locale.ROOT));
    }

    /**
     * The text of {@code bytes} in this encoding, or in the one found when this is {@link #AUTO}.
     *
     * @return the text without a byte-order mark, and the encoding used
     */
    Decoded decode(byte[] bytes) {
        CsvEncoding used = this == AUTO ? detect(bytes) : this;
        boolean bom = hasUtf8Bom(bytes) || hasUtf16Bom(bytes);
        int skip = used == UTF_8 && hasUtf8Bom(bytes) ? 3 : 0;
        String text = new String(bytes, skip, bytes.length - skip, used.charset);
        if (used == UTF_16 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, used, bom);
    }

    /**
     * Text decoded from a file's bytes.
     *
     * @param text the text, without a byte-order mark
     * @param encoding the encoding it was read in
     * @param bom whether the file began with a byte-order mark
     */
    record Decoded(String text, CsvEncoding encoding, boolean bom) {}

    static CsvEncoding detect(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return UTF_8;
        }
        if (hasUtf16Bom(bytes)) {
            return UTF_16;
        }
        return isUtf8(bytes) ? UTF_8 : GB18030;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                        || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
