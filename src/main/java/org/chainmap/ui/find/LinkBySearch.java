package org.chainmap.ui.find;

import org.chainmap.edit.AddLink;
import org.chainmap.edit.NewIds;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.chainmap.search.Hit;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;

/**
 * Supply links to firms anywhere in the map, found by name or pinyin: Edit ▸ Link to a supplier… and Link
 * to a customer… open Find to pick the other firm, which may be in another chain (a drag on the map only
 * reaches the firms drawn in the chain shown), and the link is one undoable change.
 */
public final class LinkBySearch {

    private final MainViewModel model;
    private final SearchPane search;

    public LinkBySearch(MainViewModel model, SearchPane search) {
        this.model = model;
        this.search = search;
    }

    /** Whether a firm is selected, which a link starts from. */
    public boolean ready() {
        return model.selection().orElse(null) instanceof Selection.OfEnterprise;
    }

    /**
     * Asks for the firm on the other end of a link of the selected firm: its supplier when {@code supplier},
     * else its customer.
     */
    public void link(boolean supplier) {
        if (!(model.selection().orElse(null) instanceof Selection.OfEnterprise selected)) {
            return;
        }
        Enterprise firm = selected.enterprise();
        String prompt = model.texts().text(supplier ? "link.pickSupplier" : "link.pickCustomer", firm.name());
        search.pickFirm(prompt, hit -> {
            if (hit.kind() != Hit.Kind.ENTERPRISE) {
                return;
            }
            RegionMap map = model.map().orElseThrow();
            String from = supplier ? hit.id() : firm.id();
            String to = supplier ? firm.id() : hit.id();
            model.perform(new AddLink(new SupplyLink(NewIds.link(map, from, to), from, to, null, null, null, null)));
        });
    }
}
