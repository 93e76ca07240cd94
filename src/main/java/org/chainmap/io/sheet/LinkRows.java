package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.LINK_CERTAINTY;
import static org.chainmap.io.sheet.Column.LINK_CUSTOMER;
import static org.chainmap.io.sheet.Column.LINK_ID;
import static org.chainmap.io.sheet.Column.LINK_NOTE;
import static org.chainmap.io.sheet.Column.LINK_PRODUCT;
import static org.chainmap.io.sheet.Column.LINK_SOURCE;
import static org.chainmap.io.sheet.Column.LINK_SUPPLIER;
import static org.chainmap.io.sheet.Column.LINK_VALUE;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.model.Certainty;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Provenance;
import org.chainmap.model.SupplyLink;

/**
 * Rows of supply links: a supplier and a customer, each named by id, credit code or name (firms added by the
 * same import count), and what is supplied. A row updates the link with its id, else the link of the same
 * supplier, customer and product; any other row adds a link.
 */
final class LinkRows {

    private final Incoming incoming;
    private final Map<String, Integer> firmRefused;
    private final Map<String, Integer> rowOf = new HashMap<>();

    /**
     * Reads links into {@code incoming}.
     *
     * @param firmRefused the names of firms whose rows were refused, by name key, with the row: a link to one of
     *     them says so
     */
    LinkRows(Incoming incoming, Map<String, Integer> firmRefused) {
        this.incoming = incoming;
        this.firmRefused = firmRefused;
    }

    RowOutcome read(RowReader row) {
        String fromText = Rows.required(row, LINK_SUPPLIER);
        String toText = Rows.required(row, LINK_CUSTOMER);
        Enterprise from = fromText == null ? null : firm(row, LINK_SUPPLIER, fromText);
        Enterprise to = toText == null ? null : firm(row, LINK_CUSTOMER, toText);
        String label = (fromText == null ? "?" : fromText) + " \u2192 " + (toText == null ? "?" : toText);
        if (from != null && to != null && from.id().equals(to.id())) {
            row.refuse(LINK_CUSTOMER, "row.linkSelf");
        }
        String product = row.text(LINK_PRODUCT);
        Long value = row.amount(LINK_VALUE);
        Certainty certainty = row.certainty(LINK_CERTAINTY);
        SupplyLink before = from == null || to == null || row.refused() ? null : before(row, from, to, product);
        if (row.refused()) {
            return Changes.refused(row, SheetKind.LINKS, label);
        }
        Provenance provenance = Rows.provenance(
                before == null ? null : before.provenance(), certainty, row.text(LINK_SOURCE), row.text(LINK_NOTE));
        SupplyLink after = new SupplyLink(
                before != null ? before.id() : row.text(LINK_ID),
                from.id(),
                to.id(),
                row.given(LINK_PRODUCT) || before == null ? product : before.product(),
                value != null ? value : before == null ? null : before.value(),
                provenance,
                before == null ? null : before.extra(),
                before == null ? null : before.planned());
        rowOf.put(key(after), row.number());
        incoming.putLink(after);
        Changes changes = new Changes();
        if (before != null) {
            changes.field(LINK_PRODUCT, before.product(), after.product())
                    .field(LINK_VALUE, before.value(), after.value());
            Rows.provenanceChanges(
                    changes, before.provenance(), after.provenance(), LINK_CERTAINTY, LINK_SOURCE, LINK_NOTE);
        }
        return changes.outcome(row, SheetKind.LINKS, from.name() + " \u2192 " + to.name(), before);
    }

    /** The link the row is about, by id or by its supplier, customer and product; {@code null} for a new one. */
    private SupplyLink before(RowReader row, Enterprise from, Enterprise to, String product) {
        String id = row.text(LINK_ID);
        SupplyLink found = null;
        if (id != null) {
            found = incoming.link(id).orElse(null);
            if (found != null && (!found.from().equals(from.id()) || !found.to().equals(to.id()))) {
                row.refuse(LINK_ID, "row.linkEnds", id);
            } else if (found == null && !Incoming.wellFormed(id)) {
                row.refuse(LINK_ID, "row.idMalformed", id);
            } else if (found == null && incoming.taken(id)) {
                row.refuse(LINK_ID, "row.idTaken", id);
            }
        }
        if (found == null) {
            found = incoming.flow(from.id(), to.id(), product).orElse(null);
            if (found != null && id != null && found.id() != null && !found.id().equals(id)) {
                row.refuse(LINK_ID, "row.linkExists", found.id());
            }
        }
        Integer earlier = rowOf.get(from.id() + "\u0000" + to.id() + "\u0000" + product);
        if (earlier != null) {
            row.refuse(null, "row.duplicate", earlier);
        }
        return found;
    }

    private static String key(SupplyLink link) {
        return link.from() + "\u0000" + link.to() + "\u0000" + link.product();
    }

    /** The firm a cell names: by id, credit code or name; refuses the row when none or several. */
    private Enterprise firm(RowReader row, Column column, String text) {
        Enterprise byId = incoming.firm(text).orElse(null);
        if (byId != null) {
            return byId;
        }
        List<String> byCode = incoming.firmsWithCode(text.toUpperCase(Locale.ROOT));
        List<String> candidates = byCode.isEmpty() ? incoming.firmsNamed(text) : byCode;
        if (candidates.size() == 1) {
            return incoming.firm(candidates.get(0)).orElseThrow();
        }
        if (candidates.size() > 1) {
            row.refuse(column, "row.firmAmbiguous", text, candidates.size());
        } else if (firmRefused.containsKey(Incoming.nameKey(text))) {
            row.refuse(column, "row.firmRefused", text, firmRefused.get(Incoming.nameKey(text)));
        } else {
            row.refuse(column, "row.firmUnknown", text);
        }
        return null;
    }
}
