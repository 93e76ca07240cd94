package org.chainmap.ui.map;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;
import org.chainmap.ui.gesture.Picks;

/**
 * The firms and segments picked on the map, kept in step with the window's selection: the selection is
 * always one of the picks (the last picked), a plain click or a selection made elsewhere (the chain list,
 * the columns) picks it alone, clearing the selection clears the picks, and an edit that takes a firm or
 * segment away, or a switch to another chain, drops it from the picks.
 */
public final class SelectionPicks {

    private final MainViewModel model;
    private final Picks picks = new Picks();
    /** Whether a change of the picks or of the selection is being passed on to the other. */
    private boolean syncing;

    SelectionPicks(MainViewModel model) {
        this.model = model;
        model.selectionProperty().addListener((o, was, now) -> {
            if (!syncing && !model.applying()) {
                follow(now);
            }
        });
        model.selectedChainProperty().addListener((o, was, now) -> {
            if (!model.applying()) {
                picks.clear();
            }
        });
        model.revisionProperty().addListener((o, was, now) -> prune());
        picks.addListener(() -> {
            if (!syncing) {
                lead();
            }
        });
    }

    /** The picks. */
    public Picks picks() {
        return picks;
    }

    /** Adds {@code selected} to the picks, or takes it out: a click with Shift or Ctrl. */
    void toggle(Selection selected) {
        boolean picked;
        syncing = true;
        try {
            picked = selected instanceof Selection.OfEnterprise firm
                    ? picks.toggleFirm(firm.enterprise().id())
                    : picks.toggleSegment(selected.segment().id());
        } finally {
            syncing = false;
        }
        if (picked) {
            select(selected);
        } else {
            lead();
        }
    }

    /** Picks {@code firms} alone (Ctrl+A: every card of the chain). */
    public void pickFirms(Collection<String> firms) {
        syncing = true;
        try {
            picks.clear();
            picks.addFirms(firms);
        } finally {
            syncing = false;
        }
        lead();
    }

    /** The selection picked alone, or picks that now hold no selection. */
    private void follow(Selection now) {
        syncing = true;
        try {
            if (now == null) {
                picks.clear();
            } else if (now instanceof Selection.OfEnterprise firm) {
                if (!picks.hasFirm(firm.enterprise().id())) {
                    picks.only(firm.enterprise().id(), null);
                }
            } else if (!picks.hasSegment(now.segment().id())) {
                picks.only(null, now.segment().id());
            }
        } finally {
            syncing = false;
        }
    }

    /** Makes the selection one of the picks: it stays if it is one, else the last firm (or segment) picked. */
    private void lead() {
        Selection selected = model.selection().orElse(null);
        if (selected instanceof Selection.OfEnterprise firm
                        && picks.hasFirm(firm.enterprise().id())
                || selected instanceof Selection.OfSegment segment
                        && picks.hasSegment(segment.segment().id())) {
            return;
        }
        List<String> firms = picks.firms();
        List<String> segments = picks.segments();
        Optional<Selection> next = !firms.isEmpty()
                ? ofFirm(firms.get(firms.size() - 1))
                : segments.isEmpty()
                        ? Optional.empty()
                        : model.segment(segments.get(segments.size() - 1)).map(Selection.OfSegment::new);
        select(next.orElse(null));
    }

    /** The firm {@code id} as a selection, in the box of its main segment. */
    public Optional<Selection> ofFirm(String id) {
        Optional<Enterprise> firm = model.map().flatMap(map -> map.enterprise(id));
        return firm.flatMap(f -> model.segment(f.mainSegment()).map(s -> new Selection.OfEnterprise(f, s)));
    }

    private void select(Selection selected) {
        syncing = true;
        try {
            model.select(selected);
        } finally {
            syncing = false;
        }
    }

    /** Drops from the picks what an edit took away or moved out of the chain shown. */
    private void prune() {
        RegionMap map = model.map().orElse(null);
        Chain chain = model.selectedChain().orElse(null);
        if (map == null || chain == null) {
            picks.clear();
            return;
        }
        syncing = true;
        try {
            picks.retain(
                    firm -> map.enterprise(firm)
                            .map(f -> chain.segments().stream()
                                    .anyMatch(s -> f.segments().contains(s.id())))
                            .orElse(false),
                    segment -> chain.segments().stream().anyMatch(s -> s.id().equals(segment)));
        } finally {
            syncing = false;
        }
        model.selection().ifPresentOrElse(this::follow, this::lead);
    }
}
