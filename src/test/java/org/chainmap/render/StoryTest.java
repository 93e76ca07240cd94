package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.SetPresentation;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.junit.jupiter.api.Test;

/** The steps of a presentation: the whole story of the Hengyang map, and what a planner arranged. */
class StoryTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final List<ChainReport> REPORTS = GapAnalysis.of(MAP);

    @Test
    void theFullStoryOfAChainRevealsItsStagesInOrderThenItsGapsOneByOneThenSums() {
        Story story = Story.of(MAP, REPORTS, List.of("power"), Story.Detail.FULL);
        List<StepKind> kinds = story.steps().stream().map(StoryStep::kind).toList();
        assertThat(kinds.subList(0, 5))
                .containsExactly(
                        StepKind.PANORAMA, StepKind.TITLE, StepKind.UPSTREAM, StepKind.MIDSTREAM, StepKind.DOWNSTREAM);
        // The sourced map's power chain: 5 missing, 8 weak segments, one chokepoint (the planned copper-rod
        // supplier of both cable makers), no broken feed (no source names an outside supplier).
        assertThat(kinds.subList(5, 10)).containsOnly(StepKind.MISSING);
        assertThat(kinds.subList(10, 18)).containsOnly(StepKind.WEAK);
        assertThat(kinds.subList(18, 19)).containsOnly(StepKind.CHOKEPOINT);
        assertThat(kinds.subList(19, 21)).containsExactly(StepKind.SUMMARY, StepKind.PANORAMA);
        assertThat(kinds).hasSize(21);
        assertThat(story.chains()).extracting(Chain::id).containsExactly("power");

        // Missing segments as the chain runs: upstream first, in their order.
        Chain power = MAP.chain("power").orElseThrow();
        List<String> missing = story.steps().subList(5, 10).stream()
                .map(step -> ((Gap.Missing) step.gap()).segment())
                .toList();
        List<Stage> stages = missing.stream()
                .map(id -> MAP.segment(id).orElseThrow().stage())
                .toList();
        assertThat(stages).isSortedAccordingTo(Enum::compareTo);
        assertThat(missing.get(0))
                .isEqualTo(power.segments(Stage.UPSTREAM).get(0).id());
        assertThat(story.steps().get(5).fileName()).isEqualTo("power-missing-power.silicon-steel");
        assertThat(story.steps().get(18).fileName()).isEqualTo("power-chokepoint-nonferrous.copper-rod-power.cable");
    }

    @Test
    void theWholeMapInFullTellsEveryChainBetweenTwoPanoramas() {
        Story story = Story.of(MAP, REPORTS, List.of(), Story.Detail.FULL);
        int expected = 2;
        for (Chain chain : MAP.chains()) {
            ChainReport report = REPORTS.get(MAP.chains().indexOf(chain));
            int stages = (int) java.util.Arrays.stream(Stage.values())
                    .filter(stage -> !chain.segments(stage).isEmpty())
                    .count();
            long gaps = report.gaps().stream()
                    .filter(gap -> List.of(GapKind.MISSING, GapKind.WEAK, GapKind.BROKEN, GapKind.CHOKEPOINT)
                            .contains(gap.kind()))
                    .count();
            expected += 1 + stages + gaps + 1;
        }
        assertThat(story.size()).isEqualTo(expected).isEqualTo(166);
        assertThat(story.chains()).hasSize(14);
        assertThat(story.steps().get(story.size() - 1).kind()).isEqualTo(StepKind.PANORAMA);
        int second = story.firstStepOf(2).orElseThrow();
        assertThat(story.steps().get(second).kind()).isEqualTo(StepKind.TITLE);
        assertThat(story.steps().get(second).chain()).isEqualTo(MAP.chains().get(1));
        assertThat(story.firstStepOf(15)).isEmpty();
    }

    @Test
    void anArrangedPresentationShowsExactlyItsStepsWithTheirNotesAndSkipsWhatIsGone() throws EditRefusedException {
        Presentation arranged = Presentation.of(List.of(
                Presentation.Step.of(StepKind.TITLE, "auto").withNote("汽车先讲"),
                Presentation.Step.segment(StepKind.MISSING, "power", "power.silicon-steel")
                        .withNote("重点招引硅钢配送"),
                Presentation.Step.segment(StepKind.MISSING, "power", "power.cable"),
                Presentation.Step.of(StepKind.SUMMARY, "gone"),
                Presentation.Step.of(StepKind.MIDSTREAM, "power"),
                Presentation.Step.panorama()));
        History history = new History(MAP);
        history.perform(new SetPresentation(arranged));
        RegionMap map = history.map();
        Story story = Story.of(map, GapAnalysis.of(map));
        assertThat(story.steps())
                .extracting(StoryStep::kind)
                .containsExactly(StepKind.TITLE, StepKind.MISSING, StepKind.MIDSTREAM, StepKind.PANORAMA);
        assertThat(story.steps()).extracting(StoryStep::note).containsExactly("汽车先讲", "重点招引硅钢配送", null, null);
        assertThat(story.chains()).extracting(Chain::id).containsExactly("auto", "power");
        assertThat(story.steps().get(1).number()).isEqualTo(2);
    }

    @Test
    void theWholeStoryAsStepsIsWhatAStoryWithoutArrangementShows() {
        Presentation whole = Story.wholeStory(MAP, REPORTS);
        assertThat(whole.steps()).hasSize(Story.of(MAP, REPORTS).size());
        for (Presentation.Step step : whole.steps()) {
            ChainReport report = step.chain() == null
                    ? null
                    : REPORTS.get(MAP.chains().indexOf(MAP.chain(step.chain()).orElseThrow()));
            if (step.step().gap()) {
                assertThat(Story.find(report, step)).as(step.key()).isPresent();
            }
            if (step.step().table()) {
                Chain chain = MAP.chain(step.chain()).orElseThrow();
                assertThat(Story.tableOf(chain, report, step.step()))
                        .as(step.key())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void longTextWrapsWithinItsWidthAndKeepsClosingMarksOnTheirLine() {
        List<String> lines = SlideText.wrap("已为本地 1 家企业供货（电力变压器（含特高压））；来自北京市", 30, 300);
        assertThat(lines)
                .allSatisfy(line -> assertThat(Fonts.estimateWidth(line, 30)).isLessThanOrEqualTo(330));
        assertThat(lines).noneMatch(line -> line.startsWith("）") || line.startsWith("；"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("已为本地1家企业供货（电力变压器（含特高压））；来自北京市");
        assertThat(SlideText.wrap("Only Hengyang Transformer locally", 20, 120))
                .allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }
}
