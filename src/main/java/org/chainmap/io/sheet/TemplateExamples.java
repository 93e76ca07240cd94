package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Certainty;
import org.chainmap.model.CreditCode;
import org.chainmap.model.ListKind;
import org.chainmap.model.Role;
import org.chainmap.model.Stage;

/**
 * The example row of each sheet of the empty template but the mapping sheet (which has no 编号 to mark one):
 * filled as a real row would be, in the language's words for stages, yes and no, roles and lists, with 示例
 * (example) as its 编号 so that an import passes over it.
 */
final class TemplateExamples {

    /** A made-up credit code of the right form, its check character right. */
    static final String CODE =
            "91430400MA4T8K2L5" + CreditCode.expectedCheck("91430400MA4T8K2L5").orElseThrow();

    private TemplateExamples() {}

    static List<Object> row(SheetKind kind, Locale locale) {
        String example = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "示例" : "example";
        String chain = "新型能源及电力装备产业链";
        String likely = Shown.value(Certainty.LIKELY, locale);
        String verified = Shown.value(Certainty.VERIFIED, locale);
        List<Object> values =
                switch (kind) {
                    case SEGMENTS -> Arrays.asList(
                            chain,
                            "power",
                            "电力变压器",
                            "Power transformers",
                            Shown.value(Stage.MIDSTREAM, locale),
                            1,
                            "C3821",
                            Shown.value(true, locale),
                            Shown.value(List.of("箱式变电站", "特高压及配电网工程"), locale),
                            verified,
                            "衡阳市工信局产业链图谱（2024）",
                            null);
                    case FIRMS -> Arrays.asList(
                            "衡阳某某电气有限公司",
                            CODE,
                            Shown.value(true, locale),
                            null,
                            null,
                            "珠晖区",
                            "白沙洲工业园",
                            chain,
                            "电力变压器",
                            Shown.value(Role.SUPPLIER, locale),
                            Shown.value(List.of("规上", "专精特新"), locale),
                            120_000_000L,
                            2023,
                            Shown.value(List.of("箱式变压器", "干式变压器"), locale),
                            "C3821",
                            "企业走访",
                            "2024-05-31",
                            verified,
                            null);
                    case MAPPING -> throw new IllegalArgumentException("the mapping sheet has no example row");
                    case LINKS -> Arrays.asList("金杯电工", "特变电工衡阳变压器有限公司", "电磁线", 5_000_000L, likely, "企业走访", null);
                    case LISTS -> Arrays.asList(
                            chain,
                            Shown.value(ListKind.PROMOTIONS, locale),
                            "箱变外壳项目",
                            "已签约",
                            300_000_000L,
                            2024,
                            "箱式变电站",
                            verified,
                            "市招商局",
                            null);
                };
        List<Object> row = new ArrayList<>();
        row.add(example);
        row.addAll(values);
        return row;
    }
}
