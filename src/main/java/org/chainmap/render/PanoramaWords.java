package org.chainmap.render;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The words the panorama shows, in the user's language: the caller takes them from its bundle. The
 * patterns are {@link MessageFormat} patterns.
 *
 * @param marks the stage titles and gap marks shared with the chain's drawing
 * @param chains the title above the chains' headers (产业链)
 * @param firms the count of a segment's local firms, {0} the number (e.g. {@code {0}家})
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
    public static final PanoramaWords CHINESE = new PanoramaWords(
            PaintWords.CHINESE,
            "产业链",
            "{0,number,integer}家",
            "覆盖 {0,number,integer}/{1,number,integer}",
            "本地配套 {0,number,percent}",
            "本地配套 —",
            Locale.SIMPLIFIED_CHINESE);

    /** The English words. */
    public static final PanoramaWords ENGLISH = new PanoramaWords(
            new PaintWords("Upstream", "Midstream", "Downstream", "missing", "weak", "broken", "choke", "extend"),
            "Chains",
            "{0,choice,0#no firms|1#1 firm|1<{0,number,integer} firms}",
            "{0,number,integer}/{1,number,integer} covered",
            "local {0,number,percent}",
            "local —",
            Locale.ENGLISH);

    /** {@code pattern} filled with {@code arguments}. */
    String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
