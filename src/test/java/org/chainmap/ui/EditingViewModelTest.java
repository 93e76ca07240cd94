package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.GapKind;
import org.chainmap.edit.EditEnterprise;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing through the window's state: each change shows everywhere at once, and undo and redo follow. */
class EditingViewModelTest {

    private MainViewModel model;
    private RegionMap opened;

    @BeforeEach
    void openHengyang() {
        model = new MainViewModel(I18n.CHINESE);
        assertThat(model.open(Path.of("maps/hengyang.json")).ok()).isTrue();
        opened = model.map().orElseThrow();
        model.selectChain(model.chains().stream()
                .filter(chain -> chain.id().equals("power"))
                .findFirst()
                .orElseThrow());
    }

    private Selection.OfEnterprise selectFirm(String id) {
        Enterprise firm = opened.enterprise(id).orElseThrow();
        Selection.OfEnterprise selected = new Selection.OfEnterprise(
                firm, opened.segment(firm.mainSegment()).orElseThrow());
        model.select(selected);
        return selected;
    }

    @Test
    void aChangeKeepsTheChainAndTheSelectionAndUpdatesTheGaps() {
        selectFirm("tbea-hy");
        String segment = "power.silicon-steel";
        assertThat(model.gaps().ofSegment(segment, GapKind.MISSING)).isNotEmpty();
        List<Long> revisions = new ArrayList<>();
        model.revisionProperty().addListener((property, old, now) -> revisions.add(now.longValue()));

        assertThat(model.perform(new MoveEnterprise("tbea-hy", null, segment))).isEmpty();

        assertThat(revisions).hasSize(1);
        assertThat(model.map().orElseThrow().enterprise("tbea-hy").orElseThrow().mainSegment())
                .isEqualTo(segment);
        assertThat(model.gaps().ofSegment(segment, GapKind.MISSING))
                .as("the gap closed")
                .isEmpty();
        assertThat(model.selectedChain().orElseThrow().id()).isEqualTo("power");
        assertThat(model.selectedChain().orElseThrow())
                .isSameAs(model.map().orElseThrow().chain("power").orElseThrow());
        Selection selection = model.selection().orElseThrow();
        assertThat(selection).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(((Selection.OfEnterprise) selection).enterprise().mainSegment())
                .isEqualTo(segment);
        assertThat(model.titleProperty().get()).contains("*hengyang.json");
        assertThat(model.edits().undoableProperty().get().text(I18n.CHINESE)).startsWith("移动 ");

        model.undo();
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
        assertThat(model.gaps().ofSegment(segment, GapKind.MISSING)).isNotEmpty();
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(model.titleProperty().get()).doesNotContain("*");
        assertThat(model.statusProperty().get()).contains("已撤销：移动 ");

        model.redo();
        assertThat(model.map().orElseThrow().enterprise("tbea-hy").orElseThrow().mainSegment())
                .isEqualTo(segment);
        assertThat(revisions).hasSize(3);
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() {
        assertThat(model.perform(EditEnterprise.rename(opened, "tbea-hy", " "))).hasValue("名称不能为空。");
        assertThat(model.map().orElseThrow()).isSameAs(opened);
        assertThat(model.edits().undoableProperty().get()).isNull();
        assertThat(model.statusProperty().get()).endsWith("名称不能为空。");
    }

    @Test
    void aDeletedSelectionIsCleared() {
        selectFirm("tbea-hy");
        model.perform(new org.chainmap.edit.DeleteEnterprise("tbea-hy"));
        assertThat(model.selection()).isEmpty();
        model.undo();
        assertThat(model.map().orElseThrow().enterprise("tbea-hy")).isPresent();
    }

    @Test
    void openingAnotherMapStartsANewHistory() {
        model.perform(EditEnterprise.rename(opened, "tbea-hy", "特变电工"));
        assertThat(model.edits().isDirty()).isTrue();
        model.open(Path.of("maps/hengyang.json"));
        assertThat(model.edits().isDirty()).isFalse();
        assertThat(model.edits().undoableProperty().get()).isNull();
        assertThat(model.map().orElseThrow()).isEqualTo(opened);
    }

    /**
     * A firm's edit keeps the map's chains, so the list of chains is not put anew (each of the chain list's cells was
     * made again, on the JavaFX thread before the edit's frame); a chain's edit, and its undo, put them anew.
     */
    @Test
    void theChainsListChangesOnlyWhenAChainDoes() {
        List<String> changes = new ArrayList<>();
        model.chains().addListener((javafx.collections.ListChangeListener<org.chainmap.model.Chain>)
                change -> changes.add(model.chains().get(0).name()));
        model.perform(new MoveEnterprise("tbea-hy", null, "power.silicon-steel"));
        model.undo();
        assertThat(changes).isEmpty();

        String first = model.chains().get(0).id();
        model.perform(org.chainmap.edit.EditChain.rename(model.map().orElseThrow(), first, "改名的链", "Renamed"));
        assertThat(changes).containsExactly("改名的链");
        assertThat(model.chains()).isEqualTo(model.map().orElseThrow().chains());
    }
}
