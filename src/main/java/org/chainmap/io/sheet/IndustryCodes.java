package org.chainmap.io.sheet;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 4754 industry codes (国民经济行业分类) as ledgers write them: a section letter and 2 to 4 digits
 * ({@code C3825}), often without the letter ({@code 3825}) and sometimes followed by the industry's name
 * ({@code C3825 电池制造}). The digits alone say where a code stands in the tree (38 a division, 382 a group,
 * 3825 a class), since each division belongs to one section; so codes are compared by their digits.
 */
final class IndustryCodes {

    private static final Pattern LEADING = Pattern.compile("([A-Z])?([0-9]{2,4})(?![0-9]).*");
    private static final Pattern SEGMENT_CODE = Pattern.compile("[A-T][0-9]{2,4}");

    private IndustryCodes() {}

    /** The digits of a code as a ledger writes it ({@code 3825} for {@code C3825 电池制造}); {@code null} if none. */
    static String digits(String text) {
        Matcher matcher = LEADING.matcher(Values.plain(text).toUpperCase(Locale.ROOT));
        return matcher.matches() ? matcher.group(2) : null;
    }

    /**
     * A firm's code as the map keeps it, from a ledger's text: the section letter (the one given, else the one
     * its division belongs to) and the digits, {@code C3821} for {@code 3821}, {@code c3821} or {@code C3821 变压器、
     * 整流器和电感器制造}; {@code null} when the text holds no code.
     */
    static String forFirm(String text) {
        Matcher matcher = LEADING.matcher(Values.plain(text).toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(2);
        String letter = matcher.group(1) != null ? matcher.group(1) : section(Integer.parseInt(digits.substring(0, 2)));
        return letter == null ? null : letter + digits;
    }

    /** The first division (two digits) of each section A–T of GB/T 4754-2017, in order. */
    private static final int[] SECTION_STARTS = {
        1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97
    };

    /** The section letter of the division {@code division} (01–97); {@code null} past the last one. */
    static String section(int division) {
        if (division < 1 || division > 97) {
            return null;
        }
        int section = 0;
        while (section + 1 < SECTION_STARTS.length && division >= SECTION_STARTS[section + 1]) {
            section++;
        }
        return String.valueOf((char) ('A' + section));
    }

    /**
     * A segment's code as the map keeps it ({@code C3821}: the letter upper case, no blanks); {@code null} when
     * the text is not such a code.
     */
    static String forSegment(String text) {
        String code = Values.plain(text).toUpperCase(Locale.ROOT);
        return SEGMENT_CODE.matcher(code).matches() ? code : null;
    }
}
