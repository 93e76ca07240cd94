package org.chainmap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The font the map is drawn in: ChainMap Sans SC, a subset of Noto Sans CJK SC shipped in the jar
 * ({@code org/chainmap/fonts}, SIL Open Font License 1.1), in a regular and a bold face. Chinese names
 * draw the same on every machine, with or without a Chinese font installed; a character outside the
 * subset falls back to whatever installed font JavaFX finds for it.
 *
 * <p>The faces are loaded once, on first use, from the classpath. JavaFX must be started by then.
 */
public final class Fonts {

    /** The family of the shipped faces. */
    public static final String FAMILY = "ChainMap Sans SC";

    /** The shipped faces, as classpath resources. */
    public static final List<String> FACES =
            List.of("/org/chainmap/fonts/ChainMapSansSC-Regular.otf", "/org/chainmap/fonts/ChainMapSansSC-Bold.otf");

    /** Marks a line never starts with: closing brackets and the punctuation after a word (电力变压器（含特高压）). */
    private static final String CLOSING =
            "\uff09\u300b\u300d\u300f\u3011\u3015\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f)";

    private Fonts() {}

    /** Loaded by the JVM once, on the first call that needs it: class initialisation is thread-safe. */
    private static final class Shipped {
        static final String FAMILY = load();

        private static String load() {
            for (String face : FACES) {
                try (InputStream in = Fonts.class.getResourceAsStream(face)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar lacks the map font " + face);
                    }
                    Font font = Font.loadFont(in, 12);
                    if (font == null || !Fonts.FAMILY.equals(font.getFamily())) {
                        throw new IllegalStateException("JavaFX could not load the map font " + face);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the map font " + face, e);
                }
            }
            return Fonts.FAMILY;
        }
    }

    /** The family the map is drawn in, {@link #FAMILY}, loading the shipped faces on the first call. */
    public static String family() {
        return Shipped.FAMILY;
    }

    /**
     * The family with Chinese glyphs: always the shipped one now. Kept for callers from before the font
     * shipped, when this was the first installed of a list and could be empty.
     */
    public static Optional<String> chineseFamily() {
        return Optional.of(family());
    }

    /** The map's regular font at {@code size} pixels. */
    public static Font of(double size) {
        return Font.font(family(), FontWeight.NORMAL, FontPosture.REGULAR, size);
    }

    /**
     * The map's font at {@code size} pixels in {@code weight}: {@link FontWeight#BOLD} and heavier take the
     * bold face, lighter weights the regular one.
     *
     * <p>There is no posture: Chinese type has no italic and neither do the shipped faces. Asked for an
     * italic, JavaFX draws the upright regular face, the same pixels as without (and for a bold italic the
     * regular face, losing the bold); it synthesises no slant. Whoever wants a slant shears the context.
     */
    public static Font of(double size, FontWeight weight) {
        return Font.font(family(), weight, FontPosture.REGULAR, size);
    }

    /**
     * About how wide {@code text} is at {@code size}: a full width per Chinese character, about 0.58 of it
     * for Latin ones. Fast enough to fit thousands of names per frame without a text layout each.
     */
    public static double estimateWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? size : size * 0.58;
        }
        return width;
    }

    /**
     * Whether a line may break after {@code text}'s character at {@code at}: a hyphen or slash between two words of
     * four letters or more ("Grain-|oriented", "weighing/|metering"; not "New-|energy").
     */
    private static boolean hyphen(String text, int at) {
        char c = text.charAt(at);
        return (c == '-' || c == '/') && letters(text, at - 1, -1) >= 4 && letters(text, at + 1, 1) >= 4;
    }

    /** How many letters run from {@code text}'s character at {@code at} in direction {@code step}. */
    private static int letters(String text, int at, int step) {
        int count = 0;
        for (int i = at; i >= 0 && i < text.length() && Character.isLetter(text.charAt(i)); i += step) {
            count++;
        }
        return count;
    }

    /** {@code text} cut to fit {@code width} at {@code size}, with an ellipsis where it was cut. */
    public static String fit(String text, double size, double width) {
        if (estimateWidth(text, size) <= width) {
            return text;
        }
        double used = estimateWidth("…", size);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            double next = estimateWidth(String.valueOf(text.charAt(i)), size);
            if (used + next > width) {
                break;
            }
            used += next;
            out.append(text.charAt(i));
        }
        return out + "…";
    }

    /** Whether a line of {@code text} may break before its character at {@code at} (see {@link #wrap}). */
    private static boolean breaks(String text, int at) {
        return at > 0
                && at < text.length()
                && CLOSING.indexOf(text.charAt(at)) < 0
                && (text.charAt(at - 1) == ' '
                        || hyphen(text, at - 1)
                        || text.charAt(at - 1) >= 0x2E80
                        || text.charAt(at) >= 0x2E80);
    }

    /**
     * Where the line of {@code text} from {@code start} to {@code end} ends so that the text's last line is not
     * one Chinese character alone ("医药基础零部/件" is "医药基础零/部件"; "…含特高/压）" is "…含特/高压）"): the
     * break before it, where that leaves the line a character and the last line fits {@code width}; else {@code
     * end}.
     */
    private static int withoutOrphan(String text, int start, int end, double size, double width) {
        String rest = text.substring(end).strip();
        int han = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c < 0x2E80 && CLOSING.indexOf(c) < 0) {
                return end; // a Latin letter or a space: not one character alone
            }
            han += CLOSING.indexOf(c) < 0 ? 1 : 0;
        }
        if (han != 1) {
            return end;
        }
        for (int at = end - 1; at > start; at--) {
            if (breaks(text, at)) {
                return estimateWidth(text.substring(at).strip(), size) <= width ? at : end;
            }
        }
        return end;
    }

    /**
     * {@code text} in lines no wider than {@code width} at {@code size}, broken after a space, after a hyphen or
     * slash between letters ("Grain-|oriented") or between two Chinese characters but never before a closing mark
     * ({@link #CLOSING}) (or anywhere in a word too long for a line), and never leaving one Chinese character alone
     * on the last line ({@link #withoutOrphan}); at most {@code lines} lines, the last cut with an ellipsis when
     * the text does not fit them.
     */
    public static java.util.List<String> wrap(String text, double size, double width, int lines) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length() && out.size() < lines) {
            double used = 0;
            int end = start;
            int lastBreak = -1;
            while (end < text.length()) {
                double next = estimateWidth(String.valueOf(text.charAt(end)), size);
                if (used + next > width && end > start) {
                    break;
                }
                used += next;
                end++;
                if (breaks(text, end)) {
                    lastBreak = end;
                }
            }
            if (end < text.length() && lastBreak > start) {
                end = lastBreak;
            }
            if (out.size() + 1 < lines) {
                end = withoutOrphan(text, start, end, size, width);
            }
            out.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (start < text.length() && !out.isEmpty()) {
            String last = out.remove(out.size() - 1);
            // The space the line break swallowed stays between the words of the cut last line.
            String space = text.charAt(start - 1) == ' ' ? " " : "";
            out.add(fit(last + space + text.substring(start), size, width));
        }
        return out;
    }
}
