package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.ElementKind;
import org.chainmap.model.Enterprise;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.RegionMap;

/**
 * Marks a segment or a firm as planned, part of the target map only (to attract, signed, under construction),
 * or clears the mark: it exists today.
 *
 * @param kind {@link ElementKind#SEGMENT} or {@link ElementKind#ENTERPRISE}
 * @param id the segment's or firm's id
 * @param status the status afterwards; {@code null} for something that exists today
 */
public record SetPlanned(ElementKind kind, String id, PlanStatus status) implements Command {

    /** Checks the fields. */
    public SetPlanned {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind != ElementKind.SEGMENT && kind != ElementKind.ENTERPRISE) {
            throw new IllegalArgumentException("only a segment or a firm is planned this way, not a " + kind);
        }
    }

    /** The key of the Edit menu's words for setting {@code status} ({@code null}: clearing it). */
    static String key(PlanStatus status) {
        return status == null ? "planned.clear" : "planned." + status.id();
    }

    @Override
    public Description describe(RegionMap map) {
        Description.Name name = kind == ElementKind.SEGMENT
                ? map.segment(id).map(Lookup::nameOf).orElse(new Description.Name(id, null))
                : new Description.Name(map.enterprise(id).map(Enterprise::name).orElse(id), null);
        return Description.of(key(status), name);
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Plan plan = new Plan(map);
        if (kind == ElementKind.ENTERPRISE) {
            plan.replaceEnterprise(Lookup.enterprise(map, id).withPlanned(status));
            return plan.change();
        }
        Lookup.segment(map, id);
        Chain chain = Lookup.chainOfSegment(map, id);
        plan.replaceChain(chain.withSegments(chain.segments().stream()
                .map(segment -> segment.id().equals(id) ? segment.withPlanned(status) : segment)
                .toList()));
        return plan.change();
    }
}
