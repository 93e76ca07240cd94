package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.Pins;
import org.chainmap.model.RegionMap;

/**
 * Sets the positions the user pinned in a chain's drawing, as dragging a box or a card within its column
 * does, or clears them.
 *
 * @param chainId the chain
 * @param pins the pins the chain has afterwards
 */
public record SetPins(String chainId, Pins pins) implements Command {

    /** Checks the fields. */
    public SetPins {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(pins, "pins");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(
                pins.isEmpty() ? "pins.clear" : "pins.set",
                map.chain(chainId).map(Lookup::nameOf).orElse(new Description.Name(chainId, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, chainId);
        for (Pins.SegmentPin pin : pins.segments().values()) {
            if (!Double.isFinite(pin.y()) || pin.y() < 0) {
                throw new EditRefusedException("refused.pin", String.valueOf(pin.y()));
            }
        }
        for (Pins.CardPin pin : pins.cards().values()) {
            if (pin.slot() < 0) {
                throw new EditRefusedException("refused.pin", String.valueOf(pin.slot()));
            }
        }
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withPins(pins));
        return plan.change();
    }
}
