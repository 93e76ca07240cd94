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

    static RegionMap read(String json) {
        LoadResult result = MapReader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        return result.map().orElseThrow();
    }

    static ComparedMap compared() {
        return ComparedMap.of(MapComparer.compare(read(SteelYear.OLD), read(SteelYear.NEW)));
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
        // now, too few (weak, opened): one mark, closed and weak now, not a tick and a flag; the transformer makers
        // bought all their steel from outside (broken feed,
        // closed) from one supplier (chokepoint, closed): both on the buying segment; the instrument makers were two
        // without one of size and are one now (weak, its evidence changed); the oil segment, gone, is no longer
        // missing.
        assertThat(marks.gaps())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "power.steel",
                        List.of(new CompareMarks.GapMark(Change.REMOVED, GapKind.MISSING, false, GapKind.WEAK)),
                        "power.transformer",
                        List.of(
                                new CompareMarks.GapMark(Change.REMOVED, GapKind.BROKEN),
                                new CompareMarks.GapMark(Change.REMOVED, GapKind.CHOKEPOINT)),
                        "power.ct",
                        List.of(new CompareMarks.GapMark(Change.CHANGED, GapKind.WEAK)),
                        "power.oil",
                        List.of(new CompareMarks.GapMark(Change.REMOVED, GapKind.MISSING))));
    }

    /**
     * A transformer maker feeds the grid segment, which had no local firm: missing and extend (延链) at once. A small
     * local grid builder came: both gaps closed, and the segment is weak now.
     */
    private static final String GRID_OLD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电", "segments": [
               {"id": "power.transformer", "name": "变压器", "stage": "midstream", "feeds": ["power.grid"]},
               {"id": "power.grid", "name": "配电网工程", "stage": "downstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]}],
             "links": []}
            """;

    private static final String GRID_NEW = GRID_OLD.replace(
            "\"tags\": [\"规上\"]}]",
            "\"tags\": [\"规上\"]},\n   {\"id\": \"g1\", \"name\": \"衡阳电建\", \"local\": true,"
                    + " \"segments\": [\"power.grid\"]}]");

    @Test
    void aMissingAndExtendSegmentThatGotOneSmallFirmIsOneMarkClosedWeakNowInEveryView() {
        ComparedMap compared = ComparedMap.of(MapComparer.compare(read(GRID_OLD), read(GRID_NEW)));
        var chain = compared.comparison().chain("power").orElseThrow();
        // the JSON's contract keeps every gap: missing and extend closed, weak opened
        assertThat(chain.closed()).extracting(gap -> gap.gap().kind()).contains(GapKind.MISSING, GapKind.EXTEND);
        assertThat(chain.opened()).extracting(gap -> gap.gap().kind()).containsExactly(GapKind.WEAK);
        // counted as shown: one gap closed, none opened (the compare bar's and the pictures' figures)
        assertThat(chain.closedSaid())
                .singleElement()
                .satisfies(gap -> assertThat(gap.gap().kind()).isEqualTo(GapKind.MISSING));
        assertThat(chain.openedSaid()).isEmpty();
        CompareMarks.GapMark one = new CompareMarks.GapMark(Change.REMOVED, GapKind.MISSING, true, GapKind.WEAK);
        // the map's marks, and the boxes' marks of the columns and the panorama
        Chain power = compared.map().chain("power").orElseThrow();
        ChainGeometry geometry = ChainLayouter.layout(compared.map(), power);
        assertThat(CompareMarks.of(compared, power, geometry).gaps()).containsEntry("power.grid", List.of(one));
        assertThat(CompareMarks.ofBoxes(compared, java.util.Set.of("power.grid"))
                        .gaps())
                .containsExactlyEntriesOf(Map.of("power.grid", List.of(one)));
        // drawn as one round mark: the tick on the weak colour in a green ring, in each theme
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.CONTRAST)) {
            RecordingPen pen = new RecordingPen(true);
            Rect box = geometry.segments().get("power.grid");
            ComparePainter.gapMarks(
                    pen,
                    new Viewport(0, 0, 1, 800, 600),
                    box,
                    ComparePainter.markRow(box, 1, 1, List.of()),
                    List.of(one),
                    theme);
            assertThat(pen.ovals())
                    .as(theme.name())
                    .containsExactly(theme.background(), ComparePainter.ADDED, theme.weak());
            assertThat(pen.strokes()).as(theme.name()).hasSize(1);
        }
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
