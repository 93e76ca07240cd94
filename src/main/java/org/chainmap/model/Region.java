package org.chainmap.model;

import java.util.Objects;

/**
 * The region a map describes.
 *
 * @param name the region's name, e.g. 衡阳市
 * @param code administrative division code, six digits (430400); {@code null} when not given
 * @param title the map's title; {@code null} when not given
 * @param date the date of the map's data (ISO, {@code 2024}, {@code 2024-05} or {@code 2024-05-31})
 * @param source where the map's data comes from
 * @param extra fields this program does not know, kept as they are
 */
public record Region(String name, String code, String title, String date, String source, Extras extra) {

    /** Checks the required name and fills in empty extras. */
    public Region {
        Objects.requireNonNull(name, "name");
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A region with only a name and a code. */
    public static Region of(String name, String code) {
        return new Region(name, code, null, null, null, Extras.NONE);
    }
}
