package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.GapKind;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.MapCounts;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, without a screen. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private MainViewModel model;
    private Path file;

    @BeforeEach
    void openSmallMap() throws IOException {
        model = new MainViewModel(I18n.CHINESE);
        file = TestMaps.writeSmall(dir);
        LoadResult result = model.open(file);
        assertThat(result.ok()).as("problems: %s", result.problems()).isTrue();
    }

    @Test
    void startsWithoutMap() {
        MainViewModel fresh = new MainViewModel(I18n.ENGLISH);
        assertThat(fresh.document()).isEmpty();
        assertThat(fresh.chains()).isEmpty();
        assertThat(fresh.titleProperty().get()).isEqualTo("ChainMap");
        assertThat(fresh.statusProperty().get()).startsWith("No map is open");
        assertThat(fresh.counts()).isEqualTo(MapCounts.none());
    }

    @Test
    void whileTheFirstMapIsReadTheStatusSaysWhichOne() throws IOException {
        MainViewModel fresh = new MainViewModel(I18n.CHINESE);
        fresh.opening("hengyang.json");
        assertThat(fresh.statusProperty().get()).isEqualTo("正在打开 hengyang.json\u2026");
        fresh.open(file);
        assertThat(fresh.statusProperty().get()).doesNotContain("正在打开");
        fresh.opening(null);
        MainViewModel failed = new MainViewModel(I18n.CHINESE);
        failed.opening("hengyang.json");
        failed.opening(null);
        assertThat(failed.statusProperty().get()).startsWith("未打开图谱");
    }

    @Test
    void openingShowsTheChainsAndSelectsTheFirst() {
        assertThat(model.chains()).extracting(Chain::id).containsExactly("power", "food");
        assertThat(model.selectedChain()).map(Chain::id).hasValue("power");
        assertThat(model.document().orElseThrow().file()).isEqualTo(file);
        assertThat(model.document().orElseThrow().bundled()).isFalse();
    }

    @Test
    void titleNamesRegionApplicationAndFile() {
        assertThat(model.titleProperty().get()).isEqualTo("测试市 — 产业链图谱 — test.json");
        model.languageProperty().set(I18n.ENGLISH);
        assertThat(model.titleProperty().get()).isEqualTo("测试市 — ChainMap — test.json");
    }

    @Test
    void statusCountsTheWholeMap() {
        assertThat(model.counts()).isEqualTo(new MapCounts(2, 6, 4, 3, 2));
        assertThat(model.statusProperty().get()).isEqualTo("2条产业链 · 6个环节 · 4家企业（本地3家）· 2条供应关系");
        model.languageProperty().set(I18n.ENGLISH);
        assertThat(model.statusProperty().get())
                .isEqualTo("2 chains · 6 segments · 4 enterprises (3 local) · 2 supply links");
    }

    @Test
    void segmentsComeByStageInOrder() {
        assertThat(model.segments(Stage.UPSTREAM))
                .extracting(Segment::id)
                .containsExactly("power.copper", "power.steel");
        assertThat(model.segments(Stage.MIDSTREAM)).extracting(Segment::id).containsExactly("power.transformer");
        assertThat(model.segments(Stage.DOWNSTREAM)).extracting(Segment::id).containsExactly("power.grid");
        model.selectChain(model.chains().get(1));
        assertThat(model.segments(Stage.DOWNSTREAM)).isEmpty();
        assertThat(model.segments(Stage.MIDSTREAM)).extracting(Segment::id).containsExactly("food.process");
    }

    @Test
    void aSegmentWithoutLocalFirmIsMissing() {
        assertThat(model.lacksLocalFirm(segment("power.steel")))
                .as("only an external firm")
                .isTrue();
        assertThat(model.lacksLocalFirm(segment("power.grid")))
                .as("no firm at all")
                .isTrue();
        assertThat(model.lacksLocalFirm(segment("power.transformer"))).isFalse();
        assertThat(model.report(model.chains().get(0)).orElseThrow().gaps(GapKind.MISSING))
                .hasSize(2);
    }

    @Test
    void theGapAnalysisFollowsTheMap() throws IOException {
        assertThat(model.gaps().reports()).isEqualTo(GapAnalysis.of(model.map().orElseThrow()));
        assertThat(model.gaps().reports()).extracting(ChainReport::chain).containsExactly("power", "food");

        model.open(GapMap.write(dir));
        assertThat(model.gaps().reports()).isEqualTo(GapAnalysis.of(GapMap.map()));
        assertThat(model.gaps().reports()).extracting(ChainReport::chain).containsExactly("power");
        assertThat(model.lacksLocalFirm(segment(GapMap.GRID))).isTrue();

        MainViewModel fresh = new MainViewModel(I18n.CHINESE);
        assertThat(fresh.gaps()).isSameAs(MapGaps.none());
    }

    @Test
    void theAnalysisRunsOncePerMapNotPerChoice() throws IOException {
        MapGaps analysed = model.gaps();
        model.selectChain(model.chains().get(1));
        model.select(new Selection.OfSegment(segment("food.process")));
        model.languageProperty().set(I18n.ENGLISH);
        assertThat(model.gaps()).isSameAs(analysed);
        RegionMap same = model.map().orElseThrow();
        model.show(new MapDocument(same, file, "again.json", List.of()));
        assertThat(model.gaps()).as("the same map again").isSameAs(analysed);
        model.open(Files.copy(file, dir.resolve("other.json")));
        assertThat(model.gaps()).as("another map, read anew").isNotSameAs(analysed);
    }

    @Test
    void aChainsGapCountsAreThoseOfTheAnalysis() {
        MainViewModel hengyang = new MainViewModel(I18n.CHINESE);
        assertThat(hengyang.openShipped().ok()).isTrue();
        for (MainViewModel each : List.of(model, hengyang)) {
            List<ChainReport> expected = GapAnalysis.of(each.map().orElseThrow());
            assertThat(each.chains()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Chain chain = each.chains().get(i);
                for (GapKind kind : GapKind.values()) {
                    assertThat(each.gaps().count(chain.id(), kind))
                            .as("%s, %s", chain.id(), kind)
                            .isEqualTo(expected.get(i).gaps(kind).size());
                }
                assertThat(each.report(chain).orElseThrow().coverage())
                        .isEqualTo(expected.get(i).coverage());
            }
        }
    }

    @Test
    void localFirmsComeFirst() {
        assertThat(model.enterprisesIn(segment("power.steel")))
                .extracting(Enterprise::name)
                .containsExactly(TestMaps.EXTERNAL_NAME);
        assertThat(model.enterprisesIn(segment("power.transformer")))
                .extracting(Enterprise::local)
                .containsExactly(true);
    }

    @Test
    void suppliersAreTheSegmentsThatFeedOne() {
        assertThat(model.suppliersOf(segment("power.transformer")))
                .extracting(Segment::id)
                .containsExactly("power.steel", "power.copper");
    }

    @Test
    void choosingAnotherChainClearsASelectionOutsideIt() {
        Segment transformer = segment("power.transformer");
        model.select(new Selection.OfSegment(transformer));
        model.selectChain(model.chains().get(0));
        assertThat(model.selection()).isPresent();
        model.selectChain(model.chains().get(1));
        assertThat(model.selection()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadKeepsTheOpenMap() throws IOException {
        LoadResult result = model.open(TestMaps.writeBroken(dir));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).isNotEmpty();
        assertThat(model.document().orElseThrow().file()).isEqualTo(file);
        assertThat(model.chains()).hasSize(2);
    }

    @Test
    void openingAnotherMapClearsTheSelection() throws IOException {
        model.select(new Selection.OfSegment(segment("power.grid")));
        model.open(Files.copy(file, dir.resolve("other.json")));
        assertThat(model.titleProperty().get()).endsWith("other.json");
        assertThat(model.selection()).isEmpty();
        assertThat(model.selectedChain()).map(Chain::id).hasValue("power");
    }

    @Test
    void namesFollowTheLanguageWhereTheMapHasEnglish() {
        Chain power = model.chains().get(0);
        Chain food = model.chains().get(1);
        assertThat(model.displayName(power)).isEqualTo("电力装备产业链");
        model.languageProperty().set(I18n.ENGLISH);
        assertThat(model.displayName(power)).isEqualTo("Power equipment");
        assertThat(model.displayName(food)).as("no English name").isEqualTo("绿色食品产业链");
        assertThat(model.displayName(segment("power.transformer"))).isEqualTo("Transformers");
    }

    @Test
    void theShippedMapOpensFromTheWorkingCopyOrTheBundle() {
        MainViewModel fresh = new MainViewModel(I18n.CHINESE);
        LoadResult result = fresh.openShipped();
        assertThat(result.ok()).as("problems: %s", result.problems()).isTrue();
        assertThat(fresh.document().orElseThrow().name()).isEqualTo(ShippedMap.FILE_NAME);
        assertThat(fresh.chains()).isNotEmpty();
    }

    @Test
    void theBundledCopyReadsLikeTheWorkingCopy() {
        LoadResult bundled = ShippedMap.readBundled();
        assertThat(bundled.ok()).as("problems: %s", bundled.problems()).isTrue();
        ShippedMap.workingCopy().ifPresent(copy -> {
            MainViewModel fresh = new MainViewModel(I18n.CHINESE);
            fresh.open(copy);
            assertThat(bundled.map().orElseThrow().chains()).hasSameSizeAs(fresh.chains());
        });
    }

    private Segment segment(String id) {
        return model.segment(id).orElseThrow();
    }
}
