package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.analysis.GapKind;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.MapGaps;
import org.junit.jupiter.api.Test;

/**
 * A box's marks name exactly the segment's firms that supply a chokepoint of its chain alone or are key firms, whether
 * they are found among the segment's firms (a small segment) or looked up from the marked firms (a large one).
 */
class BoxMarksTest {

    @Test
    void theFirmsMarkedAreThoseOfTheSegmentTheAnalysisMarks() {
        RegionMap map = RegionGenerator.generate(3_000, 7);
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        model.show(new MapDocument(map, null, "generated.json", List.of()));
        MapGaps gaps = model.gaps();
        int large = 0;
        int marked = 0;
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                List<Enterprise> firms = map.enterprisesIn(segment.id());
                Set<String> expected = new HashSet<>();
                for (Enterprise firm : firms) {
                    if (gaps.isChokepointSupplier(chain.id(), firm.id()) || gaps.isKeyFirm(firm.id())) {
                        expected.add(firm.id());
                    }
                }
                BoxMarks marks = BoxMarks.of(model, segment, firms);
                assertThat(marks.firms().keySet()).as(segment.id()).isEqualTo(expected);
                for (String id : expected) {
                    List<GapKind> kinds = new java.util.ArrayList<>();
                    if (gaps.isChokepointSupplier(chain.id(), id)) {
                        kinds.add(GapKind.CHOKEPOINT);
                    }
                    if (gaps.isKeyFirm(id)) {
                        kinds.add(GapKind.CUTPOINT);
                    }
                    assertThat(marks.firms().get(id))
                            .extracting(BoxMarks.Mark::kind)
                            .as(id)
                            .isEqualTo(kinds);
                }
                large += firms.size()
                                > gaps.keyFirms().size()
                                        + gaps.chokepointSuppliers(chain.id()).size()
                        ? 1
                        : 0;
                marked += expected.size();
            }
        }
        assertThat(large).as("segments whose marked firms are looked up").isPositive();
        assertThat(marked).as("firms marked").isPositive();
    }

    /**
     * A box whose firms changed in the same analysis, one firm taken out or put back, has the marks made anew for its
     * firms now, for a marked firm and an unmarked one of every segment that has both.
     */
    @Test
    void marksBroughtToOtherFirmsAreTheMarksMadeAnew() {
        RegionMap map = RegionGenerator.generate(3_000, 7);
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        model.show(new MapDocument(map, null, "generated.json", List.of()));
        int checked = 0;
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                List<Enterprise> firms = map.enterprisesIn(segment.id());
                BoxMarks all = BoxMarks.of(model, segment, firms);
                Enterprise marked = firms.stream()
                        .filter(firm -> all.firms().containsKey(firm.id()))
                        .findFirst()
                        .orElse(null);
                Enterprise plain = firms.stream()
                        .filter(firm -> !all.firms().containsKey(firm.id()))
                        .findFirst()
                        .orElse(null);
                if (marked == null || plain == null) {
                    continue;
                }
                for (Enterprise out : List.of(marked, plain)) {
                    List<Enterprise> without =
                            firms.stream().filter(firm -> firm != out).toList();
                    java.util.Map<String, List<BoxMarks.Mark>> expected = new java.util.HashMap<>(all.firms());
                    expected.remove(out.id());
                    BoxMarks taken = all.withFirms(model, segment, firms, without);
                    assertThat(taken)
                            .as("%s without %s", segment.id(), out.id())
                            .isEqualTo(new BoxMarks(all.segment(), all.missing(), all.weak(), expected));
                    BoxMarks putBack = taken.withFirms(model, segment, without, firms);
                    assertThat(putBack)
                            .as("%s with %s again", segment.id(), out.id())
                            .isEqualTo(all);
                    checked++;
                }
                Enterprise renamed = marked.withName(marked.name() + "（新）");
                List<Enterprise> replaced = firms.stream()
                        .map(firm -> firm == marked ? renamed : firm)
                        .toList();
                assertThat(all.withFirms(model, segment, firms, replaced))
                        .as("%s with %s renamed", segment.id(), marked.id())
                        .isEqualTo(all);
            }
        }
        assertThat(checked).as("firms taken out and put back").isGreaterThan(10);
    }
}
