package org.chainmap.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.search.Hit;
import org.chainmap.search.SearchIndex;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.Selection;
import org.chainmap.ui.TestMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search of the open map, without a screen: one index per map, and going to a hit selects it. */
class MapSearchTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private MapSearch search;

    @BeforeEach
    void openSmallMap() throws IOException {
        model = new MainViewModel(I18n.CHINESE);
        search = new MapSearch(model, false);
        assertThat(search.indexProperty().get()).as("no map, no index").isNull();
        model.open(TestMaps.writeSmall(dir));
    }

    @Test
    void indexesEachMapShown() {
        SearchIndex first = search.indexProperty().get();
        assertThat(first.map()).isSameAs(model.map().orElseThrow());
        assertThat(search.find("tbdg")).extracting(Hit::id).first().isEqualTo("tbea");
        RegionMap other = TestMaps.small().withEnterprises(List.of());
        model.show(new MapDocument(other, null, "other.json", List.of()));
        assertThat(search.indexProperty().get()).isNotSameAs(first);
        assertThat(search.indexProperty().get().map()).isSameAs(other);
        assertThat(search.find("tbdg")).isEmpty();
    }

    @Test
    void findsByCreditCode() {
        assertThat(search.find(TestMaps.LEADER_CREDIT_CODE.substring(0, 8)))
                .extracting(Hit::id)
                .containsExactly("tbea");
    }

    @Test
    void goingToAFirmSelectsItInItsMainSegmentAndItsChain() {
        model.selectChain(model.chains().get(1));
        Hit firm = search.find("tbdg").get(0);
        assertThat(search.goTo(firm)).isEqualTo(MapSearch.Shown.SELECTION);
        assertThat(model.selectedChain()).map(Chain::id).hasValue("power");
        Selection selected = model.selection().orElseThrow();
        assertThat(((Selection.OfEnterprise) selected).enterprise().id()).isEqualTo("tbea");
        assertThat(selected.segment().id()).isEqualTo("power.transformer");
    }

    @Test
    void goingToASegmentSelectsItInItsChain() {
        Hit segment = search.find("spjg").get(0);
        assertThat(segment.kind()).isEqualTo(Hit.Kind.SEGMENT);
        assertThat(search.goTo(segment)).isEqualTo(MapSearch.Shown.SELECTION);
        assertThat(model.selectedChain()).map(Chain::id).hasValue("food");
        assertThat(model.selection())
                .hasValue(new Selection.OfSegment(model.segment("food.process").orElseThrow()));
    }

    @Test
    void goingToAChainSelectsItAndNothingInIt() {
        model.select(new Selection.OfSegment(model.segment("power.grid").orElseThrow()));
        Hit chain = search.find("绿色食品").get(0);
        assertThat(search.goTo(chain)).isEqualTo(MapSearch.Shown.CHAIN);
        assertThat(model.selectedChain()).map(Chain::id).hasValue("food");
        assertThat(model.selection()).isEmpty();
    }

    @Test
    void aHitNoLongerInTheMapOrOnNoChainSelectsNothing() {
        Chain before = model.selectedChain().orElseThrow();
        Hit gone = new Hit(
                Hit.Kind.ENTERPRISE, "gone", "已注销", Hit.Field.NAME, Hit.Closeness.EXACT, "power", "power.grid", true);
        Hit nowhere = new Hit(Hit.Kind.ENTERPRISE, "tbea", "特变", Hit.Field.NAME, Hit.Closeness.EXACT, null, null, true);
        assertThat(search.goTo(gone)).isEqualTo(MapSearch.Shown.NOTHING);
        assertThat(search.goTo(nowhere)).isEqualTo(MapSearch.Shown.NOTHING);
        assertThat(model.selectedChain()).hasValue(before);
        assertThat(model.selection()).isEmpty();
    }

    /**
     * After an edit of a large map the index is built only once the edit's provisional painter is made (decision
     * 0058): the painter is asked here, as the map's view asks for it in the edit's event, and held.
     */
    @Test
    void afterAnEditTheIndexWaitsForTheEditsPainter() throws InterruptedException {
        MapSearch background = new MapSearch(model, true, run -> run.run());
        awaitIndex(background, model.map().orElseThrow());
        model.afterEdits().backgroundFrom(0);
        AtomicReference<Runnable> painterMade = new AtomicReference<>();
        model.documentProperty()
                .addListener((o, was, now) -> painterMade.compareAndSet(
                        null, model.afterEdits().painterFirst().asked()));
        model.perform(new MoveEnterprise("tbea", null, "power.steel"));
        RegionMap edited = model.map().orElseThrow();

        for (int i = 0; i < 6000 && !background.waitingForPainter(); i++) {
            Thread.sleep(10);
        }
        assertThat(background.waitingForPainter())
                .as("the build waits for the painter")
                .isTrue();
        assertThat(background.indexProperty().get()).isNull();
        painterMade.get().run();
        awaitIndex(background, edited);
        assertThat(background.find("tbdg")).extracting(Hit::id).first().isEqualTo("tbea");
    }

    private static void awaitIndex(MapSearch search, RegionMap map) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            SearchIndex index = search.indexProperty().get();
            if (index != null && index.map() == map) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no index of the map");
    }
}
