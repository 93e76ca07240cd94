package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MapValidatorTest {

    private static List<String> describe(RegionMap map) {
        return MapValidator.validate(map).stream()
                .map(problem -> problem.severity() + " " + problem.path() + " " + problem.message(Locale.ENGLISH))
                .toList();
    }

    @Test
    void sampleMapsAreValid() {
        assertThat(MapValidator.validate(SampleMaps.small())).isEmpty();
        assertThat(MapValidator.validate(SampleMaps.full())).isEmpty();
    }

    @Test
    void duplicateIdsAcrossKindsAreErrorsNamingTheFirstPlace() {
        RegionMap map = SampleMaps.small();
        List<Enterprise> firms = new ArrayList<>(map.enterprises());
        firms.add(Enterprise.of("power.grid", "重名企业", true, List.of("power.grid")));
        assertThat(describe(map.withEnterprises(firms)))
                .containsExactly("ERROR $.enterprises[3].id duplicate id \"power.grid\": already used at "
                        + "$.chains[0].segments[2]");
    }

    @Test
    void referencesToNothingOrToTheWrongKindAreErrors() {
        RegionMap map = SampleMaps.small();
        Chain power = map.chains().get(0);
        List<Segment> segments = new ArrayList<>(power.segments());
        segments.set(2, segments.get(2).withFeeds(List.of("power.nowhere", "tbea-hy")));
        RegionMap broken = map.withChains(
                        List.of(power.withSegments(segments), map.chains().get(1)))
                .withLinks(List.of(SupplyLink.of("ghost", "tbea-hy", null)));
        assertThat(describe(broken))
                .containsExactly(
                        "ERROR $.chains[0].segments[2].feeds[0] \"power.nowhere\" "
                                + "refers to nothing: no segment has this id",
                        "ERROR $.chains[0].segments[2].feeds[1] \"tbea-hy\" is the id "
                                + "of another kind of thing (enterprise); "
                                + "expected: segment",
                        "ERROR $.links[0].from \"ghost\" refers to nothing: no enterprise has this id");
    }

    @Test
    void enterpriseSegmentReferencesAreChecked() {
        RegionMap map = SampleMaps.small();
        List<Enterprise> firms = new ArrayList<>(map.enterprises());
        firms.set(0, firms.get(0).withSegments(List.of("power.transformer", "power.missing", "power.transformer")));
        assertThat(describe(map.withEnterprises(firms)))
                .containsExactly(
                        "WARNING $.enterprises[0].segments[2] segment \"power.transformer\" is listed twice",
                        "ERROR $.enterprises[0].segments[1] \"power.missing\" refers to"
                                + " nothing: no segment has this id");
    }

    @Test
    void oddButUsableMapsGetWarnings() {
        RegionMap map = SampleMaps.small();
        Chain power = map.chains().get(0);
        List<Segment> segments = new ArrayList<>(power.segments());
        segments.set(1, segments.get(1).withFeeds(List.of("power.grid", "power.transformer")));
        List<Enterprise> firms = new ArrayList<>(map.enterprises());
        firms.add(Enterprise.of("loose", "无环节企业", true, List.of()));
        RegionMap odd = map.withChains(
                        List.of(power.withSegments(segments), map.chains().get(1)))
                .withEnterprises(firms);
        assertThat(describe(odd))
                .containsExactly(
                        "WARNING $.chains[0].segments[1].feeds segment \"power.transformer\" feeds itself",
                        "WARNING $.enterprises[3] \"无环节企业\" works in no segment: it appears on no chain and "
                                + "counts in no gap");
        assertThat(MapValidator.hasErrors(MapValidator.validate(odd))).isFalse();
    }

    @Test
    void pinsOffTheDrawingAreErrorsAndPinsOfWhatTheChainDoesNotDrawAreWarnings() {
        RegionMap map = SampleMaps.small();
        Chain power = map.chains()
                .get(0)
                .withPins(Pins.NONE
                        .withSegment("power.grid", -5)
                        .withSegment("power.steel", Double.NaN)
                        .withSegment("nonferrous.copper", 10) // a segment of another chain
                        .withSegment("power.gone", 10)
                        .withCard("tbea-hy", -1)
                        .withCard("wk-copper", 0)); // main segment in another chain
        List<String> problems =
                describe(map.withChains(List.of(power, map.chains().get(1))));
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "WARNING $.chains[0].pins.segments['nonferrous.copper'] \"nonferrous.copper\" is pinned, but"
                                + " it is not a segment of chain \"power\": the pin is ignored",
                        "WARNING $.chains[0].pins.segments['power.gone'] \"power.gone\" is pinned, but it is not a"
                                + " segment of chain \"power\": the pin is ignored",
                        "ERROR $.chains[0].pins.segments['power.grid'].y pinned height -5.0 is not a place on the"
                                + " drawing: use a number of at least 0",
                        "ERROR $.chains[0].pins.segments['power.steel'].y pinned height NaN is not a place on the"
                                + " drawing: use a number of at least 0",
                        "ERROR $.chains[0].pins.cards['tbea-hy'].slot pinned card slot -1 is not a place in a box:"
                                + " use 0 (the top) or more",
                        "WARNING $.chains[0].pins.cards['wk-copper'] \"wk-copper\" is pinned, but it is not a firm"
                                + " whose main segment is in chain \"power\": the pin is ignored");
        // Pins in their place are fine.
        Chain pinned = map.chains()
                .get(0)
                .withPins(Pins.NONE.withSegment("power.grid", 0).withCard("tbea-hy", 3));
        assertThat(MapValidator.validate(
                        map.withChains(List.of(pinned, map.chains().get(1)))))
                .isEmpty();
    }

    @Test
    void aFirmCannotSupplyItself() {
        RegionMap map = SampleMaps.small().withLinks(List.of(SupplyLink.of("tbea-hy", "tbea-hy", "自供")));
        assertThat(describe(map)).containsExactly("ERROR $.links[0].to \"tbea-hy\" cannot supply itself");
    }

    @Test
    void malformedIdsColoursDatesAndCodesAreReported() {
        RegionMap map = SampleMaps.full();
        Chain chain = map.chains().get(0);
        Chain badColour = new Chain(
                chain.id(),
                chain.name(),
                null,
                "red",
                null,
                null,
                null,
                chain.segments(),
                chain.lists(),
                null,
                null,
                null);
        Region badRegion = new Region("衡阳市", "4304", null, "2026-13", null, null);
        Enterprise firm = map.enterprises().get(0);
        Enterprise badFirm = new Enterprise(
                "has space",
                firm.name(),
                "91430400MA4L16JQ9B",
                true,
                null,
                null,
                null,
                firm.segments(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                "yesterday",
                null,
                null);
        RegionMap broken = new RegionMap(
                badRegion,
                null,
                List.of(badColour),
                List.of(badFirm, map.enterprises().get(1)),
                List.of(),
                List.of(),
                map.sources(),
                null,
                Extras.NONE);
        assertThat(describe(broken))
                .containsExactly(
                        "ERROR $.enterprises[0].id malformed id \"has space\": use 1 "
                                + "to 100 letters, digits, \".\", \"_\", \"-\" or "
                                + "\":\", without spaces",
                        "ERROR $.region.code region code \"4304\" is not six digits",
                        "ERROR $.region.date date \"2026-13\" is not written as YYYY, YYYY-MM or YYYY-MM-DD",
                        "ERROR $.chains[0].color colour \"red\" is not written as #RRGGBB",
                        "WARNING $.enterprises[0].creditCode credit code "
                                + "\"91430400MA4L16JQ9B\" has a wrong check character: "
                                + "the first 17 characters call for W",
                        "ERROR $.enterprises[0].verified date \"yesterday\" is not "
                                + "written as YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            RegionMap map = SampleMaps.small().withLinks(List.of(SupplyLink.of("tbea-hy", "nobody", null)));
            assertThat(MapValidator.validate(map).get(0).message(Locale.ENGLISH))
                    .isEqualTo("\"nobody\" refers to nothing: no enterprise has this id");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void messagesAreTranslatedIntoChinese() {
        RegionMap map = SampleMaps.small().withLinks(List.of(SupplyLink.of("tbea-hy", "nobody", null)));
        Problem problem = MapValidator.validate(map).get(0);
        assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“nobody”指向不存在的对象：没有编号为此的企业");
        assertThat(problem.describe(Locale.SIMPLIFIED_CHINESE)).startsWith("错误 $.links[0].to: ");
    }

    @Test
    void presentationStepsNeedWhatTheirKindShowsAndStaleOnesAreWarnings() {
        RegionMap map = SampleMaps.small()
                .withPresentation(Presentation.of(List.of(
                        Presentation.Step.panorama(),
                        Presentation.Step.of(StepKind.TITLE, null),
                        Presentation.Step.segment(StepKind.MISSING, "power", null),
                        Presentation.Step.feed(StepKind.BROKEN, "power", "power.steel", null),
                        Presentation.Step.of(StepKind.SUMMARY, "gone"),
                        Presentation.Step.segment(StepKind.WEAK, "power", "nonferrous.copper"),
                        Presentation.Step.feed(StepKind.BROKEN, "power", "nonferrous.copper", "power.transformer"),
                        Presentation.Step.feed(StepKind.CHOKEPOINT, "power", "nowhere", "power.grid"))));
        assertThat(describe(map))
                .containsExactly(
                        "ERROR $.presentation.steps[1].chain a presentation step \"title\" must name its \"chain\"",
                        "ERROR $.presentation.steps[2].segment a presentation step \"missing\""
                                + " must name its \"segment\"",
                        "ERROR $.presentation.steps[3].to a presentation step \"broken\" must name its \"to\"",
                        "WARNING $.presentation.steps[4].chain the presentation names chain"
                                + " \"gone\", which the map does"
                                + " not have: the step is skipped",
                        "WARNING $.presentation.steps[5].segment \"nonferrous.copper\" is not a segment of chain"
                                + " \"power\": the presentation skips this step",
                        "WARNING $.presentation.steps[7].from \"nowhere\" is not a segment of chain \"power\": the"
                                + " presentation skips this step");
    }
}
