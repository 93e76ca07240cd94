package org.chainmap.edit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.edit.Change.Part;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;

/**
 * Puts many supply links into the map at once, as an import brings them: in their order, each pair
 * {@code (before, after)} with a {@code before} replaces that link as {@link EditLink} would, one without adds
 * {@code after} as {@link AddLink} would, with the same checks and refusals. The same as those commands one
 * after another, but linear: links are found by value and by flow (supplier, customer, product) in indexes,
 * and the map is copied once.
 *
 * @param puts the links: {@code [before, after]}, {@code before} {@code null} for a new link
 */
public record PutLinks(List<SupplyLink[]> puts) implements Batch {

    /** Copies the list. */
    public PutLinks {
        puts = List.copyOf(puts);
    }

    @Override
    public int size() {
        return puts.size();
    }

    @Override
    public Description describe(RegionMap map) {
        if (puts.size() == 1) {
            SupplyLink[] put = puts.get(0);
            return put[0] != null ? new EditLink(put[0], put[1]).describe(map) : new AddLink(put[1]).describe(map);
        }
        return Description.of("links.put", puts.size());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Plan plan = new Plan(map);
        List<SupplyLink> current = plan.links();
        Map<SupplyLink, Integer> position = new HashMap<>();
        Map<List<String>, Integer> flows = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            position.putIfAbsent(current.get(i), i);
            flows.merge(flow(current.get(i)), 1, Integer::sum);
        }
        for (SupplyLink[] put : puts) {
            SupplyLink before = put[0];
            SupplyLink after = Objects.requireNonNull(put[1], "link");
            if (before == null) {
                SupplyLink added = Links.checked(map, after);
                if (flows.getOrDefault(flow(added), 0) > 0) {
                    throw exists(map, after);
                }
                plan.add(Part.LINKS, added);
                position.putIfAbsent(added, current.size() - 1);
                flows.merge(flow(added), 1, Integer::sum);
                continue;
            }
            Integer index = position.get(before);
            if (index == null) {
                throw new EditRefusedException(
                        "refused.link.missing", Links.firmName(map, before.from()), Links.firmName(map, before.to()));
            }
            SupplyLink changed = Links.checked(map, after);
            int same = flows.getOrDefault(flow(changed), 0) - (Links.sameFlow(before, changed) ? 1 : 0);
            if (same > 0) {
                throw exists(map, after);
            }
            plan.replace(Part.LINKS, index, changed);
            if (!before.equals(changed)) {
                position.remove(before);
                position.putIfAbsent(changed, index);
                flows.merge(flow(before), -1, Integer::sum);
                flows.merge(flow(changed), 1, Integer::sum);
            }
        }
        return plan.change();
    }

    private static List<String> flow(SupplyLink link) {
        return Arrays.asList(link.from(), link.to(), link.product());
    }

    private static EditRefusedException exists(RegionMap map, SupplyLink link) {
        return new EditRefusedException(
                "refused.link.exists", Links.firmName(map, link.from()), Links.firmName(map, link.to()));
    }
}
