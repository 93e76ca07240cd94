package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.chainmap.render.SlideText.Line;
import org.chainmap.render.SlideText.Style;
import org.junit.jupiter.api.Test;

/**
 * The brief story a presentation tells by default: a chain in at most six steps, one table per kind of gap,
 * words for an audience rather than an editor, and a panorama read from the back of a room.
 */
class BriefStoryTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
    private static final List<ChainReport> REPORTS = GapAnalysis.of(HENGYANG);

    @Test
    void hengyangTellsEachChainInAtMostSixStepsInsteadOf166InAll() {
        Story brief = Story.of(HENGYANG, REPORTS);
        Story full = Story.of(HENGYANG, REPORTS, List.of(), Story.Detail.FULL);
        Map<String, Integer> perChain = new LinkedHashMap<>();
        brief.steps().stream()
                .filter(step -> step.chain() != null)
                .forEach(step -> perChain.merge(step.chainId(), 1, Integer::sum));
        assertThat(perChain).hasSize(14);
        assertThat(perChain.values()).allMatch(steps -> steps <= 6);
        // In full: 166 steps, the power chain alone 19 of them with 5 missing-segment slides. Brief: 59.
        assertThat(full.size()).isEqualTo(166);
        assertThat(brief.size()).isEqualTo(59);
        assertThat(brief.steps().subList(1, 6))
                .extracting(StoryStep::kind)
                .containsExactly(
                        StepKind.TITLE,
                        StepKind.MISSING_TABLE,
                        StepKind.WEAK_TABLE,
                        StepKind.CHOKEPOINT_TABLE,
                        StepKind.SUMMARY);
        assertThat(brief.steps().get(2).table()).hasSize(5);
    }

    /**
     * Power, by hand: 硅钢 has only an outside mill (missing, that mill the one to invite), 铜材 no firm at all
     * (missing, nobody known), 变压器 one local firm (weak: fewer than two, none 规上), 电网 two 规上 local
     * firms (no gap).
     */
    private static RegionMap handWorked() {
        Chain power = Chain.of(
                "power",
                "电力装备",
                Segment.of("p.steel", "硅钢", Stage.UPSTREAM, "p.transformer"),
                Segment.of("p.copper", "铜材", Stage.UPSTREAM, "p.transformer"),
                Segment.of("p.transformer", "变压器", Stage.MIDSTREAM, "p.grid"),
                Segment.of("p.grid", "电网", Stage.DOWNSTREAM));
        List<Enterprise> firms = List.of(
                Enterprise.of("mill", "宝山钢铁", false, List.of("p.steel")),
                Enterprise.of("maker", "衡阳变压器", true, List.of("p.transformer")),
                Enterprise.of("grid", "衡阳电网", true, List.of("p.grid"), "规上"),
                Enterprise.of("builder", "衡阳电建", true, List.of("p.grid"), "规上"));
        return new RegionMap(
                Region.of("衡阳市", "430400"), null, List.of(power), firms, List.of(), List.of(), Extras.NONE);
    }

    @Test
    void aChainHasOneSlidePerKindOfGapWithARowForEachAndTheFirmsToInvite() {
        RegionMap map = handWorked();
        List<ChainReport> reports = GapAnalysis.of(map);
        Story story = Story.of(map, reports);
        assertThat(story.steps())
                .extracting(StoryStep::kind)
                .containsExactly(
                        StepKind.PANORAMA,
                        StepKind.TITLE,
                        StepKind.MISSING_TABLE,
                        StepKind.WEAK_TABLE,
                        StepKind.SUMMARY,
                        StepKind.PANORAMA);
        Deck deck = new Deck(map, reports, story, Words.of(Locale.SIMPLIFIED_CHINESE));
        Slide missing = deck.slide(2);
        assertThat(missing.title()).isEqualTo("缺链 · 电力装备");
        assertThat(missing.lines()).containsExactly("本地缺少的环节及可招引企业", "硅钢", "可招引：宝山钢铁", "铜材", "暂无本地以外的候选企业");
        // The camera shows the whole chain, both missing segments in focus.
        assertThat(missing.focusedSegments()).contains("p.steel", "p.copper").doesNotContain("p.grid");
        assertThat(missing.camera().width()).isEqualTo(deck.slide(1).camera().width());
        Slide weak = deck.slide(3);
        assertThat(weak.title()).isEqualTo("弱链 · 电力装备");
        assertThat(weak.lines()).containsExactly("企业太少的环节及可招引企业", "变压器", "暂无本地以外的候选企业");
    }

    @Test
    void aLongTableSaysHowManyMoreRowsTheReportLists() {
        Deck deck =
                new Deck(HENGYANG, REPORTS, Story.of(HENGYANG, REPORTS, List.of("power")), Words.of(Locale.ENGLISH));
        // The power chain's eight weak segments: five rows, and the rest counted.
        Slide weak = deck.slide(3);
        assertThat(weak.step().kind()).isEqualTo(StepKind.WEAK_TABLE);
        assertThat(weak.lines()).hasSize(1 + 2 * SlideTexts.ROWS + 1);
        assertThat(weak.lines().get(weak.lines().size() - 1)).isEqualTo("+3 more; the full list is in the report");
    }

    @Test
    void aTableSlideSaysInPlainEnglishHowManyGapsOfItsKindTheChainHas() {
        Deck deck =
                new Deck(HENGYANG, REPORTS, Story.of(HENGYANG, REPORTS, List.of("power")), Words.of(Locale.ENGLISH));
        // Was "Missing segment: 5 in this chain".
        assertThat(List.of(deck.slide(2), deck.slide(3), deck.slide(4)))
                .extracting(Slide::subtitle)
                .containsExactly(
                        "This chain has 5 missing segments",
                        "This chain has 8 weak segments",
                        "This chain has 1 chokepoint");
        Deck chinese = new Deck(
                HENGYANG, REPORTS, Story.of(HENGYANG, REPORTS, List.of("power")), Words.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.slide(2).subtitle()).isEqualTo("缺链共5处");
    }

    @Test
    void aChokepointTableIsHeadedAsAPlannerSaysItNotAsAFeedFromTo() {
        Story story = Story.of(HENGYANG, REPORTS, List.of("power"));
        Slide english = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.ENGLISH)).slide(4);
        Slide chinese = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.SIMPLIFIED_CHINESE)).slide(4);
        assertThat(english.step().kind()).isEqualTo(StepKind.CHOKEPOINT_TABLE);
        // Was "Feed: from → to" and "供 → 需".
        assertThat(english.lines().get(0)).isEqualTo("Supplies that hang on a single supplier");
        assertThat(chinese.lines().get(0)).isEqualTo("只靠一家供应商的配套");
        assertThat(chinese.lines()).contains("2家本地企业只靠湖南高诺产业集团有限公司");
        // The title slide counts its gaps in the plural: was "Missing segment: 5".
        Slide title = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.ENGLISH)).slide(1);
        assertThat(title.lines()).contains("Missing segments: 5", "Weak segments: 8", "Chokepoints: 1");
        assertThat(new Deck(HENGYANG, REPORTS, story, Words.of(Locale.SIMPLIFIED_CHINESE))
                        .slide(1)
                        .lines())
                .contains("缺链 5处");
    }

    @Test
    void missingAndWeakTablesAreHeadedAsAPlannerSaysItNotAsSegmentDotFirms() {
        Story story = Story.of(HENGYANG, REPORTS, List.of("power"));
        Deck english = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.ENGLISH));
        // Was "Segment · firms to invite" over both.
        assertThat(english.slide(2).lines().get(0)).isEqualTo("Missing here: whom to invite");
        assertThat(english.slide(3).lines().get(0)).isEqualTo("Too few local firms: whom to invite");
    }

    @Test
    void anEnglishTitleSlideShowsNoChineseTitleOfTheMap() {
        Story story = Story.of(HENGYANG, REPORTS, List.of("power"));
        Deck english = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.ENGLISH));
        Deck chinese = new Deck(HENGYANG, REPORTS, story, Words.of(Locale.SIMPLIFIED_CHINESE));
        // Was 衡阳市产业链图谱 under "New Energy & Power Equipment", the map's own title, which has no English.
        assertThat(english.slide(1).subtitle()).isEqualTo("Industry chain map");
        assertThat(chinese.slide(1).subtitle()).isEqualTo("衡阳市产业链图谱");
    }

    @Test
    void noSlideTellsTheAudienceWhatAnEditorShouldDo() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (Story.Detail detail : Story.Detail.values()) {
                Deck deck =
                        new Deck(HENGYANG, REPORTS, Story.of(HENGYANG, REPORTS, List.of(), detail), Words.of(locale));
                List<String> words = new ArrayList<>();
                for (int i = 0; i < deck.size(); i++) {
                    words.add(deck.slide(i).title());
                    words.addAll(deck.slide(i).lines());
                }
                assertThat(words)
                        .as("%s %s", locale, detail)
                        .noneMatch(text -> text.contains("“清单”") || text.contains("添加"))
                        .noneMatch(text -> text.contains("Lists tab") || text.contains("add targets"))
                        .noneMatch(text -> text.contains("输入编号") || text.contains("Type a number"));
            }
        }
    }

    @Test
    void aLongReasonWrapsOntoAsManyLinesAsItNeedsInsteadOfBeingCut() {
        String reason = "已为本地 3 家企业供货（电力变压器（含特高压）、换流变压器、箱式变电站），"
                + "产品覆盖取向硅钢全部牌号，年产能 40 万吨，距衡阳 600 公里，曾在湘南设立销售公司，"
                + "近三年在中部地区新建两座工厂，意向明确，结尾在这里";
        RecordingPen pen = new RecordingPen(true);
        SlideLayout layout = new SlideLayout(1920, 1080, true, 0);
        new SlideOverlay(pen, layout, Theme.CONTRAST)
                .panel(List.of(Line.of(Style.BODY, "宝山钢铁"), Line.of(Style.SMALL, reason)));
        List<String> drawn = pen.texts().stream().map(text -> (String) text[0]).toList();
        assertThat(drawn).hasSizeGreaterThan(4).noneMatch(text -> text.contains("…"));
        assertThat(String.join("", drawn.subList(1, drawn.size())).replace(" ", ""))
                .isEqualTo(reason.replace(" ", ""));
    }

    @Test
    void thePanoramaSlideDrawsNoTextSmallerThan24PixelsOnAFullHdScreen() {
        Deck deck = new Deck(HENGYANG, REPORTS, Story.of(HENGYANG, REPORTS), Words.of(Locale.SIMPLIFIED_CHINESE));
        Slide panorama = deck.slide(0);
        assertThat(panorama.step().kind()).isEqualTo(StepKind.PANORAMA);
        RecordingPen pen = new RecordingPen(true);
        panorama.paint(
                pen,
                panorama.viewport(1920, 1080),
                Theme.CONTRAST,
                Words.of(Locale.SIMPLIFIED_CHINESE).paintWords());
        assertThat(pen.texts()).isNotEmpty();
        assertThat(pen.texts())
                .allSatisfy(text ->
                        assertThat((double) text[3]).as((String) text[0]).isGreaterThanOrEqualTo(24));
        // What the map's small words said, the panel says: every chain is named.
        for (Chain chain : HENGYANG.chains()) {
            assertThat(pen.texts()).anyMatch(text -> text[0].equals(chain.name()));
        }
    }
}
