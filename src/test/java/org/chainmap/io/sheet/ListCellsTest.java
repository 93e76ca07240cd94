package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.Description;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several values in one cell (decision 0022): a known name is never cut at a separator, a cell of several lines
 * holds one value per line, and the template of every shipped map and of a generated one, with names holding
 * 、, commas and quotes, imports back as no change.
 */
class ListCellsTest {

    private static final String PRODUCT = "建筑、农用机械与重型卡车-农业机械";

    @TempDir
    Path dir;

    @Test
    void aKnownValueStaysWholeAndTheRestIsCut() {
        Set<String> known = Set.of(PRODUCT);
        assertThat(Values.values(PRODUCT, known::contains)).containsExactly(PRODUCT);
        assertThat(Values.values(PRODUCT + "、轮胎", known::contains)).containsExactly(PRODUCT, "轮胎");
        assertThat(Values.values("轮胎、" + PRODUCT + "；钢丝", known::contains)).containsExactly("轮胎", PRODUCT, "钢丝");
        assertThat(Values.values(PRODUCT, any -> false)).containsExactly("建筑", "农用机械与重型卡车-农业机械");
        assertThat(Values.values("氯碱（烧碱、氯气）、盐酸", any -> false)).containsExactly("氯碱（烧碱、氯气）", "盐酸");
        assertThat(Values.values("a、b\nc, d", any -> false)).containsExactly("a、b", "c, d");
    }

    @Test
    void aRepeatIsNamedAndAProductWithASeparatorIsNoRepeat() throws Exception {
        RegionMap map = withOddNames(RegionGenerator.generate(40, 3));
        Path csv = dir.resolve("firms.csv");
        Files.writeString(
                csv,
                "企业名称,主要产品,标签\n"
                        + "新企业甲,\"" + PRODUCT + "、建筑、农用机械与重型卡车-汽车\",高新、高新\n"
                        + "新企业乙,\"" + PRODUCT + "、轮胎\",\n");

        ImportPreview preview = Importer.preview(map, csv, ImportOptions.DEFAULTS);

        Enterprise first = preview.incoming().enterprises().get(0);
        assertThat(first.products()).containsExactly(PRODUCT, "建筑", "农用机械与重型卡车-汽车");
        assertThat(preview.incoming().enterprises().get(1).products()).containsExactly(PRODUCT, "轮胎");
        assertThat(preview.rows().get(0).remarks())
                .extracting(remark -> remark.message().text(Locale.CHINESE))
                .containsExactly("“高新”重复填写，只取一次。");
        assertThat(preview.rows().get(1).remarks()).isEmpty();
    }

    @Test
    void aCellNamingSegmentsWhosePiecesNameNoneIsRefusedAsWritten() throws Exception {
        RegionMap map = SegmentPlacementTest.BATTERY;
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, "企业名称,所属环节\n新企业,电机、电控\n新企业二,电芯、电控\n");

        ImportPreview preview = Importer.preview(map, csv, ImportOptions.DEFAULTS);

        // Neither piece names a segment: one reason, about what was written (decision 0031).
        assertThat(preview.rows().get(0).reasons())
                .extracting(reason -> reason.message().text(Locale.CHINESE))
                .containsExactly("没有名为“电机、电控”的环节（若本行写了所属产业链，则在该产业链中查找）。");
        // One piece names a segment: the cell is a list, and the other piece is the one refused.
        assertThat(preview.rows().get(1).reasons())
                .extracting(reason -> reason.message().args())
                .containsExactly(List.of("电控"));
    }

    @Test
    void aCellOfSeparatorsOnlyLeavesTheFirmAsItIs() throws Exception {
        RegionMap map = SegmentPlacementTest.BATTERY;
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, "企业名称,所属环节,主要产品,标签\n衡阳电芯有限公司,、,\"，\",；\n");

        ImportPreview preview = Importer.preview(map, csv, ImportOptions.DEFAULTS);

        assertThat(preview.rows().get(0).action()).isEqualTo(RowOutcome.Action.UNCHANGED);
        assertThat(preview.incoming().enterprises().get(0).segments()).containsExactly("b.cell");
        assertThat(preview.rows().get(0).remarks())
                .extracting(remark -> remark.message().text(Locale.CHINESE))
                .containsExactly("“、”中没有任何值，本格不读。", "“；”中没有任何值，本格不读。", "“，”中没有任何值，本格不读。");
    }

    @Test
    void productsCutWithNoValueKnownAreCountedInThePreview() throws Exception {
        RegionMap empty = RegionMap.empty(SegmentPlacementTest.BATTERY.region());
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, "企业名称,主要产品\n甲,\"" + PRODUCT + "\"\n乙,轮胎\n丙,\"轮胎、钢丝\"\n");

        ImportPreview preview = Importer.preview(empty, csv, ImportOptions.DEFAULTS);

        // Text alone cannot tell one product holding 、 from two: cut, as ledgers mean it, and said.
        assertThat(preview.incoming().enterprises().get(0).products()).containsExactly("建筑", "农用机械与重型卡车-农业机械");
        assertThat(preview.notes().cutUnknown().count()).isEqualTo(2);
        assertThat(preview.notes().messages())
                .extracting(message -> message.text(Locale.CHINESE))
                .contains("2个产品或标签单元格在顿号、逗号处拆成了几个值，而图谱中一个也没有，例如“" + PRODUCT
                        + "”拆成了 “建筑”、“农用机械与重型卡车-农业机械”。若某个产品本身含有这些符号，把它列进环节映射表，它就不会被拆开。");
    }

    @Test
    void everyShippedMapAndAGeneratedOneComeBackThroughTheTemplateAsNoChange() throws Exception {
        List<RegionMap> maps = new ArrayList<>();
        try (DirectoryStream<Path> shipped = Files.newDirectoryStream(Path.of("maps"), "*.json")) {
            for (Path file : shipped) {
                maps.add(MapReader.read(file).map().orElseThrow());
            }
        }
        assertThat(maps).isNotEmpty();
        maps.add(withOddNames(RegionGenerator.generate(300, 11)));
        for (RegionMap map : maps) {
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                Path file = dir.resolve("template-" + maps.indexOf(map) + locale + ".xlsx");
                try (OutputStream out = Files.newOutputStream(file)) {
                    TemplateWriter.write(map, out, locale);
                }
                ImportPreview again = Importer.preview(map, file, ImportOptions.DEFAULTS);
                assertThat(again.rows(RowOutcome.Action.UPDATE))
                        .as("%s in %s", map.region().name(), locale)
                        .isEmpty();
                assertThat(again.count(RowOutcome.Action.UNCHANGED))
                        .isEqualTo(again.rows().size());
                assertThat(again.rows()).flatExtracting(RowOutcome::problems).isEmpty();

                RegionMap empty = RegionMap.empty(map.region());
                ImportPreview fresh = Importer.preview(empty, file, ImportOptions.DEFAULTS);
                History history = new History(empty);
                history.perform(Merge.of(empty, fresh.incoming(), Description.of("import.apply", 1, "x")));
                assertThat(history.map().enterprises())
                        .as("into an empty map, where only a lone value holding a separator is cut")
                        .isEqualTo(map.enterprises().stream()
                                .map(ListCellsTest::loneValuesCut)
                                .toList());
                // The mapping sheet brings the segments' products and codes back (decision 0031).
                for (int c = 0; c < map.chains().size(); c++) {
                    assertThat(history.map().chains().get(c).segments())
                            .extracting(Segment::id, Segment::industryCodes, Segment::products)
                            .isEqualTo(map.chains().get(c).segments().stream()
                                    .map(segment -> org.assertj.core.groups.Tuple.tuple(
                                            segment.id(), segment.industryCodes(), segment.products()))
                                    .toList());
                }
            }
        }
    }

    /**
     * The firm as an empty map reads it: a lone product or tag holding a separator, cut (decision 0022), and no
     * citations.
     */
    private static Enterprise loneValuesCut(Enterprise firm) {
        List<String> products =
                firm.products().size() == 1 ? Values.values(firm.products().get(0), any -> false) : firm.products();
        List<String> tags = firm.tags().size() == 1 ? Values.values(firm.tags().get(0), any -> false) : firm.tags();
        return new Enterprise(
                firm.id(),
                firm.name(),
                firm.creditCode(),
                firm.local(),
                firm.origin(),
                firm.county(),
                firm.park(),
                firm.segments(),
                firm.role(),
                tags,
                firm.revenue(),
                firm.revenueYear(),
                products,
                firm.verified(),
                // The template has no column for citations: a firm read from it into an empty map has none.
                new org.chainmap.model.Provenance(
                        firm.provenance().certainty(),
                        firm.provenance().source(),
                        firm.provenance().note()),
                firm.extra());
    }

    /** The map with products, tags and names that hold 、, commas and quotes. */
    static RegionMap withOddNames(RegionMap map) {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < map.enterprises().size(); i++) {
            Enterprise firm = map.enterprises().get(i);
            List<String> products =
                    switch (i % 4) {
                        case 0 -> List.of(PRODUCT);
                        case 1 -> List.of(PRODUCT, "轮胎");
                        case 2 -> List.of("bolts, nuts", "\"quoted\" parts");
                        default -> firm.products();
                    };
            List<String> tags = i % 3 == 0 ? List.of("规上", "新材料、新能源") : firm.tags();
            String name = i % 5 == 0 ? firm.name() + "“星”, 分公司" : firm.name();
            firms.add(new Enterprise(
                    firm.id(),
                    name,
                    firm.creditCode(),
                    firm.local(),
                    firm.origin(),
                    firm.county(),
                    firm.park(),
                    firm.segments(),
                    firm.role(),
                    tags,
                    firm.revenue(),
                    firm.revenueYear(),
                    products,
                    firm.verified(),
                    firm.provenance(),
                    firm.extra()));
        }
        List<Chain> chains = new ArrayList<>();
        for (Chain chain : map.chains()) {
            List<Segment> segments = new ArrayList<>();
            for (int i = 0; i < chain.segments().size(); i++) {
                Segment segment = chain.segments().get(i);
                segments.add(
                        switch (i % 3) {
                            case 0 -> segment.withName(segment.name() + "、配件", segment.nameEn());
                                // Products and codes the mapping sheet carries: with 、, commas and quotes too.
                            case 1 -> segment.withCoverage(
                                    List.of("C38" + (i % 10), "C3" + (i % 10) + "1"),
                                    List.of(segment.name() + "专用件、附件", "\"" + segment.name() + "\", 总成"));
                            default -> segment;
                        });
            }
            chains.add(chain.withSegments(segments));
        }
        return map.withEnterprises(firms).withChains(chains);
    }
}
