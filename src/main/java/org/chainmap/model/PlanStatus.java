package org.chainmap.model;

import java.util.Locale;
import java.util.Optional;
import org.chainmap.text.Bundle;

/**
 * How far a planned segment, firm or supply link of the target map (远景图) has got. Something without a
 * status exists today (现状); something with one is part of the target state only.
 */
public enum PlanStatus implements Keyword, Localizable {
    /** To be attracted: the region courts it (招商中 / 拟引进). */
    ATTRACT("attract"),
    /** Agreement signed (已签约), not yet built. */
    SIGNED("signed"),
    /** Under construction (在建). */
    BUILDING("building");

    private final String id;

    PlanStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String messageKey() {
        return "planned." + id;
    }

    /** What a user reads for this status in {@code locale}: 招商中, 已签约, 在建 or their English. */
    public String label(Locale locale) {
        return Bundle.of(Problem.BUNDLE, locale, PlanStatus.class).text(messageKey());
    }

    /** The constant written as {@code id} in a file, if there is one. */
    public static Optional<PlanStatus> fromId(String id) {
        return Keyword.parse(PlanStatus.class, id);
    }
}
