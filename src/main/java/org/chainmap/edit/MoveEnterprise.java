package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Moves a firm from one of its segments to another, keeping its place in the firm's list (moving the main
 * segment makes the new one main), as dragging its card into another segment box does. A firm already in
 * the target segment just leaves the first one.
 *
 * @param id the firm
 * @param from the segment it leaves; {@code null} for its main segment
 * @param to the segment it goes to
 */
public record MoveEnterprise(String id, String from, String to) implements Command {

    /** Checks the ids. */
    public MoveEnterprise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public Description describe(RegionMap map) {
        String name = map.enterprise(id).map(Enterprise::name).orElse(id);
        return Description.of(
                "enterprise.move", name, map.segment(to).map(Lookup::nameOf).orElse(new Description.Name(to, null)));
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Enterprise firm = Lookup.enterprise(map, id);
        Lookup.segment(map, to);
        List<String> segments = new ArrayList<>(firm.segments());
        String leaving = from != null ? from : firm.mainSegment();
        int at = segments.indexOf(leaving);
        if (leaving == null || at < 0) {
            segments.add(0, to); // a firm in no segment: the new one becomes its main segment
        } else if (segments.contains(to)) {
            if (leaving.equals(to)) {
                return Change.NONE;
            }
            segments.remove(at);
        } else {
            segments.set(at, to);
        }
        Plan plan = new Plan(map);
        plan.replaceEnterprise(firm.withSegments(segments));
        plan.prunePins();
        return plan.change();
    }
}
