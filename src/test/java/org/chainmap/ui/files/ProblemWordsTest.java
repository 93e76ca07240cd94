package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Selection;
import org.junit.jupiter.api.Test;

/** The open map's problems in the user's words: the thing concerned by name, and what a click selects. */
class ProblemWordsTest {

    private static final I18n ZH = I18n.of(I18n.CHINESE);

    private final LoadResult hengyang = MapReader.read(Path.of("maps/hengyang.json"));
    private final RegionMap map = hengyang.map().orElseThrow();

    @Test
    void aFirmWithoutSegmentIsNamedNotPlacedByAJsonPath() {
        Problem yutu = hengyang.problems().stream()
                .filter(problem -> problem.key().equals("enterprise.noSegment"))
                .filter(problem -> problem.args().contains("玉兔钛业"))
                .findFirst()
                .orElseThrow();
        assertThat(yutu.path()).startsWith("$.enterprises[");
        ProblemWords words = ProblemWords.of(map, yutu, ZH);
        assertThat(words.line()).isEqualTo("警告　企业“玉兔钛业”没有所属环节：不在任何产业链图上，也不计入缺口分析");
        assertThat(words.line()).doesNotContain("$.");
        assertThat(words.selectable()).as("on no chain's map").isFalse();
        assertThat(ProblemWords.of(map, yutu, I18n.of(java.util.Locale.ENGLISH)).line())
                .startsWith("Warning  Firm \"玉兔钛业\" has no segment");
    }

    @Test
    void aProblemOfASegmentNamesItAndItsChainAndSelectsIt() {
        Chain power = map.chains().get(0);
        Problem code = Problem.warning("$.chains[0].segments[1].industryCodes[0]", "industryCode.malformed", "X1");
        ProblemWords words = ProblemWords.of(map, code, ZH);
        assertThat(words.line())
                .startsWith("警告　环节“" + power.segments().get(1).name() + "”（" + power.name() + "）：行业代码“X1”");
        assertThat(words.chain()).isEqualTo(power);
        assertThat(words.selection())
                .isEqualTo(new Selection.OfSegment(power.segments().get(1)));
    }

    @Test
    void aProblemOfAFirmOnAChainSelectsItsCard() {
        int index = map.enterprises().indexOf(map.enterprise("tbea-hy").orElseThrow());
        Problem code = Problem.warning("$.enterprises[" + index + "].creditCode", "creditCode.length", "123", 3);
        ProblemWords words = ProblemWords.of(map, code, ZH);
        assertThat(words.line()).startsWith("警告　企业“特变电工衡阳变压器有限公司”：统一社会信用代码“123”有3位");
        assertThat(words.selection()).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(words.chain().id()).isEqualTo("power");
    }
}
