package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.GapKind;
import org.chainmap.compare.Change;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * Which card, box and link of a compared chain gets which mark, worked out by hand on a small map: a year in which a
 * local steel firm came (the missing steel segment closed, now weak; the transformer makers no longer buy all their
 * steel from outside), an instrument-transformer maker left, another was renamed, and the oil segment was dropped.
 */
class CompareMarksTest {

    static final String OLD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电", "segments": [
               {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
               {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
               {"id": "power.ct", "name": "互感器", "stage": "midstream"},
               {"id": "power.oil", "name": "变压器油", "stage": "upstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "t2", "name": "衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "ct", "name": "南方互感器", "local": true, "segments": ["power.ct"]},
               {"id": "gone", "name": "旧互感器厂", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]}],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"},
                       {"from": "gone", "to": "t1"}]}
            """;

    static final String NEW =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电", "segments": [
               {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
               {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
               {"id": "power.ct", "name": "互感器", "stage": "midstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "t2", "name": "衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "ct", "name": "南方互感器有限公司", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]},
               {"id": "hysteel", "name": "衡阳硅钢", "local": true, "segments": ["power.steel"]}],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"},
                       {"from": "hysteel", "to": "t1"}]}
            """;

    static RegionMap read(String json) {
        LoadResult result = MapReader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.map().orElseThrow();
    }

    static ComparedMap compared() {
        return ComparedMap.of(MapComparer.compare(read(OLD), read(NEW)));
    }

    @Test
    void theRemovedFirmSegmentAndLinkComeBackAsGhosts() {
        ComparedMap compared = compared();
        assertThat(compared.ghostFirms()).containsExactly("gone");
        assertThat(compared.ghostSegments()).containsExactly("power.oil");
        assertThat(compared.ghostLinks()).singleElement().satisfies(link -> {
            assertThat(link.from()).isEqualTo("gone");
            assertThat(link.to()).isEqualTo("t1");
        });
        assertThat(compared.map().enterprise("gone").orElseThrow().segments()).containsExactly("power.ct");
    }

    @Test
    void eachCardBoxAndLinkGetsItsMark() {
        ComparedMap compared = compared();
        Chain chain = compared.map().chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(compared.map(), chain);
        CompareMarks marks = CompareMarks.of(compared, chain, geometry);

        // The firms: the steel maker added, the instrument maker that left a ghost, the one renamed changed;
        // the transformer makers and Baosteel as they were, unmarked.
        assertThat(marks.cards())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("hysteel", Change.ADDED, "gone", Change.REMOVED, "ct", Change.CHANGED));
        // The ghost stands where it stood: in its old segment's box.
        Rect ct = geometry.segments().get("power.ct");
        Rect gone = geometry.cards().get("gone");
        assertThat(gone.x()).isBetween(ct.x(), ct.right());
        assertThat(gone.y()).isBetween(ct.y(), ct.bottom());
        // The oil segment dropped is a ghost box; the others are unmarked.
        assertThat(marks.boxes()).containsExactlyEntriesOf(Map.of("power.oil", Change.REMOVED));
        // The links: the new steel supply added, the old instrument maker's removed, Baosteel's unmarked.
        assertThat(marks.links()).hasSize(2);
        marks.links().forEach((index, change) -> {
            ChainGeometry.LinkRoute route = geometry.links().get(index);
            assertThat(List.of(route.supplier(), route.customer(), change))
                    .isIn(List.of("hysteel", "t1", Change.ADDED), List.of("gone", "t1", Change.REMOVED));
        });
        // The gaps, on the box each is about: the steel segment had no local firm (missing, closed) and has one
        // now, too few (weak, opened); the transformer makers bought all their steel from outside (broken feed,
        // closed) from one supplier (chokepoint, closed): both on the buying segment; the instrument makers were two
        // without one of size and are one now (weak, its evidence changed); the oil segment, gone, is no longer
        // missing.
        assertThat(marks.gaps())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "power.steel",
                        List.of(
                                new CompareMarks.GapMark(Change.REMOVED, GapKind.MISSING),
                                new CompareMarks.GapMark(Change.ADDED, GapKind.WEAK)),
                        "power.transformer",
                        List.of(
                                new CompareMarks.GapMark(Change.REMOVED, GapKind.BROKEN),
                                new CompareMarks.GapMark(Change.REMOVED, GapKind.CHOKEPOINT)),
                        "power.ct",
                        List.of(new CompareMarks.GapMark(Change.CHANGED, GapKind.WEAK)),
                        "power.oil",
                        List.of(new CompareMarks.GapMark(Change.REMOVED, GapKind.MISSING))));
    }

    @Test
    void thePanoramaMarksTheBoxesOnly() {
        ComparedMap compared = compared();
        CompareMarks marks = CompareMarks.ofBoxes(
                compared, new java.util.LinkedHashSet<>(List.of("power.steel", "power.oil", "power.ct")));
        assertThat(marks.cards()).isEmpty();
        assertThat(marks.links()).isEmpty();
        assertThat(marks.boxes()).containsExactlyEntriesOf(Map.of("power.oil", Change.REMOVED));
        assertThat(marks.gaps()).containsOnlyKeys("power.steel", "power.oil", "power.ct");
    }
}
