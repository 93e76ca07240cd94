package org.chainmap.model;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last is a check
 * character computed from the first 17.
 */
public final class CreditCode {

    /** The 31 characters a code may hold, in the order of their values 0–30. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The number of characters of a code. */
    public static final int LENGTH = 18;

    private CreditCode() {}

    /**
     * The check character that the first 17 characters of {@code code} call for, or empty when they
     * hold a character a code cannot have.
     */
    public static Optional<Character> expectedCheck(String code) {
        if (code.length() < WEIGHTS.length) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return Optional.of(ALPHABET.charAt(check));
    }

    /**
     * The administrative division code of the authority that registered the firm: characters 3–8 of the code
     * ({@code 430481} in {@code 91430481…}); empty when they are not six digits.
     */
    public static Optional<String> division(String code) {
        if (code == null || code.length() < 8) {
            return Optional.empty();
        }
        String division = code.substring(2, 8);
        return division.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(division) : Optional.empty();
    }

    /**
     * Whether the division {@code division} lies inside the region of division code {@code region}: a region
     * code's trailing pairs of zeros stand for "every one below" ({@code 430400} holds {@code 4304xx}, {@code
     * 430000} holds {@code 43xxxx}).
     */
    public static boolean inside(String division, String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return division.startsWith(prefix);
    }

    /** Whether {@code code} is 18 valid characters with the right check character. */
    public static boolean isValid(String code) {
        return code.length() == LENGTH
                && expectedCheck(code)
                        .map(check -> check == code.charAt(LENGTH - 1))
                        .orElse(false);
    }
}
