package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
