package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.edit.Description;
import org.chainmap.edit.History;
import org.chainmap.edit.Merge;
import org.chainmap.io.sheet.RowOutcome.Action;
import org.chainmap.model.Chain;
import org.chainmap.model.ListKind;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of all four kinds of sheet, in no particular order, into an empty map: the segments bring their
 * chain, the firms name the segments, the links the firms (one of them refused), the list items the chain.
 */
class WorkbookImportTest {

    static final RegionMap EMPTY = RegionMap.empty(new Region("衡阳市", "430400", null, null, null, null));

    @TempDir
    Path dir;

    Path workbook() throws Exception {
        return Workbooks.xlsx(
                dir.resolve("chain.xlsx"),
                new Workbooks.SheetData(
                        "清单",
                        List.of(
                                new Object[] {"所属产业链", "清单", "名称", "状态", "金额（亿元）", "年份", "环节"},
                                new Object[] {"纺织服装", "招商项目", "高端面料项目", "已签约", 2.5, 2024, "面料"},
                                new Object[] {"纺织服装", "重点问题", "印染产能不足", null, null, null, "印染"})),
                new Workbooks.SheetData(
                        "供应关系",
                        List.of(
                                new Object[] {"供应商", "客户", "产品", "年供货额（万元）"},
                                new Object[] {"衡阳纺纱有限公司", "衡阳面料有限公司", "棉纱", 800},
                                new Object[] {"衡阳纺纱有限公司", "衡阳纺纱有限公司", "棉纱", null},
                                new Object[] {"衡阳面料有限公司", "衡阳服饰有限公司", "面料", null})),
                new Workbooks.SheetData(
                        "企业",
                        List.of(
                                new Object[] {"企业名称", "环节", "是否本地", "角色"},
                                new Object[] {"衡阳纺纱有限公司", "纺纱", "是", "配套"},
                                new Object[] {"衡阳面料有限公司", "面料", "是", "链主"},
                                new Object[] {"衡阳服饰有限公司", "成衣", "是", "老板"})),
                new Workbooks.SheetData(
                        "环节",
                        List.of(
                                new Object[] {"所属产业链", "环节名称", "阶段", "供给环节", "核心环节"},
                                new Object[] {"纺织服装产业链", "纺纱", "上游", "面料"},
                                new Object[] {"纺织服装产业链", "面料", "中游", "印染、成衣", "是"},
                                new Object[] {"纺织服装产业链", "印染", "中游", "成衣"},
                                new Object[] {"纺织服装产业链", "成衣", "下游", "成衣、服饰品牌"})));
    }

    @Test
    void everyKindOfSheetComesInInItsOrder() throws Exception {
        ImportPreview preview = Importer.preview(EMPTY, workbook(), ImportOptions.DEFAULTS);

        assertThat(preview.sheets())
                .extracting(sheet -> sheet.headers().kind())
                .containsExactly(SheetKind.LISTS, SheetKind.LINKS, SheetKind.FIRMS, SheetKind.SEGMENTS);
        assertThat(preview.rows())
                .extracting(RowOutcome::sheet, RowOutcome::row, RowOutcome::action)
                .containsExactly(
                        tuple("环节", 2, Action.ADD),
                        tuple("环节", 3, Action.ADD),
                        tuple("环节", 4, Action.ADD),
                        tuple("环节", 5, Action.ADD),
                        tuple("企业", 2, Action.ADD),
                        tuple("企业", 3, Action.ADD),
                        tuple("企业", 4, Action.REFUSED),
                        tuple("供应关系", 2, Action.ADD),
                        tuple("供应关系", 3, Action.REFUSED),
                        tuple("供应关系", 4, Action.REFUSED),
                        tuple("清单", 2, Action.ADD),
                        tuple("清单", 3, Action.ADD));
        assertThat(preview.rows().get(0).remarks())
                .extracting(problem -> problem.describe(Locale.CHINESE))
                .containsExactly("A列“所属产业链”：图谱中没有产业链“纺织服装产业链”，将新增该产业链。");
        assertThat(preview.rows().get(3).remarks())
                .extracting(problem -> problem.describe(Locale.CHINESE))
                .containsExactly(
                        "D列“供给环节”：“成衣”是本环节自身；环节不能供给自身，此项不导入。", "D列“供给环节”：没有名为“服饰品牌”的环节（若本行写了所属产业链，则在该产业链中查找）。");
        assertThat(preview.rows().get(6).reasons())
                .extracting(problem -> problem.describe(Locale.ENGLISH))
                .containsExactly("column D \"角色\": \"老板\" is not a role (write 链主, 配套 or 服务;"
                        + " leader, supplier or service).");
        assertThat(preview.rows().get(8).reasons())
                .extracting(problem -> problem.describe(Locale.ENGLISH))
                .containsExactly("column B \"客户\": A firm cannot supply itself.");
        assertThat(preview.rows().get(9).reasons())
                .extracting(problem -> problem.describe(Locale.CHINESE))
                .containsExactly("B列“客户”：“衡阳服饰有限公司”在第4行，该行无法导入。");
    }

    @Test
    void theImportBuildsTheChain() throws Exception {
        ImportPreview preview = Importer.preview(EMPTY, workbook(), ImportOptions.DEFAULTS);
        History history = new History(EMPTY);

        history.perform(Merge.of(EMPTY, preview.incoming(), Description.of("import.apply", 9, "chain.xlsx")));

        RegionMap map = history.map();
        assertThat(MapValidator.hasErrors(MapValidator.validate(map))).isFalse();
        Chain chain = map.chains().get(0);
        assertThat(chain.name()).isEqualTo("纺织服装产业链");
        assertThat(chain.segments())
                .extracting(Segment::name, Segment::stage, Segment::order)
                .containsExactly(
                        tuple("纺纱", Stage.UPSTREAM, 1),
                        tuple("面料", Stage.MIDSTREAM, 1),
                        tuple("印染", Stage.MIDSTREAM, 2),
                        tuple("成衣", Stage.DOWNSTREAM, 1));
        Segment fabric = chain.segments().get(1);
        assertThat(fabric.core()).isTrue();
        assertThat(fabric.feeds())
                .containsExactly(
                        chain.segments().get(2).id(), chain.segments().get(3).id());
        assertThat(map.enterprises()).hasSize(2);
        SupplyLink link = map.links().get(0);
        assertThat(map.enterprise(link.from()).orElseThrow().name()).isEqualTo("衡阳纺纱有限公司");
        assertThat(link.value()).isEqualTo(8_000_000L);
        assertThat(chain.lists().of(ListKind.PROMOTIONS)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("高端面料项目");
            assertThat(item.amount()).isEqualTo(250_000_000L);
            assertThat(item.segment()).isEqualTo(fabric.id());
        });
        assertThat(chain.lists().of(ListKind.PROBLEMS)).hasSize(1);

        ImportPreview again = Importer.preview(map, workbook(), ImportOptions.DEFAULTS);
        assertThat(again.changes())
                .as("importing the same workbook again changes nothing")
                .isZero();
        history.undo();
        assertThat(history.map()).isEqualTo(EMPTY);
    }
}
