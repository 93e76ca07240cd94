package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;

/**
 * Deletes an item from one of a chain's five lists.
 *
 * @param chainId the chain
 * @param kind the list
 * @param itemId the item's id
 */
public record DeleteListItem(String chainId, ListKind kind, String itemId) implements Command {

    /** Checks the fields. */
    public DeleteListItem {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
    }

    @Override
    public Description describe(RegionMap map) {
        String title = map.chain(chainId).stream()
                .flatMap(chain -> chain.lists().of(kind).stream())
                .filter(item -> item.id().equals(itemId))
                .map(ListItem::title)
                .findFirst()
                .orElse(itemId);
        return Description.of("list.delete", title);
    }

    @Override
    public Change plan(RegionMap map) throws EditRefusedException {
        Chain chain = Lookup.chain(map, chainId);
        List<ListItem> items = new ArrayList<>(chain.lists().of(kind));
        int at = PutListItem.indexOf(items, itemId);
        if (at < 0) {
            throw new EditRefusedException("refused.item.missing", itemId);
        }
        items.remove(at);
        Plan plan = new Plan(map);
        plan.replaceChain(chain.withLists(chain.lists().with(kind, items)));
        return plan.change();
    }
}
