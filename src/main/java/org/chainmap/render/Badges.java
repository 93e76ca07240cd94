package org.chainmap.render;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Gap marks beside a name: drawn as whole words (缺, missing) while the name keeps a readable minimum beside
 * them, else each shrunk to its icon, its first letter (缺 stays 缺, missing becomes M), so that a box's or a
 * card's name is never squeezed to nothing by its marks. The legend spells every mark out.
 */
public final class Badges {

    /** The least a name keeps beside its marks, in widths of a Chinese character at its size: about 14 letters. */
    static final double LEAST_NAME = 8;

    private Badges() {}

    /**
     * {@code words} as drawn beside {@code name} (at {@code nameSize}) in {@code room}: whole when the name keeps
     * {@link #LEAST_NAME} characters (or all of itself, if shorter), else as icons.
     *
     * @param width the width a badge of a word takes, its gap included
     */
    static List<String> fitted(
            List<String> words, String name, double nameSize, double room, ToDoubleFunction<String> width) {
        double badges = words.stream().mapToDouble(width).sum();
        double least = Math.min(Fonts.estimateWidth(name, nameSize), LEAST_NAME * nameSize);
        if (room - badges >= least) {
            return words;
        }
        return words.stream().map(Badges::icon).toList();
    }

    /** A mark's icon: its first letter, upper-cased; a one-character mark (缺) is its own icon. */
    public static String icon(String word) {
        if (word.codePointCount(0, word.length()) <= 1) {
            return word;
        }
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
