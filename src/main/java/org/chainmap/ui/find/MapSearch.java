package org.chainmap.ui.find;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.search.Hit;
import org.chainmap.search.SearchIndex;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.Selection;

/**
 * The search of the open map: its {@link SearchIndex}, built once each time another map is shown, off the
 * JavaFX thread (a fraction of a second at 100,000 firms, most of it the pinyin dictionary's first load), and
 * after an edit brought up to date for the firms it touched (decision 0067); and the move to a hit: its chain
 * selected, and the segment or firm in it.
 */
public final class MapSearch {

    /** What {@link #goTo} selected, and so what the map should show. */
    public enum Shown {
        /** A chain, with nothing selected in it: show it whole. */
        CHAIN,
        /** A segment or a firm in its chain: show it large. */
        SELECTION,
        /** Nothing: the hit is on no chain's map (a firm in no segment), or no longer in the open map. */
        NOTHING
    }

    private final MainViewModel model;
    private final boolean background;
    /** A layer of more firms than this is merged into an index built anew in the background. */
    static final int MERGE_FROM = 1_024;

    private final ReadOnlyObjectWrapper<SearchIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    /** The map an index is being built for in the background; {@code null} for none. */
    private RegionMap building;

    /** The search of {@code model}'s open map, whose index is built in the background. */
    public MapSearch(MainViewModel model) {
        this(model, true);
    }

    /** The search of {@code model}'s open map; tests without a JavaFX thread build the index at once. */
    MapSearch(MainViewModel model, boolean background) {
        this.model = model;
        this.background = background;
        model.documentProperty().addListener((o, was, now) -> build());
        build();
    }

    /**
     * The index of the open map, or the last one while that is built after an edit; {@code null} while the first
     * index of a map just opened is built, or when no map is open.
     */
    ReadOnlyObjectProperty<SearchIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The best hits of {@code query} in the open map; none while the index is built. */
    List<Hit> find(String query) {
        SearchIndex ready = index.get();
        return ready == null ? List.of() : ready.find(query);
    }

    /**
     * Follows the open map: an edit's map gets the last index brought up to it for the firms the edit touched
     * (decision 0067), at once; another map, or an edit the last index cannot follow (of the chains, or past the
     * layer's size), gets an index built in the background, meanwhile the last one answering when the map is an
     * edit of its map.
     */
    private void build() {
        RegionMap map = model.map().orElse(null);
        SearchIndex last = index.get();
        if (map == null) {
            index.set(null);
            return;
        }
        if (last != null && last.map() == map) {
            return;
        }
        Optional<List<Object>> touched =
                last == null ? Optional.empty() : model.afterEdits().trail().touched(last.map(), map);
        Optional<SearchIndex> derived = touched.flatMap(records -> last.after(map, records));
        if (derived.isPresent()) {
            index.set(derived.get());
            if (derived.get().layered() > MERGE_FROM) {
                buildAnew(map); // merged off the edit's path; the layer answers meanwhile
            }
            return;
        }
        if (touched.isEmpty()) {
            index.set(null); // another map: nothing of the last one answers for it
        }
        buildAnew(map);
    }

    /** Builds the index of {@code map} in the background, unless one is under way: that one is brought up to date. */
    private void buildAnew(RegionMap map) {
        if (!background) {
            arrived(SearchIndex.of(map));
            return;
        }
        if (building != null) {
            return; // the index under way is brought up to the open map when it arrives
        }
        building = map;
        Thread builder = new Thread(
                () -> {
                    SearchIndex built = SearchIndex.of(map);
                    Platform.runLater(() -> {
                        building = null;
                        arrived(built);
                    });
                },
                "chainmap-search-index");
        builder.setDaemon(true);
        builder.setPriority(Thread.MIN_PRIORITY);
        builder.start();
    }

    /**
     * An index built for {@code built}'s map: brought up to the open map when edits came since; when it cannot be
     * (another map opened, the chains edited since), the open map's is built in turn.
     */
    private void arrived(SearchIndex built) {
        RegionMap map = model.map().orElse(null);
        if (map == null) {
            return;
        }
        Optional<SearchIndex> now = built.map() == map
                ? Optional.of(built)
                : model.afterEdits().trail().touched(built.map(), map).flatMap(records -> built.after(map, records));
        if (now.isPresent()) {
            index.set(now.get());
        } else if (index.get() == null || index.get().map() != map) {
            buildAnew(map);
        }
    }

    /**
     * Selects what {@code hit} names in the open map: its chain, and in it the segment, or the firm as seen
     * in its main segment's box.
     */
    public Shown goTo(Hit hit) {
        Optional<RegionMap> map = model.map();
        Optional<Chain> chain =
                map.flatMap(m -> Optional.ofNullable(hit.chainId()).flatMap(m::chain));
        if (chain.isEmpty()) {
            return Shown.NOTHING;
        }
        Optional<Segment> segment =
                Optional.ofNullable(hit.segmentId()).flatMap(id -> map.get().segment(id));
        Selection selection = null;
        if (hit.kind() == Hit.Kind.SEGMENT && segment.isPresent()) {
            selection = new Selection.OfSegment(segment.get());
        } else if (hit.kind() == Hit.Kind.ENTERPRISE && segment.isPresent()) {
            Optional<Enterprise> firm = map.get().enterprise(hit.id());
            if (firm.isEmpty()) {
                return Shown.NOTHING;
            }
            selection = new Selection.OfEnterprise(firm.get(), segment.get());
        } else if (hit.kind() != Hit.Kind.CHAIN) {
            return Shown.NOTHING;
        }
        model.selectChain(chain.get());
        model.select(selection);
        return selection == null ? Shown.CHAIN : Shown.SELECTION;
    }
}
