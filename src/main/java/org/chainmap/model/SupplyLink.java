package org.chainmap.model;

import java.util.Objects;

/**
 * A supply link: one enterprise supplies another.
 *
 * @param id unique in the whole map when present; {@code null} for a link without an id
 * @param from id of the supplier
 * @param to id of the customer
 * @param product what is supplied; {@code null} when not said
 * @param value yuan per year; {@code null} when unknown
 * @param provenance certainty, source and note
 * @param extra fields this program does not know, kept as they are
 */
public record SupplyLink(
        String id, String from, String to, String product, Long value, Provenance provenance, Extras extra) {

    /** Checks the required fields. */
    public SupplyLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A link without id, value or provenance. */
    public static SupplyLink of(String from, String to, String product) {
        return new SupplyLink(null, from, to, product, null, Provenance.NONE, Extras.NONE);
    }
}
