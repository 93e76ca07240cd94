package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;

/**
 * Adds an item to one of a chain's five lists (五单), or changes the item with the same id there. An item
 * may be tied to a segment of the map and is then shown on it.
 *
 * @param chainId the chain
 * @param kind the list
 * @param item the item; added at the end when the list has no item with its id
 */
public record PutListItem(String chainId, ListKind kind, ListItem item) implements Command {

    /** Checks the fields. */
    public PutListItem {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
    }

    @Override
    public Description describe(RegionMap map) {
        boolean exists = map.chain(chainId)
                .map(chain -> chain.lists().of(kind).stream()
                        .anyMatch(other -> other.id().equals(item.id())))
                .orElse(false);
        return Description.of(exists ? "list.edit" : "list.add", item.title());
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, chainId);
        String title = Lookup.name(item.title());
        if (item.segment() != null) {
            Lookup.segment(map, item.segment());
        }
        if (item.amount() != null && item.amount() < 0) {
            throw new EditRefusedException("refused.amount.negative");
        }
        ListItem put = new ListItem(
                item.id(),
                title,
                Lookup.optional(item.status()),
                item.amount(),
                item.year(),
                item.segment(),
                item.provenance(),
                item.extra());
        List<ListItem> items = new ArrayList<>(chain.lists().of(kind));
        int at = indexOf(items, item.id());
        if (at < 0) {
            Lookup.freshId(map, item.id());
            if (chain.lists().all().stream().anyMatch(other -> other.id().equals(item.id()))) {
                throw new EditRefusedException("refused.id.taken", item.id());
            }
            items.add(put);
        } else {
            items.set(at, put);
        }
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withLists(chain.lists().with(kind, items)));
        return plan.change();
    }

    static int indexOf(List<ListItem> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
