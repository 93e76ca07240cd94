package org.chainmap.edit;

import java.util.HashSet;
import java.util.Objects;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Changes an enterprise's fields, as the properties panel does: names, credit code, local or external,
 * place, segments, role, tags, revenue, products, provenance. A value that breaks a rule of the map (an
 * empty name, a credit code whose check character is wrong, a segment that does not exist, a negative
 * revenue) refuses the whole change.
 *
 * @param edited the firm with its new values, found by its id
 * @param key what the Edit menu calls it: {@code enterprise.rename}, {@code enterprise.local}, {@code
 *     enterprise.external} or {@code enterprise.edit}
 */
public record EditEnterprise(Enterprise edited, String key) implements Command {

    /** Checks the fields. */
    public EditEnterprise {
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(key, "key");
    }

    /** Renames the firm {@code id}. */
    public static EditEnterprise rename(RegionMap map, String id, String name) {
        return new EditEnterprise(map.enterprise(id).orElseThrow().withName(name), "enterprise.rename");
    }

    /** Marks the firm {@code id} as local to the region or external. */
    public static EditEnterprise markLocal(RegionMap map, String id, boolean local) {
        return new EditEnterprise(
                map.enterprise(id).orElseThrow().withLocal(local), local ? "enterprise.local" : "enterprise.external");
    }

    @Override
    public Description describe(RegionMap map) {
        String before = map.enterprise(edited.id()).map(Enterprise::name).orElse(edited.name());
        return Description.of(key, before, edited.name());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Enterprise before = Lookup.enterprise(map, edited.id());
        Plan plan = new Plan(map);
        plan.replaceEnterprise(checked(map, before, edited));
        plan.prunePins();
        return plan.change();
    }

    /**
     * {@code firm} with its texts stripped, or refused for the first rule it breaks; {@code before} is the
     * firm as it was ({@code null} for a new one), whose credit code is not checked again if unchanged.
     */
    static Enterprise checked(RegionMap map, Enterprise before, Enterprise firm) throws EditRefusedException {
        String name = Lookup.name(firm.name());
        String code = Lookup.optional(firm.creditCode());
        if (before == null || !Objects.equals(code, before.creditCode())) {
            code = Lookup.creditCode(code);
        }
        for (String segment : firm.segments()) {
            Lookup.segment(map, segment);
        }
        if (new HashSet<>(firm.segments()).size() != firm.segments().size()) {
            throw new EditRefusedException("refused.segment.repeated");
        }
        if (new HashSet<>(firm.tags()).size() != firm.tags().size()) {
            throw new EditRefusedException("refused.tag.repeated");
        }
        if (firm.revenue() != null && firm.revenue() < 0) {
            throw new EditRefusedException("refused.revenue.negative");
        }
        return new Enterprise(
                firm.id(),
                name,
                code,
                firm.local(),
                firm.origin(),
                Lookup.optional(firm.county()),
                Lookup.optional(firm.park()),
                firm.segments(),
                firm.role(),
                firm.tags(),
                firm.revenue(),
                firm.revenueYear(),
                firm.products(),
                firm.verified(),
                firm.provenance(),
                before == null ? firm.extra() : before.extra(),
                firm.planned(),
                Lookup.optional(firm.industryCode()));
    }
}
