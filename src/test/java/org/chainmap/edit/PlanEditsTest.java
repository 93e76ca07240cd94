package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.ElementKind;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.junit.jupiter.api.Test;

/** Setting and clearing the planned status, and keeping snapshots, as undoable edits. */
class PlanEditsTest {

    private static final String MAP =
            """
            { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
              "chains": [ { "id": "c", "name": "测试链", "segments": [
                  { "id": "c.a", "name": "原料", "stage": "upstream", "feeds": ["c.b"] },
                  { "id": "c.b", "name": "部件", "stage": "midstream" } ] } ],
              "enterprises": [
                { "id": "f1", "name": "甲", "local": true, "segments": ["c.a"] },
                { "id": "f2", "name": "乙", "local": true, "segments": ["c.b"] } ],
              "links": [ { "from": "f1", "to": "f2" } ] }
            """;

    private static RegionMap map() {
        return MapReader.read(MAP.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
    }

    @Test
    void settingAndClearingAFirmsStatusIsUndoneExactly() throws EditRefusedException {
        RegionMap before = map();
        History history = new History(before);

        history.perform(new SetPlanned(ElementKind.ENTERPRISE, "f2", PlanStatus.SIGNED));
        assertThat(history.map().enterprise("f2").orElseThrow().planned()).isEqualTo(PlanStatus.SIGNED);
        assertThat(history.nextUndo().orElseThrow().description().text(Locale.ENGLISH))
                .isEqualTo("Mark 乙 as signed");
        assertThat(history.nextUndo().orElseThrow().description().text(Locale.CHINESE))
                .isEqualTo("将 乙 标为已签约");
        RegionMap signed = history.map();

        history.perform(new SetPlanned(ElementKind.ENTERPRISE, "f2", null));
        assertThat(history.map().enterprise("f2").orElseThrow().isPlanned()).isFalse();

        history.undo();
        assertThat(history.map()).isEqualTo(signed);
        history.undo();
        assertThat(history.map()).isEqualTo(before);
        history.redo();
        assertThat(history.map()).isEqualTo(signed);
    }

    @Test
    void settingASegmentsAndALinksStatusIsUndoneExactly() throws EditRefusedException {
        RegionMap before = map();
        History history = new History(before);
        history.perform(new SetPlanned(ElementKind.SEGMENT, "c.b", PlanStatus.ATTRACT));
        history.perform(new SetLinkPlanned(before.links().get(0), PlanStatus.BUILDING));
        assertThat(history.map().segment("c.b").orElseThrow().planned()).isEqualTo(PlanStatus.ATTRACT);
        assertThat(history.map().links().get(0).planned()).isEqualTo(PlanStatus.BUILDING);
        assertThat(history.map().chains().get(0).segments().get(0))
                .isEqualTo(before.segment("c.a").orElseThrow());
        history.undo();
        history.undo();
        assertThat(history.map()).isEqualTo(before);
    }

    @Test
    void aStatusOfSomethingTheMapDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> new SetPlanned(ElementKind.SEGMENT, "c.x", PlanStatus.ATTRACT).plan(map()))
                .isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> new SetPlanned(ElementKind.ENTERPRISE, "f9", null).plan(map()))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void editingAPlannedFirmsFieldsKeepsItsStatus() throws EditRefusedException {
        History history = new History(map());
        history.perform(new SetPlanned(ElementKind.ENTERPRISE, "f2", PlanStatus.BUILDING));
        history.perform(EditEnterprise.rename(history.map(), "f2", "乙（新）"));
        history.perform(EditEnterprise.markLocal(history.map(), "f2", false));
        Enterprise firm = history.map().enterprise("f2").orElseThrow();
        assertThat(firm.name()).isEqualTo("乙（新）");
        assertThat(firm.planned()).isEqualTo(PlanStatus.BUILDING);
    }

    @Test
    void aSnapshotOfTheSameDayReplacesTheFirstAndIsUndoneExactly() throws EditRefusedException {
        RegionMap before = map();
        History history = new History(before);
        Snapshot first = new Snapshot("2026-12-06", "上午", List.of(), Extras.NONE);
        Snapshot second = new Snapshot("2026-12-06", "下午", List.of(), Extras.NONE);
        history.perform(new PutSnapshot(first));
        RegionMap once = history.map();
        history.perform(new PutSnapshot(second));
        assertThat(history.map().snapshots().taken()).containsExactly(second);
        history.perform(new SetSnapshotOnSave(true));
        assertThat(history.map().snapshots().onSave()).isTrue();
        history.undo();
        history.undo();
        assertThat(history.map()).isEqualTo(once);
        history.undo();
        assertThat(history.map()).isEqualTo(before);
        assertThatThrownBy(() -> new PutSnapshot(new Snapshot("2026-13-01", null, List.of(), Extras.NONE)).plan(before))
                .isInstanceOf(EditRefusedException.class);
    }
}
