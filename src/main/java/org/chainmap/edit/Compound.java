package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.RegionMap;

/**
 * Several commands carried out as one change, undone in one step: deleting a selection, moving several
 * firms, an import. Each part is planned on the map the parts before it left; if one refuses, the whole
 * compound refuses and nothing changes.
 *
 * @param description what the Edit menu calls it
 * @param parts the commands, in order
 */
public record Compound(Description description, List<Command> parts) implements Command {

    /** Checks the fields and copies the parts. */
    public Compound {
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
    }

    @Override
    public Description describe(RegionMap map) {
        boolean one = parts.size() == 1 && !(parts.get(0) instanceof Batch batch && batch.size() > 1);
        return one ? parts.get(0).describe(map) : description;
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        List<Change.Step> steps = new ArrayList<>();
        RegionMap current = map;
        for (Command part : parts) {
            Change change = part.plan(current);
            current = change.applyTo(current);
            steps.addAll(change.steps()); // one list for all: joining changes two by two is quadratic
        }
        return Change.of(steps);
    }
}
