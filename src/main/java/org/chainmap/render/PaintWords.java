package org.chainmap.render;

import java.text.MessageFormat;
import java.util.Locale;
import org.chainmap.model.Chain;
import org.chainmap.model.Names;
import org.chainmap.model.Segment;
import org.chainmap.text.Money;

/**
 * The words a drawing shows, in the user's language, from the render bundle ({@link Words#paintWords()}), so
 * that the drawing routine holds no text of its own.
 *
 * @param upstream the upstream column's title (上游)
 * @param midstream the midstream column's title (中游)
 * @param downstream the downstream column's title (下游)
 * @param missing the mark of a missing segment (缺)
 * @param weak the mark of a weak segment (弱)
 * @param broken the mark of a broken feed (断)
 * @param chokepoint the mark of a chokepoint supplier (卡)
 * @param extend the mark of an extend segment (延)
 * @param firms the count of a box's firms when the map is too far out to read its cards, a {@link
 *     java.text.MessageFormat} pattern: {0} local firms, {1} external ones, as numbers for choices; {2} and {3}
 *     the same written as planners write counts ({@link #firmCount})
 * @param more what a box at middle zoom says of the firms it has no room for, a {@link java.text.MessageFormat}
 *     pattern: {0} firms not shown, {1} the same written as planners write counts
 * @param firmsShort the count of a box's firms where {@code firms} does not fit, a shorter pattern of the same
 *     arguments ("12 local · 3 ext.")
 * @param locale the language of these words, which also chooses the names drawn ({@link Names})
 */
public record PaintWords(
        String upstream,
        String midstream,
        String downstream,
        String missing,
        String weak,
        String broken,
        String chokepoint,
        String extend,
        String firms,
        String more,
        String firmsShort,
        Locale locale) {

    /** The Chinese marks, as planners write them. */
    public static final PaintWords CHINESE = Words.of(Locale.SIMPLIFIED_CHINESE).paintWords();

    /**
     * The count line of a box with {@code local} and {@code external} firms, the numbers as planners write them
     * ({@link Money#count}: 1.2万 in Chinese, 12.3 thousand in English); {@link #firms} formatted.
     */
    public String firmCount(int local, int external) {
        return counted(firms, local, external);
    }

    /** The short count line of {@link #firmCount}; {@link #firmsShort} formatted. */
    public String firmCountShort(int local, int external) {
        return counted(firmsShort, local, external);
    }

    /** What a box says of {@code hidden} firms it has no room for; {@link #more} formatted. */
    public String moreFirms(int hidden) {
        return new MessageFormat(more, Locale.ROOT).format(new Object[] {hidden, Money.count(hidden, locale)});
    }

    /** {@code pattern} with {0} and {1} the numbers (for choices) and {2} and {3} them written as planners do. */
    private String counted(String pattern, int local, int external) {
        return new MessageFormat(pattern, Locale.ROOT)
                .format(new Object[] {local, external, Money.count(local, locale), Money.count(external, locale)});
    }

    /** {@code segment}'s name in the language of these words. */
    public String name(Segment segment) {
        return Names.of(segment, locale);
    }

    /** {@code chain}'s name in the language of these words. */
    public String name(Chain chain) {
        return Names.of(chain, locale);
    }
}
