package org.chainmap.model;

/**
 * Where an external enterprise or a target firm is.
 *
 * @param province province, e.g. 广东省; {@code null} when unknown
 * @param city city, e.g. 深圳市; {@code null} when unknown
 * @param extra fields this program does not know, kept as they are
 */
public record Origin(String province, String city, Extras extra) {

    /** Fills in empty extras. */
    public Origin {
        extra = extra == null ? Extras.NONE : extra;
    }

    /** An origin with a province and a city. */
    public static Origin of(String province, String city) {
        return new Origin(province, city, Extras.NONE);
    }

    /** Province and city joined for display ("广东省深圳市"), or "" when both are unknown. */
    public String label() {
        return (province == null ? "" : province) + (city == null ? "" : city);
    }
}
