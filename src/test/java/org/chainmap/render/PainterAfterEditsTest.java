package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.Command;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.edit.RandomCommands;
import org.chainmap.io.MapReader;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's painter after an edit ({@link ChainPainter#after}), which keeps what the edit did not reach of the
 * painter before it, paints exactly what a painter made whole paints: after random edits, undos and redos, on the
 * layout from before them (as the window draws while a large chain is laid out again) and on a new one, with the
 * analysis from before the edit and the new one, at the three zoom levels.
 */
class PainterAfterEditsTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aPainterAfterEditsPaintsWhatAWholePainterPaints(long seed) {
        RegionMap start = seed % 2 == 0 ? HENGYANG : RegionGenerator.generate(600, seed);
        Chain chain = SampleMaps.largest(start);
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        ChainGeometry geometry = ChainLayouter.layout(start, chain);
        ChainReport report = report(start, chain.id());
        ChainPainter painter = new ChainPainter(start, chain, geometry, report);
        int kept = 0;
        for (int i = 0; i < 60; i++) {
            RegionMap before = history.map();
            Command command = random.nextBoolean() ? commands.next(before) : moveInChain(before, chain.id(), random);
            List<Object> touched;
            try {
                var done = history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain shown = map.chain(chain.id()).orElse(null);
            if (shown == null || shown.segments().isEmpty()) {
                return; // the chain is gone: nothing left to draw
            }
            // At once: the edited map on the layout and the analysis from before it.
            ChainPainter atOnce = ChainPainter.after(painter, map, shown, geometry, report, touched);
            assertSamePainting(atOnce, new ChainPainter(map, shown, geometry, report), geometry, command + ", at once");
            // The analysis comes: the same map and layout.
            report = report(map, shown.id());
            ChainPainter analysed = ChainPainter.after(atOnce, map, shown, geometry, report, List.of());
            assertSamePainting(
                    analysed, new ChainPainter(map, shown, geometry, report), geometry, command + ", analysed");
            kept += atOnce.parts().links() == painter.parts().links() ? 1 : 0;
            painter = analysed;
            if (i % 5 == 0) { // the layout comes
                geometry = ChainLayouter.layout(map, shown);
                painter = ChainPainter.after(painter, map, shown, geometry, report, List.of());
                assertSamePainting(
                        painter, new ChainPainter(map, shown, geometry, report), geometry, command + ", laid out");
            }
        }
        assertThat(kept).as("edits that kept the link pass").isGreaterThan(10);
    }

    /**
     * The painter on a provisional geometry ({@link PlacedPainter}, decision 0045), made from the painter before the
     * edit, paints what a painter made whole on that geometry paints, with the same bands, after random edits, undos
     * and redos, each geometry made from the one before it, with the analysis before the edit and the new one.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void aPainterOnAProvisionalGeometryPaintsWhatAWholePainterPaints(long seed) {
        RegionMap start = seed % 2 == 0 ? HENGYANG : RegionGenerator.generate(600, seed);
        Chain chain = SampleMaps.largest(start);
        History history = new History(start);
        RandomCommands commands = new RandomCommands(seed);
        Random random = new Random(seed);
        ChainGeometry geometry = ChainLayouter.layout(start, chain);
        ChainReport report = report(start, chain.id());
        ChainPainter painter = new ChainPainter(start, chain, geometry, report);
        int placedPasses = 0;
        int labelsKept = 0;
        int labelsPatched = 0;
        for (int i = 0; i < 50; i++) {
            RegionMap before = history.map();
            Command command = random.nextBoolean() ? commands.next(before) : moveInChain(before, chain.id(), random);
            List<Object> touched;
            try {
                var done = history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain shown = map.chain(chain.id()).orElse(null);
            if (shown == null || shown.segments().isEmpty()) {
                return;
            }
            var placed = org.chainmap.layout.ProvisionalPlacement.of(geometry, before, map, shown, touched);
            if (placed.isEmpty()) { // the chain's segments changed: laid out again
                geometry = ChainLayouter.layout(map, shown);
                report = report(map, shown.id());
                painter = new ChainPainter(map, shown, geometry, report);
                continue;
            }
            geometry = placed.get().geometry();
            ChainPainter atOnce = PlacedPainter.of(painter, map, shown, placed.get(), report, touched);
            ChainPainter whole = new ChainPainter(map, shown, geometry, report);
            assertSamePainting(atOnce, whole, geometry, command + ", placed at once");
            assertThat(atOnce.parts().marks().bands())
                    .isEqualTo(whole.parts().marks().bands());
            placedPasses += atOnce.parts().links() != painter.parts().links()
                            && !placed.get().moved().isEmpty()
                            && touched.stream().noneMatch(org.chainmap.model.SupplyLink.class::isInstance)
                    ? 1
                    : 0;
            // The stub labels, kept or patched, are those made over all links, in their order (issue 17 item 9).
            assertThat(withoutFirst(atOnce.parts().links().stubLabels()))
                    .as(command + ", stub labels")
                    .containsExactlyElementsOf(
                            withoutFirst(whole.parts().links().stubLabels()));
            labelsKept += atOnce.parts().links() != painter.parts().links()
                            && atOnce.parts().links().stubLabels()
                                    == painter.parts().links().stubLabels()
                    ? 1
                    : 0;
            labelsPatched += atOnce.parts().links() != painter.parts().links()
                            && atOnce.parts().links().stubLabels()
                                    != painter.parts().links().stubLabels()
                    ? 1
                    : 0;
            report = report(map, shown.id());
            painter = PlacedPainter.of(atOnce, map, shown, placed.get(), report, List.of());
            assertSamePainting(
                    painter, new ChainPainter(map, shown, geometry, report), geometry, command + ", analysed");
        }
        assertThat(placedPasses)
                .as("moves whose link pass was made from the one before")
                .isGreaterThan(5);
        assertThat(labelsKept)
                .as("link passes made from the one before that kept its stub labels (no stub taken away or added)")
                .isGreaterThan(0);
        if (seed % 2 == 1) { // on Hengyang's largest chain seed 2's edits take away and add no stub
            assertThat(labelsPatched)
                    .as("link passes made from the one before that patched its stub labels")
                    .isGreaterThan(0);
        }
    }

    /**
     * Provisional edits one after the other faster than the layout (each painter made from the provisional painter
     * before it, with the analysis from before the edits, as the window's painter thread makes them), some moving
     * several firms at once, some changing a drawn firm in place: the painter made from the one before keeps what a
     * painter made whole has, part for part (the cards' arrays, the drawn firms, the boxes' counts, the bands, the
     * stub labels), paints what it paints, and shares the drawn firms under a layer of the changed ones (issue 17
     * item 9). The layout comes now and then.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void chainedProvisionalEditsKeepWhatAWholePainterHas(long seed) {
        RegionMap start = seed % 2 == 0 ? HENGYANG : RegionGenerator.generate(800, seed);
        Chain chain = SampleMaps.largest(start);
        History history = new History(start);
        Random random = new Random(seed);
        ChainGeometry geometry = ChainLayouter.layout(start, chain);
        ChainReport report = report(start, chain.id());
        ChainPainter painter = new ChainPainter(start, chain, geometry, report);
        int derived = 0;
        int layered = 0;
        int several = 0;
        int inPlace = 0;
        for (int i = 0; i < 45; i++) {
            RegionMap before = history.map();
            int kind = random.nextInt(6);
            Command command = kind == 0
                    ? moveSeveral(before, chain.id(), random)
                    : kind == 1 ? recode(before, chain.id(), random) : moveInChain(before, chain.id(), random);
            List<Object> touched;
            try {
                var done = history.perform(command);
                if (done.isEmpty()) {
                    continue;
                }
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain shown = map.chain(chain.id()).orElseThrow();
            var placed = org.chainmap.layout.ProvisionalPlacement.of(geometry, before, map, shown, touched)
                    .orElseThrow();
            geometry = placed.geometry();
            ChainPainter atOnce = PlacedPainter.of(painter, map, shown, placed, report, touched);
            ChainPainter whole = new ChainPainter(map, shown, geometry, report);
            assertSameParts(atOnce.parts(), whole.parts(), command.toString());
            assertSamePainting(atOnce, whole, geometry, command + ", chained");
            derived += atOnce.parts().links() != painter.parts().links()
                            && !placed.moved().isEmpty()
                    ? 1
                    : 0;
            layered += atOnce.parts().firms() instanceof DrawnFirms ? 1 : 0;
            several += placed.moved().size() > 1 ? 1 : 0;
            inPlace += placed.moved().isEmpty()
                            && atOnce.parts().firms() != painter.parts().firms()
                    ? 1
                    : 0;
            painter = atOnce;
            if (i % 15 == 14) { // the layout and the analysis come
                geometry = ChainLayouter.layout(map, shown);
                report = report(map, shown.id());
                painter = ChainPainter.after(painter, map, shown, geometry, report, List.of());
            }
        }
        assertThat(derived).as("link passes made from the one before").isGreaterThan(10);
        assertThat(layered)
                .as("painters whose drawn firms are a layer on the ones before")
                .isGreaterThan(10);
        assertThat(several).as("edits that moved several firms").isGreaterThan(0);
        assertThat(inPlace).as("edits that changed a drawn firm in place").isGreaterThan(0);
    }

    /**
     * Provisional edits one after the other that remove or add links: a firm of the chain deleted with its links,
     * that undone and redone, links added, removed and planned between its firms, now and then a move. The painter
     * made from the one before keeps what a painter made whole has, part for part, and paints what it paints; its
     * link pass is made from the one before, not whole (issue 17 item 9).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void chainedDeletesUndosAndLinkEditsKeepWhatAWholePainterHas(long seed) {
        RegionMap start = seed % 2 == 0 ? HENGYANG : RegionGenerator.generate(800, seed);
        Chain chain = SampleMaps.largest(start);
        History history = new History(start);
        Random random = new Random(seed);
        ChainGeometry geometry = ChainLayouter.layout(start, chain);
        ChainReport report = report(start, chain.id());
        ChainPainter painter = new ChainPainter(start, chain, geometry, report);
        int derivedOverLinks = 0;
        int shiftedTallies = 0;
        for (int i = 0; i < 60; i++) {
            RegionMap before = history.map();
            int kind = random.nextInt(7);
            List<Object> touched;
            String edit;
            try {
                var done = kind == 0
                        ? history.undo()
                        : kind == 1 ? history.redo() : history.perform(linkEdit(before, chain.id(), random, kind));
                if (done.isEmpty()) {
                    continue;
                }
                edit = done.get().description().toString();
                touched = done.get().change().touched();
            } catch (EditRefusedException refused) {
                continue;
            }
            RegionMap map = history.map();
            Chain shown = map.chain(chain.id()).orElseThrow();
            var placed = org.chainmap.layout.ProvisionalPlacement.of(geometry, before, map, shown, touched)
                    .orElseThrow();
            geometry = placed.geometry();
            ChainPainter atOnce = PlacedPainter.of(painter, map, shown, placed, report, touched);
            ChainPainter whole = new ChainPainter(map, shown, geometry, report);
            assertSameParts(atOnce.parts(), whole.parts(), edit);
            assertSamePainting(atOnce, whole, geometry, edit + ", links edited");
            boolean linksEdited = touched.stream().anyMatch(org.chainmap.model.SupplyLink.class::isInstance);
            derivedOverLinks += atOnce.parts().links().derived() && linksEdited ? 1 : 0;
            shiftedTallies += atOnce.parts().tally().shifted() && linksEdited ? 1 : 0;
            painter = atOnce;
            if (i % 15 == 14) {
                geometry = ChainLayouter.layout(map, shown);
                report = report(map, shown.id());
                painter = ChainPainter.after(painter, map, shown, geometry, report, List.of());
            }
        }
        assertThat(derivedOverLinks)
                .as("edits of links whose link pass was made from the one before")
                .isGreaterThan(5);
        assertThat(shiftedTallies)
                .as("edits of links whose bands' tally was brought from the one before")
                .isGreaterThan(5);
    }

    /**
     * A firm of the chain deleted with its links, a link between two of its firms added, one of a firm's links
     * removed or its plan mark set or cleared; or a firm moved.
     */
    private static Command linkEdit(RegionMap map, String chainId, Random random, int kind) {
        List<Enterprise> firms = map.enterprisesOfChain(chainId);
        Enterprise one = firms.get(random.nextInt(firms.size()));
        Enterprise other = firms.get(random.nextInt(firms.size()));
        List<org.chainmap.model.SupplyLink> links = new ArrayList<>();
        for (int p : map.linkPositions(one.id())) {
            links.add(map.links().get(p));
        }
        if (kind == 2) {
            return new org.chainmap.edit.DeleteEnterprise(one.id());
        }
        if (kind == 3 || links.isEmpty()) {
            return new org.chainmap.edit.AddLink(org.chainmap.model.SupplyLink.of(one.id(), other.id(), "test"));
        }
        org.chainmap.model.SupplyLink link = links.get(random.nextInt(links.size()));
        if (kind == 4) {
            return new org.chainmap.edit.DeleteLink(link);
        }
        if (kind == 5) {
            return new org.chainmap.edit.SetLinkPlanned(
                    link, link.isPlanned() ? null : org.chainmap.model.PlanStatus.ATTRACT);
        }
        return moveInChain(map, chainId, random);
    }

    /** The parts of a painter made from the one before are those of one made whole. */
    private static void assertSameParts(PaintedChain kept, PaintedChain whole, String after) {
        assertThat(kept.cards().ids())
                .as(after + ", card ids")
                .containsExactly(whole.cards().ids());
        assertThat(kept.cards().hashes())
                .as(after + ", card hashes")
                .containsExactly(whole.cards().hashes());
        assertThat(kept.cardFirms()).as(after + ", card firms").containsExactly(whole.cardFirms());
        assertThat(kept.cardRects()).as(after + ", card rectangles").containsExactly(whole.cardRects());
        assertThat(kept.cardBounds()).as(after + ", card bounds").containsExactly(whole.cardBounds());
        assertThat(kept.firms()).as(after + ", drawn firms").isEqualTo(whole.firms());
        assertThat(kept.firms())
                .as(after + ", drawn firms' size")
                .hasSize(whole.firms().size());
        assertThat(counts(kept.marks())).as(after + ", counts").isEqualTo(counts(whole.marks()));
        assertThat(kept.marks().bands())
                .as(after + ", bands")
                .isEqualTo(whole.marks().bands());
        for (org.chainmap.layout.SegmentBands.Band band : whole.marks().bands()) {
            assertThat(kept.tally().links(band.from(), band.to()))
                    .as("%s, the places of the links from %s to %s", after, band.from(), band.to())
                    .containsExactly(whole.tally().links(band.from(), band.to()));
        }
        assertThat(withoutFirst(kept.links().stubLabels()))
                .as(after + ", stub labels")
                .containsExactlyElementsOf(withoutFirst(whole.links().stubLabels()));
    }

    private static java.util.Map<String, List<Integer>> counts(ChainMarks marks) {
        java.util.Map<String, List<Integer>> counts = new java.util.TreeMap<>();
        marks.counts().forEach((segment, count) -> counts.put(segment, List.of(count[0], count[1])));
        return counts;
    }

    /** Two or three firms of the chain put into other segments of it at once. */
    private static Command moveSeveral(RegionMap map, String chainId, Random random) {
        Chain chain = map.chain(chainId).orElseThrow();
        List<Enterprise> firms = map.enterprisesOfChain(chainId);
        List<Enterprise> moved = new ArrayList<>();
        for (int n = 2 + random.nextInt(2); n > 0; n--) {
            Enterprise firm = firms.get(random.nextInt(firms.size()));
            if (moved.stream().noneMatch(other -> other.id().equals(firm.id()))) {
                String to = chain.segments()
                        .get(random.nextInt(chain.segments().size()))
                        .id();
                moved.add(firm.withSegments(List.of(to)));
            }
        }
        return new org.chainmap.edit.PutEnterprises(moved);
    }

    /** A firm of the chain given another industry code: drawn in place, its card's firm replaced. */
    private static Command recode(RegionMap map, String chainId, Random random) {
        List<Enterprise> firms = map.enterprisesOfChain(chainId);
        Enterprise firm = firms.get(random.nextInt(firms.size()));
        return new org.chainmap.edit.EditEnterprise(
                firm.withIndustryCode("C" + (3000 + random.nextInt(900))), "enterprise.industryCode");
    }

    /** The labels as words, without their first stubs' indexes (the order of one style's links may differ). */
    private static List<String> withoutFirst(Object[] labels) {
        return Arrays.stream(labels)
                .map(label -> label.toString().replaceAll(", first=\\d+", ""))
                .toList();
    }

    /** A firm of the chain moved to another of its segments, as dragging its card does. */
    private static Command moveInChain(RegionMap map, String chainId, Random random) {
        Chain chain = map.chain(chainId).orElseThrow();
        List<Enterprise> firms = map.enterprisesOfChain(chainId);
        if (firms.isEmpty() || chain.segments().isEmpty()) {
            return new MoveEnterprise("none", null, "none");
        }
        Enterprise firm = firms.get(random.nextInt(firms.size()));
        return new MoveEnterprise(
                firm.id(),
                null,
                chain.segments().get(random.nextInt(chain.segments().size())).id());
    }

    private static ChainReport report(RegionMap map, String chainId) {
        return GapAnalysis.of(map).stream()
                .filter(r -> r.chain().equals(chainId))
                .findFirst()
                .orElseThrow();
    }

    private static void assertSamePainting(
            ChainPainter kept, ChainPainter whole, ChainGeometry geometry, String after) {
        double width = Math.max(geometry.width(), 1);
        double height = Math.max(geometry.height(), 1);
        for (double scale : new double[] {1, 0.3, 0.02}) {
            Viewport view = new Viewport(0, 0, scale, width * scale, height * scale);
            assertThat(painted(kept, view)).as("%s, scale %s", after, scale).isEqualTo(painted(whole, view));
        }
    }

    /** What a painter asks a pen to do, in words: its calls, texts, fills and strokes. */
    private static List<String> painted(ChainPainter painter, Viewport view) {
        RecordingPen pen = new RecordingPen(false);
        painter.paint(pen, view, Theme.LIGHT, PaintWords.CHINESE);
        List<String> painted = new ArrayList<>(pen.calls());
        pen.texts().forEach(text -> painted.add(Arrays.deepToString(text)));
        pen.fills().forEach(fill -> painted.add(fill.toString()));
        pen.strokes().forEach(stroke -> painted.add(stroke.call() + stroke.paint() + Arrays.toString(stroke.dashes())));
        return painted;
    }
}
