package org.chainmap.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The five lists (五单) of a chain: goals, projects under construction, investment-promotion projects,
 * problems and research results.
 *
 * @param items the items of each list; a kind with no items maps to an empty list
 * @param extra fields of the file's {@code lists} object that this program does not know
 */
public record ChainLists(Map<ListKind, List<ListItem>> items, Extras extra) {

    /** Five empty lists. */
    public static final ChainLists EMPTY = new ChainLists(Map.of(), Extras.NONE);

    /** Makes every list present and immutable. */
    public ChainLists {
        Objects.requireNonNull(items, "items");
        EnumMap<ListKind, List<ListItem>> copy = new EnumMap<>(ListKind.class);
        for (ListKind kind : ListKind.values()) {
            copy.put(kind, List.copyOf(items.getOrDefault(kind, List.of())));
        }
        items = java.util.Collections.unmodifiableMap(copy);
        extra = extra == null ? Extras.NONE : extra;
    }

    /** The items of one list. */
    public List<ListItem> of(ListKind kind) {
        return items.get(kind);
    }

    /** Whether all five lists are empty and there are no unknown fields. */
    public boolean isEmpty() {
        return items.values().stream().allMatch(List::isEmpty) && extra.isEmpty();
    }

    /** All items of all lists, list by list. */
    public List<ListItem> all() {
        return items.values().stream().flatMap(List::stream).toList();
    }

    /** These lists with {@code newItems} as the list of {@code kind}. */
    public ChainLists with(ListKind kind, List<ListItem> newItems) {
        java.util.EnumMap<ListKind, List<ListItem>> changed = new java.util.EnumMap<>(items);
        changed.put(kind, newItems);
        return new ChainLists(changed, extra);
    }
}
