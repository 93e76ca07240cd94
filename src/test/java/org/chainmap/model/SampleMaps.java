package org.chainmap.model;

import java.util.List;
import java.util.Map;

/** Small maps for tests, built from the model alone. */
public final class SampleMaps {

    private SampleMaps() {}

    /**
     * Two chains: power (silicon steel → transformer → grid) and non-ferrous (copper rod feeding the
     * transformer segment across chains); a local transformer maker supplied by an external steel mill and a
     * local copper firm.
     */
    public static RegionMap small() {
        Chain power = Chain.of(
                "power",
                "新型能源及电力装备产业链",
                Segment.of("power.steel", "取向硅钢", Stage.UPSTREAM, "power.transformer"),
                Segment.of("power.transformer", "变压器", Stage.MIDSTREAM, "power.grid"),
                Segment.of("power.grid", "电网工程", Stage.DOWNSTREAM));
        Chain nonferrous = Chain.of(
                "nonferrous", "有色金属产业链", Segment.of("nonferrous.copper", "铜杆", Stage.MIDSTREAM, "power.transformer"));
        List<Enterprise> firms = List.of(
                Enterprise.of("tbea-hy", "特变电工衡阳变压器有限公司", true, List.of("power.transformer"), "链主", "规上"),
                Enterprise.of("wk-copper", "五矿铜业", true, List.of("nonferrous.copper"), "规上"),
                Enterprise.of("baosteel", "宝钢股份", false, List.of("power.steel")));
        List<SupplyLink> links =
                List.of(SupplyLink.of("wk-copper", "tbea-hy", "铜杆"), SupplyLink.of("baosteel", "tbea-hy", "取向硅钢"));
        return new RegionMap(
                Region.of("衡阳市", "430400"), null, List.of(power, nonferrous), firms, links, List.of(), Extras.NONE);
    }

    /** A map that uses every field of the format, with unknown fields on every object. */
    public static RegionMap full() {
        Extras extra = Extras.of(Map.of("x-script", "{\"run\":7,\"tags\":[\"a\",\"b\"]}"));
        Provenance provenance = new Provenance(
                Certainty.LIKELY,
                "湖南日报 2024-05",
                "待核实",
                List.of(Citation.of("S2", null), new Citation("S1", "2026-11-30", extra)));
        Segment steel = new Segment(
                "power.steel",
                "取向硅钢",
                "Silicon steel",
                Stage.UPSTREAM,
                1,
                List.of("C3130"),
                List.of(),
                true,
                List.of("power.transformer"),
                provenance,
                extra);
        Segment transformer = new Segment(
                "power.transformer",
                "变压器",
                "Transformers",
                Stage.MIDSTREAM,
                2,
                List.of("C3821"),
                List.of("干式变压器", "油浸式变压器"),
                true,
                List.of("power.steel"),
                Provenance.NONE,
                Extras.NONE);
        ChainLists lists = new ChainLists(
                Map.of(
                        ListKind.GOALS,
                                List.of(new ListItem(
                                        "power.goal", "产值千亿", "推进中", 100_000_000_000L, 2025, null, provenance, extra)),
                        ListKind.PROJECTS,
                                List.of(new ListItem(
                                        "power.project",
                                        "箱变外壳项目",
                                        "在建",
                                        500_000_000L,
                                        2024,
                                        "power.transformer",
                                        Provenance.NONE,
                                        Extras.NONE)),
                        ListKind.PROMOTIONS, List.of(ListItem.of("power.promo", "招引硅钢企业")),
                        ListKind.PROBLEMS, List.of(ListItem.of("power.problem", "硅钢依赖外地")),
                        ListKind.RESEARCH, List.of(ListItem.of("power.research", "新型绝缘材料"))),
                extra);
        Chain power = new Chain(
                "power",
                "新型能源及电力装备产业链",
                "New Energy & Power Equipment",
                "#1565C0",
                "市领导",
                "市工信局",
                "衡阳高新区",
                List.of(steel, transformer),
                lists,
                new Pins(
                        Map.of("power.transformer", new Pins.SegmentPin(240.5, extra)),
                        Map.of("tbea-hy", new Pins.CardPin(0, extra)),
                        extra),
                provenance,
                extra);
        Enterprise tbea = new Enterprise(
                "tbea-hy",
                "特变电工衡阳变压器有限公司",
                "91430400MA4L16JQ9W",
                true,
                null,
                "雁峰区",
                "白沙洲工业园",
                List.of("power.transformer"),
                Role.LEADER,
                List.of("链主", "规上"),
                10_000_000_000L,
                2023,
                List.of("特高压变压器", "换流变压器"),
                "2024-06-30",
                provenance,
                extra);
        Enterprise baosteel = new Enterprise(
                "baosteel",
                "宝山钢铁股份有限公司",
                null,
                false,
                new Origin("上海市", "上海市", extra),
                null,
                null,
                List.of("power.steel"),
                Role.SUPPLIER,
                List.of("上市"),
                null,
                null,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE);
        SupplyLink link = new SupplyLink("link-1", "baosteel", "tbea-hy", "取向硅钢", 300_000_000L, provenance, extra);
        Target target = new Target(
                "target-1",
                "power.steel",
                "首钢股份",
                null,
                Origin.of("北京市", null),
                "国内取向硅钢主要供应商",
                TargetStatus.CONTACTED,
                provenance,
                extra);
        Region region = new Region("衡阳市", "430400", "衡阳市产业链图谱", "2026-11", "市工信局", extra);
        Presentation presentation = new Presentation(
                List.of(
                        Presentation.Step.panorama().withNote("十四条产业链"),
                        new Presentation.Step(StepKind.TITLE, "power", null, null, null, "链主：特变电工", extra),
                        Presentation.Step.segment(StepKind.MISSING, "power", "power.steel"),
                        Presentation.Step.feed(StepKind.BROKEN, "power", "power.steel", "power.transformer"),
                        Presentation.Step.of(StepKind.SUMMARY, "power")),
                extra);
        return new RegionMap(
                region,
                new AnalysisSettings(3, "规上", extra),
                List.of(power),
                List.of(tbea, baosteel),
                List.of(link),
                List.of(target),
                List.of(
                        new Source(
                                "S1",
                                "衡阳壮大产业链跑出“加速度”",
                                "湖南日报",
                                "2022-08-10",
                                "https://epaper.voc.com.cn/hnrb/html/2022-08/10/content_1590121.htm?div=-1",
                                Reliability.NEWSPAPER,
                                "五单一图谱",
                                extra),
                        Source.of("S2", "培育新动能", "衡阳日报")),
                presentation,
                extra);
    }

    /** The chain of {@code map} with the most firms working in it (the one the edit tests draw and change). */
    public static Chain largest(RegionMap map) {
        return map.chains().stream()
                .max(java.util.Comparator.comparingInt(
                        c -> map.enterprisesOfChain(c.id()).size()))
                .orElseThrow();
    }
}
