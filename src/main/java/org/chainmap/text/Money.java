package org.chainmap.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of yuan as planners write them: 1,000亿元, 15.3亿元, 350万元 in Chinese; CNY 100 bn, CNY 35 m in English
 * (a reader of either language counts in their own large units: 亿 and 万, billions and millions). In Chinese no
 * space stands between the number and its unit, in English one does (decision 0047). The exact
 * number stays in the file; this is what a table, a card, a slide or a reason shows, and what a person types
 * back: {@link #parse} reads every form {@link #format} writes, in both languages. Large counts of things are
 * written in the same units ({@link #count}), so that a table shows one way of writing large numbers.
 */
public final class Money {

    private static final long YI = 100_000_000L;
    private static final long WAN = 10_000L;
    private static final long BILLION = 1_000_000_000L;
    private static final long MILLION = 1_000_000L;

    /** A number (separators allowed), then a unit: 亿, 万, bn/billion, m/million, k/thousand; 元/CNY/yuan around. */
    private static final Pattern TYPED =
            Pattern.compile("(?i)^(?:cny|rmb|¥|￥)?\\s*([-+]?[0-9][0-9,，\\s]*(?:\\.[0-9]+)?)\\s*"
                    + "(亿|万|bn|billion|b|m|mn|million|k|thousand)?\\s*(?:元|人民币|yuan|cny)?$");

    private Money() {}

    /** {@code yuan} in the large units of {@code locale}'s language, at most two decimals. */
    public static String format(long yuan, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        long large = chinese ? YI : BILLION;
        long medium = chinese ? WAN : MILLION;
        if (Math.abs(yuan) >= large) {
            return shown(number((double) yuan / large, "#,##0.##", locale), chinese ? "亿元" : "bn", chinese);
        }
        if (Math.abs(yuan) >= medium) {
            return shown(number((double) yuan / medium, "#,##0.#", locale), chinese ? "万元" : "m", chinese);
        }
        return chinese ? number(yuan, "#,##0", locale) + "元" : "CNY " + number(yuan, "#,##0", locale);
    }

    /** The exact amount, grouped: 100,000,000,000元 / CNY 100,000,000,000, for a tooltip. */
    public static String exact(long yuan, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String digits = number(yuan, "#,##0", locale);
        return chinese ? digits + "元" : "CNY " + digits;
    }

    /**
     * An amount as a person types it, in either language: {@code 1000亿}, {@code 15.3 亿元}, {@code 350万},
     * {@code CNY 1.5 bn}, {@code 35 million}, {@code 1,200,000}; {@code null} for nothing typed.
     *
     * @throws NumberFormatException if it is not such an amount
     * @throws ArithmeticException if it is too large for a whole number of yuan
     */
    public static Long parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            throw new NumberFormatException(typed);
        }
        String digits = matcher.group(1).replaceAll("[,，\\s]", "");
        String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
        long factor =
                switch (unit) {
                    case "亿" -> YI;
                    case "万" -> WAN;
                    case "bn", "billion", "b" -> BILLION;
                    case "m", "mn", "million" -> MILLION;
                    case "k", "thousand" -> 1_000L;
                    default -> 1L;
                };
        return new BigDecimal(digits)
                .multiply(BigDecimal.valueOf(factor))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * A count of things (firms, links) as planners write it, with the large units of {@link #format}: below ten
     * thousand the whole number (9,876); then 1.2万 / 3.5亿 in Chinese, 12.3 thousand / 1.2 million in English.
     * The unit of the things counted (家, firms) is the caller's. One decimal, none when it is 0.
     */
    public static String count(long count, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        long size = Math.abs(count);
        if (size < WAN) {
            return number(count, "#,##0", locale);
        }
        if (chinese) {
            return size >= YI
                    ? number((double) count / YI, "#,##0.#", locale) + "亿"
                    : number((double) count / WAN, "#,##0.#", locale) + "万";
        }
        return size >= MILLION
                ? number((double) count / MILLION, "#,##0.#", locale) + " million"
                : number((double) count / 1_000, "#,##0.#", locale) + " thousand";
    }

    private static String shown(String number, String unit, boolean chinese) {
        return chinese ? number + unit : "CNY " + number + " " + unit;
    }

    private static String number(double value, String pattern, Locale locale) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
