package org.chainmap.edit;

import java.util.Objects;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;

/**
 * Sets the presentation the planner arranged (which steps of which chains, in what order, with notes), as
 * Presentation ▸ Arrange… does; {@link Presentation#NONE} goes back to the whole story. A step must name
 * what its kind shows ({@link org.chainmap.model.MapValidator}'s rule), or the command is refused.
 *
 * @param presentation the presentation the map has afterwards
 */
public record SetPresentation(Presentation presentation) implements Command {

    /** Checks the field. */
    public SetPresentation {
        Objects.requireNonNull(presentation, "presentation");
    }

    @Override
    public Description describe(RegionMap map) {
        return Description.of(presentation.arranged() ? "presentation.set" : "presentation.clear");
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        for (Presentation.Step step : presentation.steps()) {
            boolean complete = !step.step().ofChain()
                    || step.chain() != null
                            && (!step.step().onSegment() || step.segment() != null)
                            && (!step.step().onFeed() || step.from() != null && step.to() != null);
            if (!complete) {
                throw new EditRefusedException(
                        "refused.step.incomplete", step.step().id());
            }
        }
        Plan plan = new Plan(map);
        plan.replace(Change.Part.PRESENTATION, 0, presentation);
        return plan.change();
    }
}
