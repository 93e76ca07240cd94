package org.chainmap.model;

import java.util.Objects;

/**
 * A public source the map's facts come from: an article, a government page, a filing. Facts cite it by
 * its id ({@link Citation}).
 *
 * @param id unique in the whole map, e.g. {@code S12}
 * @param title the page's title, as published
 * @param publisher who published the original (衡阳日报, 衡阳市人民政府网); {@code null} when unknown
 * @param date the publication date (ISO, or year-month, or year); {@code null} when unknown
 * @param url where the page can be read; {@code null} when it is not online (a printed paper)
 * @param reliability official, newspaper or repost; {@code null} when not judged
 * @param note free text: what the source states that matters, or why it is a repost
 * @param extra fields this program does not know, kept as they are
 */
public record Source(
        String id,
        String title,
        String publisher,
        String date,
        String url,
        Reliability reliability,
        String note,
        Extras extra) {

    /** Checks the required fields. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A source with an id, a title and a publisher. */
    public static Source of(String id, String title, String publisher) {
        return new Source(id, title, publisher, null, null, null, null, Extras.NONE);
    }

    /** Whether {@code url} is an http or https address: the only kind ChainMap opens or writes as a link. */
    public static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > 8;
    }

    /** "publisher《title》date", for reports and the details pane. */
    public String label() {
        StringBuilder out = new StringBuilder();
        if (publisher != null && !publisher.isBlank()) {
            out.append(publisher).append(' ');
        }
        out.append('《').append(title).append('》');
        if (date != null && !date.isBlank()) {
            out.append(' ').append(date);
        }
        return out.toString();
    }
}
