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
 * @param planned how far the link has got when it is part of the target map only; {@code null} for a link
 *     that exists today
 */
public record SupplyLink(
        String id,
        String from,
        String to,
        String product,
        Long value,
        Provenance provenance,
        Extras extra,
        PlanStatus planned) {

    /** Checks the required fields. */
    public SupplyLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        provenance = provenance == null ? Provenance.NONE : provenance;
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A link that exists today (not planned). */
    public SupplyLink(
            String id, String from, String to, String product, Long value, Provenance provenance, Extras extra) {
        this(id, from, to, product, value, provenance, extra, null);
    }

    /** Whether the link is part of the target map only. */
    public boolean isPlanned() {
        return planned != null;
    }

    /** This link with the plan status {@code status}; {@code null} for a link that exists today. */
    public SupplyLink withPlanned(PlanStatus status) {
        return new SupplyLink(id, from, to, product, value, provenance, extra, status);
    }

    /** A link without id, value or provenance. */
    public static SupplyLink of(String from, String to, String product) {
        return new SupplyLink(null, from, to, product, null, Provenance.NONE, Extras.NONE);
    }
}
