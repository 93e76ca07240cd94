package org.chainmap.model;

import java.util.Objects;

/**
 * One entry of a chain's five lists (五单): a goal, a project, a problem or a research result.
 *
 * @param id unique in the whole map
 * @param title what the item is
 * @param status free text such as 在建 or 已签约; {@code null} when not given
 * @param amount an amount in yuan where one applies (investment, output); {@code null} when none
 * @param year the year the item or its amount refers to; {@code null} when not given
 * @param segment id of the segment the item concerns; {@code null} when it concerns the whole chain
 * @param provenance certainty, source and note
 * @param extra fields this program does not know, kept as they are
 */
public record ListItem(
        String id,
        String title,
        String status,
        Long amount,
        Integer year,
        String segment,
        Provenance provenance,
        Extras extra) {

    /** Checks the required fields. */
    public ListItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** An item with only an id and a title. */
    public static ListItem of(String id, String title) {
        return new ListItem(id, title, null, null, null, null, Provenance.NONE, Extras.NONE);
    }

    /** This item tied to the segment {@code newSegment}; {@code null} for none. */
    public ListItem withSegment(String newSegment) {
        return new ListItem(id, title, status, amount, year, newSegment, provenance, extra);
    }
}
