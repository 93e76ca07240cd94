package org.chainmap.ui.find;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
 * JavaFX thread (a fraction of a second at 100,000 firms, most of it the pinyin dictionary's first load),
 * and the move to a hit: its chain selected, and the segment or firm in it. After an edit of a large map the index
 * is built once the edit's provisional painter is made, at most {@link #PAINTER_FIRST} later: on two cores a build
 * of 100,000 firms' index beside the painter held the edit's frame back (decision 0058, issue 17 item 9).
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

    /** How long the index's build waits at most for an edit's provisional painter. */
    static final Duration PAINTER_FIRST = Duration.ofSeconds(2);

    private final MainViewModel model;
    private final boolean background;
    /** Hands the index built over to the JavaFX thread. */
    private final Consumer<Runnable> handOver;
    /** Whether a build is waiting for an edit's painter (tests). */
    private volatile boolean waitingForPainter;

    private final ReadOnlyObjectWrapper<SearchIndex> index = new ReadOnlyObjectWrapper<>(this, "index");

    /** The search of {@code model}'s open map, whose index is built in the background. */
    public MapSearch(MainViewModel model) {
        this(model, true);
    }

    /** The search of {@code model}'s open map; tests without a JavaFX thread build the index at once. */
    MapSearch(MainViewModel model, boolean background) {
        this(model, background, Platform::runLater);
    }

    /** As above, the index built in the background handed over by {@code handOver} (tests without JavaFX). */
    MapSearch(MainViewModel model, boolean background, Consumer<Runnable> handOver) {
        this.model = model;
        this.background = background;
        this.handOver = handOver;
        model.documentProperty().addListener((o, was, now) -> build());
        build();
    }

    /** The index of the open map; {@code null} while it is built, or when no map is open. */
    ReadOnlyObjectProperty<SearchIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The best hits of {@code query} in the open map; none while the index is built. */
    List<Hit> find(String query) {
        SearchIndex ready = index.get();
        return ready == null ? List.of() : ready.find(query);
    }

    private void build() {
        index.set(null);
        RegionMap map = model.map().orElse(null);
        if (map == null) {
            return;
        }
        if (!background) {
            index.set(SearchIndex.of(map));
            return;
        }
        Thread builder = new Thread(
                () -> {
                    waitingForPainter = true;
                    try {
                        model.afterEdits().painterFirst().await(PAINTER_FIRST);
                    } finally {
                        waitingForPainter = false;
                    }
                    SearchIndex built = SearchIndex.of(map);
                    handOver.accept(() -> {
                        if (model.map().orElse(null) == map) {
                            index.set(built);
                        }
                    });
                },
                "chainmap-search-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Whether a build of the index is waiting for an edit's painter (tests). */
    boolean waitingForPainter() {
        return waitingForPainter;
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
