package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;

/**
 * Changes a chain's own fields (names, colour, chief, office, host park, provenance), as the properties
 * panel does; its segments, lists and pins stay as they are in the map.
 *
 * @param edited the chain with the new values, found by its id
 * @param key what the Edit menu calls it: {@code chain.rename}, {@code chain.recolour} or {@code chain.edit}
 */
public record EditChain(Chain edited, String key) implements Command {

    /** Checks the fields. */
    public EditChain {
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(key, "key");
    }

    /** Renames the chain {@code id}. */
    public static EditChain rename(RegionMap map, String id, String name, String nameEn) {
        Chain chain = map.chain(id).orElseThrow();
        return new EditChain(chain.withName(name, nameEn), "chain.rename");
    }

    /** Gives the chain {@code id} another colour ({@code null} for an automatic one). */
    public static EditChain recolour(RegionMap map, String id, String color) {
        Chain chain = map.chain(id).orElseThrow();
        return new EditChain(chain.withColor(color), "chain.recolour");
    }

    @Override
    public Description describe(RegionMap map) {
        Chain before = map.chain(edited.id()).orElse(edited);
        return Description.of(key, Lookup.nameOf(before), Lookup.nameOf(edited));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain before = Lookup.chain(map, edited.id());
        Chain after = new Chain(
                before.id(),
                Lookup.name(edited.name()),
                Lookup.optional(edited.nameEn()),
                Lookup.color(edited.color()),
                Lookup.optional(edited.chief()),
                Lookup.optional(edited.leadOffice()),
                Lookup.optional(edited.hostPark()),
                before.segments(),
                before.lists(),
                before.pins(),
                edited.provenance(),
                before.extra());
        Plan plan = new Plan(map);
        plan.replaceChain(after);
        return plan.change();
    }
}
