package org.chainmap.edit;

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
        return parts.size() == 1 ? parts.get(0).describe(map) : description;
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Change all = Change.NONE;
        RegionMap current = map;
        for (Command part : parts) {
            Change change = part.plan(current);
            current = change.applyTo(current);
            all = all.then(change);
        }
        return all;
    }
}
