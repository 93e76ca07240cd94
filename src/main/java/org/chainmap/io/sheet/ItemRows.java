package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.ITEM_AMOUNT;
import static org.chainmap.io.sheet.Column.ITEM_CERTAINTY;
import static org.chainmap.io.sheet.Column.ITEM_CHAIN;
import static org.chainmap.io.sheet.Column.ITEM_ID;
import static org.chainmap.io.sheet.Column.ITEM_LIST;
import static org.chainmap.io.sheet.Column.ITEM_NOTE;
import static org.chainmap.io.sheet.Column.ITEM_SEGMENT;
import static org.chainmap.io.sheet.Column.ITEM_SOURCE;
import static org.chainmap.io.sheet.Column.ITEM_STATUS;
import static org.chainmap.io.sheet.Column.ITEM_TITLE;
import static org.chainmap.io.sheet.Column.ITEM_YEAR;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Certainty;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Provenance;

/**
 * Rows of the five lists (五单): a chain, a list and a title. A row updates the item with its id, else the
 * item of the same list with the same title; any other row adds an item at the end of its list.
 */
final class ItemRows {

    private final Incoming incoming;
    private final Map<String, Integer> rowOf = new HashMap<>();

    ItemRows(Incoming incoming) {
        this.incoming = incoming;
    }

    RowOutcome read(RowReader row) {
        String title = Rows.required(row, ITEM_TITLE);
        String chainText = Rows.required(row, ITEM_CHAIN);
        Chain chain = chainText == null ? null : incoming.chain(chainText).orElse(null);
        if (chainText != null && chain == null) {
            row.refuse(ITEM_CHAIN, "row.chainUnknown", chainText);
        }
        ListKind kind = row.listKind(ITEM_LIST);
        if (kind == null && !row.given(ITEM_LIST)) {
            row.refuseMissing(ITEM_LIST);
        }
        Long amount = row.amount(ITEM_AMOUNT);
        Integer year = row.year(ITEM_YEAR);
        Certainty certainty = row.certainty(ITEM_CERTAINTY);
        String segment = null;
        if (row.given(ITEM_SEGMENT) && chain != null) {
            SegmentNames.Found found = new SegmentNames(incoming).find(row.text(ITEM_SEGMENT), List.of(chain.id()));
            if (found.segment() == null) {
                row.refuse(ITEM_SEGMENT, found.problem(), row.text(ITEM_SEGMENT));
            } else {
                segment = found.segment().id();
            }
        }
        ListItem before = chain == null || kind == null || title == null ? null : before(row, chain, kind, title);
        if (row.refused()) {
            return Changes.refused(row, SheetKind.LISTS, title);
        }
        Provenance provenance = Rows.provenance(
                before == null ? null : before.provenance(), certainty, row.text(ITEM_SOURCE), row.text(ITEM_NOTE));
        ListItem after = new ListItem(
                before != null ? before.id() : newId(row, chain),
                title,
                row.given(ITEM_STATUS) || before == null ? row.text(ITEM_STATUS) : before.status(),
                amount != null ? amount : before == null ? null : before.amount(),
                year != null ? year : before == null ? null : before.year(),
                segment != null ? segment : before == null ? null : before.segment(),
                provenance,
                before == null ? null : before.extra());
        rowOf.put(after.id(), row.number());
        incoming.putItem(chain.id(), kind, after);
        Changes changes = new Changes();
        if (before != null) {
            changes.field(ITEM_TITLE, before.title(), after.title())
                    .field(ITEM_STATUS, before.status(), after.status())
                    .field(ITEM_AMOUNT, before.amount(), after.amount())
                    .field(ITEM_YEAR, before.year(), after.year())
                    .field(ITEM_SEGMENT, before.segment(), after.segment());
            Rows.provenanceChanges(
                    changes, before.provenance(), after.provenance(), ITEM_CERTAINTY, ITEM_SOURCE, ITEM_NOTE);
        }
        return changes.outcome(row, SheetKind.LISTS, title, before);
    }

    private String newId(RowReader row, Chain chain) {
        String id = row.text(ITEM_ID);
        return id != null ? id : incoming.newId(chain.id() + ".item-");
    }

    /** The item the row is about, by id or by title in its list; {@code null} for a new one. */
    private ListItem before(RowReader row, Chain chain, ListKind kind, String title) {
        String id = row.text(ITEM_ID);
        ListItem found = null;
        if (id != null) {
            Map.Entry<ListKind, ListItem> entry = incoming.item(chain.id(), id).orElse(null);
            if (entry != null && entry.getKey() != kind) {
                ListKind other = entry.getKey();
                row.refuse(
                        ITEM_LIST, "row.itemOtherList", id, (Message.Localized) locale -> Shown.value(other, locale));
            } else if (entry != null) {
                found = entry.getValue();
            } else if (!Incoming.wellFormed(id)) {
                row.refuse(ITEM_ID, "row.idMalformed", id);
            } else if (incoming.taken(id)) {
                row.refuse(ITEM_ID, "row.idTaken", id);
            }
        } else {
            String key = Incoming.nameKey(title);
            found = incoming.items(chain.id(), kind).stream()
                    .filter(item -> Incoming.nameKey(item.title()).equals(key))
                    .findFirst()
                    .orElse(null);
        }
        if (found != null && rowOf.containsKey(found.id())) {
            row.refuse(null, "row.duplicate", rowOf.get(found.id()));
        }
        return found;
    }
}
