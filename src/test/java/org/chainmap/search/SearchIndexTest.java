package org.chainmap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.io.MapReader;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on the shipped Hengyang map: by pinyin initials, full and mixed pinyin, polyphonic characters,
 * Chinese and English names, credit codes; ranked; capped; and nothing for what is not there.
 */
class SearchIndexTest {

    private static final String TBEA = "特变电工衡阳变压器有限公司";
    private static final String TBEA_CODE = "91430400MA4L2RQX7K";

    private static RegionMap hengyang;
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        // The shipped map says no firm's credit code; one is given here, in the form of a real one.
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : hengyang.enterprises()) {
            firms.add(firm.id().equals("tbea-hy") ? withCode(firm, TBEA_CODE) : firm);
        }
        firms.add(Enterprise.of("ccb-hy", "中国建设银行衡阳分行", true, List.of("logistics.hub")));
        index = SearchIndex.of(hengyang.withEnterprises(firms));
    }

    private static Enterprise withCode(Enterprise firm, String code) {
        return new Enterprise(
                firm.id(),
                firm.name(),
                code,
                firm.local(),
                firm.origin(),
                firm.county(),
                firm.park(),
                firm.segments(),
                firm.role(),
                firm.tags(),
                firm.revenue(),
                firm.revenueYear(),
                firm.products(),
                firm.verified(),
                firm.provenance(),
                firm.extra());
    }

    @Test
    void holdsEveryChainSegmentAndFirm() {
        int segments = hengyang.chains().stream()
                .mapToInt(chain -> chain.segments().size())
                .sum();
        assertThat(index.size())
                .isEqualTo(hengyang.chains().size()
                        + segments
                        + hengyang.enterprises().size()
                        + 1);
    }

    @Test
    void findsAFirmByTheInitialsOfItsPinyin() {
        Hit first = index.find("tbdg").get(0);
        assertThat(first.name()).isEqualTo(TBEA);
        assertThat(first.kind()).isEqualTo(Hit.Kind.ENTERPRISE);
        assertThat(first.id()).isEqualTo("tbea-hy");
        assertThat(first.field()).isEqualTo(Hit.Field.PINYIN_INITIALS);
        assertThat(first.closeness()).isEqualTo(Hit.Closeness.PREFIX);
        assertThat(first.chainId()).isEqualTo("power");
        assertThat(first.segmentId()).isEqualTo("power.transformer");
        assertThat(first.local()).isTrue();
    }

    @Test
    void findsAFirmByFullOrMixedPinyinWhateverTheCaseAndSpaces() {
        for (String typed : List.of("tebian", "tebiandiangong", "tebiandg", "TBDG", "te bian", "ｔｂｄｇ", "特bdg")) {
            assertThat(names(index.find(typed))).as(typed).first().isEqualTo(TBEA);
        }
        assertThat(index.find("tebian").get(0).field()).isEqualTo(Hit.Field.PINYIN);
        assertThat(index.find("特变电工衡阳变压器有限公司").get(0).closeness()).isEqualTo(Hit.Closeness.EXACT);
        assertThat(index.find("tbdghybyqyxgs").get(0).closeness()).isEqualTo(Hit.Closeness.EXACT);
        assertThat(names(index.find("hengyangbianyaqi"))).contains(TBEA);
    }

    @Test
    void anyReadingOfAPolyphonicCharacterMatches() {
        // 长 chang / zhang; 重 zhong / chong; 行 hang / xing.
        assertThat(names(index.find("changhong"))).first().isEqualTo("长宏锅炉");
        assertThat(names(index.find("zhanghongguolu"))).first().isEqualTo("长宏锅炉");
        assertThat(names(index.find("chgl"))).contains("长宏锅炉");
        assertThat(names(index.find("hyzj"))).contains("中钢集团衡阳重机有限公司");
        assertThat(names(index.find("hengyangchongji"))).contains("中钢集团衡阳重机有限公司");
        assertThat(names(index.find("jiansheyinhang"))).first().isEqualTo("中国建设银行衡阳分行");
        assertThat(names(index.find("fenxing"))).contains("中国建设银行衡阳分行");
    }

    @Test
    void findsByChineseNameInside() {
        List<Hit> hits = index.find("电工");
        assertThat(names(hits)).startsWith("金杯电工", TBEA);
        assertThat(hits).allMatch(hit -> hit.field() == Hit.Field.NAME && hit.closeness() == Hit.Closeness.INSIDE);
    }

    @Test
    void findsByCreditCodeWholeStartOrPartInAnyCase() {
        Hit whole = index.find(TBEA_CODE).get(0);
        assertThat(whole.id()).isEqualTo("tbea-hy");
        assertThat(whole.field()).isEqualTo(Hit.Field.CREDIT_CODE);
        assertThat(whole.closeness()).isEqualTo(Hit.Closeness.EXACT);
        assertThat(index.find("91430400").get(0).closeness()).isEqualTo(Hit.Closeness.PREFIX);
        Hit inside = index.find("ma4l2rq").get(0);
        assertThat(inside.id()).isEqualTo("tbea-hy");
        assertThat(inside.closeness()).isEqualTo(Hit.Closeness.INSIDE);
    }

    @Test
    void findsASegmentWithItsChain() {
        Hit exact = index.find("换流变压器").get(0);
        assertThat(exact.kind()).isEqualTo(Hit.Kind.SEGMENT);
        assertThat(exact.id()).isEqualTo("power.converter");
        assertThat(exact.closeness()).isEqualTo(Hit.Closeness.EXACT);
        assertThat(exact.chainId()).isEqualTo("power");
        assertThat(exact.segmentId()).isEqualTo("power.converter");
        assertThat(index.find("hlbyq").get(0).id()).isEqualTo("power.converter");
    }

    @Test
    void findsAChainByNameByPinyinAndByEnglishName() {
        Hit chain = index.find("有色金属").get(0);
        assertThat(chain.kind()).isEqualTo(Hit.Kind.CHAIN);
        assertThat(chain.id()).isEqualTo("nonferrous");
        assertThat(chain.chainId()).isEqualTo("nonferrous");
        assertThat(chain.segmentId()).isNull();
        assertThat(index.find("hgxcl").get(0).id()).isEqualTo("chem");
        Hit english = index.find("automotive").get(0);
        assertThat(english.id()).isEqualTo("auto");
        assertThat(english.field()).isEqualTo(Hit.Field.ENGLISH_NAME);
        assertThat(english.closeness()).isEqualTo(Hit.Closeness.EXACT);
    }

    @Test
    void ranksWholeBeforeStartBeforeInsideThenShorterNamesFirst() {
        // 变压器 is inside both segments and the firm; the shorter names come first.
        assertThat(names(index.find("bianyaqi")).subList(0, 3)).containsExactly("换流变压器", "电力变压器（含特高压）", TBEA);
        List<Hit> hits = index.find("tebian");
        for (int k = 1; k < hits.size(); k++) {
            assertThat(hits.get(k).closeness())
                    .isGreaterThanOrEqualTo(hits.get(k - 1).closeness());
        }
    }

    @Test
    void ranksLocalFirmsBeforeExternalOnes() {
        RegionMap twins = RegionMapsForSearch.of(
                Enterprise.of("far", "衡阳远方钢铁", false, List.of()), Enterprise.of("near", "衡阳近处钢铁", true, List.of()));
        assertThat(SearchIndex.of(twins).find("hengyang").stream().map(Hit::id)).containsExactly("near", "far");
    }

    @Test
    void aFirmInNoSegmentIsFoundWithoutAChain() {
        Hit titanium = index.find("玉兔钛业").get(0);
        assertThat(titanium.id()).isEqualTo("yutu-ti");
        assertThat(titanium.chainId()).isNull();
        assertThat(titanium.segmentId()).isNull();
    }

    @Test
    void capsTheHits() {
        assertThat(index.find("a")).hasSizeLessThanOrEqualTo(SearchIndex.LIMIT);
        assertThat(index.find("y", 3)).hasSize(3);
    }

    @Test
    void findsNothingForWhatIsNotThereOrForNothing() {
        assertThat(index.find("xyzxyz")).isEmpty();
        assertThat(index.find("特变电工长沙")).isEmpty();
        assertThat(index.find("")).isEmpty();
        assertThat(index.find("   ")).isEmpty();
        assertThat(index.find(null)).isEmpty();
    }

    private static List<String> names(List<Hit> hits) {
        return hits.stream().map(Hit::name).toList();
    }
}
