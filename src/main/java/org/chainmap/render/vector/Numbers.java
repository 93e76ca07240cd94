package org.chainmap.render.vector;

/**
 * Numbers as vector documents write them: a point and up to {@code decimals} digits, no exponent, no trailing
 * zeros, the same in every locale.
 */
final class Numbers {

    private static final long[] POWERS = {1, 10, 100, 1000, 10_000};

    private Numbers() {}

    /** Appends {@code value} rounded to {@code decimals} (0 to 4) digits after the point. */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long power = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * power);
        if (scaled == 0) {
            return out.append('0');
        }
        if (value < 0) {
            out.append('-');
        }
        out.append(scaled / power);
        long fraction = scaled % power;
        if (fraction != 0) {
            out.append('.');
            long digit = power / 10;
            while (fraction != 0) {
                out.append((char) ('0' + fraction / digit));
                fraction %= digit;
                digit /= 10;
            }
        }
        return out;
    }

    /** {@code value} with {@code decimals} digits, as {@link #append} writes it. */
    static String of(double value, int decimals) {
        return append(new StringBuilder(), value, decimals).toString();
    }
}
