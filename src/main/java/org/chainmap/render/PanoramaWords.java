package org.chainmap.render;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The words the panorama shows, in the user's language, from the render bundle ({@link Words#panoramaWords()}).
 * The patterns are {@link MessageFormat} patterns.
 *
 * @param marks the stage titles and gap marks shared with the chain's drawing
 * @param chains the title above the chains' headers (产业链)
 * @param firms the count of a segment's local firms, {0} the number, {1} it as planners write counts (e.g. {@code
 *     {1}家}: 1.2万家)
 * @param coverage a chain's coverage, {0} its segments with a local firm, {1} all its segments
 * @param localRate a chain's local supporting rate, {0} the share from 0 to 1
 * @param noLocalRate what stands for the local supporting rate of a chain without local supply links
 * @param locale the language the patterns format numbers in
 */
public record PanoramaWords(
        PaintWords marks,
        String chains,
        String firms,
        String coverage,
        String localRate,
        String noLocalRate,
        Locale locale) {

    /** The Chinese words, as planners write them. */
    public static final PanoramaWords CHINESE =
            Words.of(Locale.SIMPLIFIED_CHINESE).panoramaWords();

    /** The English words. */
    public static final PanoramaWords ENGLISH = Words.of(Locale.ENGLISH).panoramaWords();

    /** {@code pattern} filled with {@code arguments}. */
    String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
