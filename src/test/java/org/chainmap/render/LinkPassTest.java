package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.layout.ChainGeometry;
import org.junit.jupiter.api.Test;

/** Which links a view draws: all when few; when crowded, those between cards in view and those in focus. */
class LinkPassTest {

    private static final Viewport VIEW = new Viewport(0, 0, 1, 100, 100);

    private static ChainGeometry.LinkRoute route(String from, String to, double[]... points) {
        return new ChainGeometry.LinkRoute(from, to, List.of(points), ChainGeometry.Kind.FORWARD);
    }

    private final ChainGeometry.LinkRoute inside = route("a", "b", new double[] {10, 10}, new double[] {90, 10});
    private final ChainGeometry.LinkRoute oneEnd = route("a", "c", new double[] {10, 20}, new double[] {500, 20});
    private final ChainGeometry.LinkRoute through =
            route("d", "e", new double[] {50, -500}, new double[] {50, 50}, new double[] {50, 600});

    @Test
    void aViewWithFewLinksDrawsThemAll() {
        for (ChainGeometry.LinkRoute route : List.of(inside, oneEnd, through)) {
            assertThat(LinkPass.drawn(route, VIEW, null, false, false)).isTrue();
            assertThat(LinkPass.drawn(route, VIEW, null, false, true)).isTrue();
        }
    }

    @Test
    void aCrowdedViewDrawsTheLinksBetweenItsCardsAndThoseInFocus() {
        assertThat(LinkPass.drawn(inside, VIEW, null, true, false)).isTrue();
        assertThat(LinkPass.drawn(oneEnd, VIEW, null, true, false)).isFalse();
        assertThat(LinkPass.drawn(through, VIEW, null, true, false)).isFalse();
        assertThat(LinkPass.drawn(through, VIEW, Set.of("d", "e"), true, false)).isTrue();
        assertThat(LinkPass.drawn(oneEnd, VIEW, Set.of("a"), true, false))
                .as("one end in focus")
                .isFalse();
    }

    @Test
    void farOutACrowdedViewDrawsOnlyTheFocus() {
        assertThat(LinkPass.drawn(inside, VIEW, null, true, true)).isFalse();
        assertThat(LinkPass.drawn(inside, VIEW, Set.of("a", "b"), true, true)).isTrue();
    }

    @Test
    void aTileOfAPictureDrawsTheLinksThePictureShowsThroughItNotItsOwnLevelOfDetail() {
        // More links than the budget, each running down the whole picture: a tile across their middles sees none
        // of their ends. The picture (whole) sees both ends of every one, so draws them all, and so must its tiles.
        List<ChainGeometry.LinkRoute> tall = new java.util.ArrayList<>();
        for (int i = 0; i < LinkPass.BUDGET + 100; i++) {
            tall.add(route("s" + i, "c" + i, new double[] {i, 0}, new double[] {i, 1000}));
        }
        ChainGeometry geometry = new ChainGeometry(
                List.of(), java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), 600, 1000, tall);
        LinkPass pass = new LinkPass(
                org.chainmap.model.RegionMap.empty(org.chainmap.model.Region.of("衡阳市", "430400")),
                geometry,
                java.util.Map.of(),
                Set.of());
        Viewport picture = new Viewport(0, 0, 1, 600, 1000);
        Viewport tile = new Viewport(0, 400, 1, 600, 200);

        RecordingPen alone = new RecordingPen(true);
        pass.paint(alone, tile, Theme.LIGHT, null, false);
        RecordingPen ofPicture = new RecordingPen(true);
        pass.paint(ofPicture, tile.tileOf(picture), Theme.LIGHT, null, false);

        assertThat(alone.calls())
                .as("a view of its own: crowded, no link between cards it sees")
                .doesNotContain("lineTo");
        assertThat(ofPicture.calls().stream().filter("lineTo"::equals).count())
                .as("a tile of the picture: every link")
                .isEqualTo(tall.size());
    }

    @Test
    void aLinkBetweenTwoCardsOfOneColumnIsDrawnSolidAndOpaqueNotAsAFaintCycle() {
        // Two cards one above the other in one column, a link from the upper to the lower (routed round the
        // side, so BACK), and a cycle from a card further right back to the upper one.
        Map<String, org.chainmap.layout.Rect> cards = Map.of(
                "up", new org.chainmap.layout.Rect(100, 100, 180, 26),
                "down", new org.chainmap.layout.Rect(100, 140, 180, 26),
                "right", new org.chainmap.layout.Rect(500, 100, 180, 26));
        ChainGeometry.LinkRoute inColumn = new ChainGeometry.LinkRoute(
                "up",
                "down",
                List.of(new double[] {280, 113}, new double[] {300, 113}, new double[] {300, 153}, new double[] {
                    280, 153
                }),
                ChainGeometry.Kind.BACK);
        ChainGeometry.LinkRoute cycle = new ChainGeometry.LinkRoute(
                "right",
                "up",
                List.of(new double[] {680, 113}, new double[] {700, 90}, new double[] {90, 90}, new double[] {100, 113
                }),
                ChainGeometry.Kind.BACK);
        org.chainmap.model.Enterprise local = org.chainmap.model.Enterprise.of("x", "本地", true, List.of("s"));
        Map<String, org.chainmap.model.Enterprise> firms = Map.of("up", local, "down", local, "right", local);
        Viewport view = new Viewport(0, 0, 4, 3200, 1000);

        RecordingPen pen = new RecordingPen(true);
        new LinkPass(
                        org.chainmap.model.RegionMap.empty(org.chainmap.model.Region.of("衡阳市", "430400")),
                        new ChainGeometry(
                                List.of(), Map.of(), cards, List.of(), List.of(), 800, 300, List.of(inColumn)),
                        firms,
                        Set.of())
                .paint(pen, view, Theme.LIGHT, null, false);
        assertThat(pen.strokes()).isNotEmpty().allSatisfy(stroke -> {
            assertThat(stroke.dashed()).as("solid").isFalse();
            assertThat(stroke.paint()).as("the colour of a link forward").isEqualTo(Theme.LIGHT.link());
        });

        RecordingPen cyclePen = new RecordingPen(true);
        new LinkPass(
                        org.chainmap.model.RegionMap.empty(org.chainmap.model.Region.of("衡阳市", "430400")),
                        new ChainGeometry(List.of(), Map.of(), cards, List.of(), List.of(), 800, 300, List.of(cycle)),
                        firms,
                        Set.of())
                .paint(cyclePen, view, Theme.LIGHT, null, false);
        assertThat(cyclePen.strokes())
                .as("a cycle stays faint and dashed")
                .anySatisfy(stroke -> assertThat(stroke.dashed()).isTrue());
    }
}
