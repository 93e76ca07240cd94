package org.chainmap.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chainmap.edit.AddEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
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

    @Test
    void anEditOfFirmsBringsTheLastIndexUpToDateForTheFirmsItTouched() {
        SearchIndex first = search.indexProperty().get();
        Enterprise firm = model.map().orElseThrow().enterprise("tbea").orElseThrow();
        model.perform(new AddEnterprise(Enterprise.of("tbea2", "湘江新材料", true, firm.segments())));

        SearchIndex after = search.indexProperty().get();
        assertThat(after.map()).isSameAs(model.map().orElseThrow());
        assertThat(after.layered())
                .as("a layer of the touched firms over the arrays built")
                .isEqualTo(1);
        assertThat(search.find("xjxcl")).extracting(Hit::id).containsExactly("tbea2");
        assertThat(after.find("tbdg")).isEqualTo(first.find("tbdg"));
    }
}
