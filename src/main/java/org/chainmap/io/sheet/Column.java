package org.chainmap.io.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column an import understands, in one kind of sheet: its field of the map ({@link #key()}, the name in
 * {@code docs/format.md}), its header in the template (in each language, from the bundle), and the other
 * headers ledgers use for it, Chinese and English. Headers are compared after {@link Headers#normalize}.
 */
public enum Column implements Message.Localized {
    SEGMENT_ID(SheetKind.SEGMENTS, "id", "编号", "环节编号", "id"),
    SEGMENT_CHAIN(SheetKind.SEGMENTS, "chain", "所属产业链", "产业链", "产业链名称", "chain"),
    SEGMENT_CHAIN_ID(SheetKind.SEGMENTS, "chainId", "产业链编号", "chainid"),
    SEGMENT_NAME(SheetKind.SEGMENTS, "name", "环节名称", "环节", "名称", "segment", "segmentname", "name"),
    SEGMENT_NAME_EN(SheetKind.SEGMENTS, "nameEn", "英文名称", "英文名", "环节英文名称", "nameen", "englishname"),
    SEGMENT_STAGE(SheetKind.SEGMENTS, "stage", "阶段", "上中下游", "所处阶段", "所属阶段", "链位", "stage"),
    SEGMENT_ORDER(SheetKind.SEGMENTS, "order", "顺序", "排序", "order"),
    SEGMENT_CODES(SheetKind.SEGMENTS, "industryCodes", "行业代码", "国民经济行业代码", "国民经济行业分类", "industrycodes", "industrycode"),
    SEGMENT_CORE(SheetKind.SEGMENTS, "core", "核心环节", "是否核心", "是否核心环节", "核心", "core"),
    SEGMENT_FEEDS(SheetKind.SEGMENTS, "feeds", "供给环节", "下游环节", "供给", "feeds"),
    SEGMENT_CERTAINTY(SheetKind.SEGMENTS, "certainty", Aliases.CERTAINTY),
    SEGMENT_SOURCE(SheetKind.SEGMENTS, "source", Aliases.SOURCE),
    SEGMENT_NOTE(SheetKind.SEGMENTS, "note", Aliases.NOTE),

    FIRM_ID(SheetKind.FIRMS, "id", "编号", "企业编号", "id"),
    FIRM_NAME(
            SheetKind.FIRMS,
            "name",
            "企业名称",
            "企业",
            "企业全称",
            "公司名称",
            "公司",
            "单位名称",
            "name",
            "company",
            "enterprise",
            "firm",
            "companyname",
            "enterprisename"),
    FIRM_CREDIT_CODE(
            SheetKind.FIRMS,
            "creditCode",
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "统一代码",
            "creditcode",
            "uscc",
            "unifiedsocialcreditcode"),
    FIRM_LOCAL(SheetKind.FIRMS, "local", "是否本地", "是否本地企业", "本地企业", "本地", "local", "islocal"),
    FIRM_PROVINCE(SheetKind.FIRMS, "province", "所在省份", "省份", "省", "province"),
    FIRM_CITY(SheetKind.FIRMS, "city", "所在城市", "城市", "所在地市", "市", "city"),
    FIRM_COUNTY(SheetKind.FIRMS, "county", "县市区", "所在县市区", "区县", "县区", "所在区县", "county", "district"),
    FIRM_PARK(SheetKind.FIRMS, "park", "园区", "所在园区", "产业园区", "park"),
    FIRM_CHAIN(SheetKind.FIRMS, "chain", "所属产业链", "产业链", "chain"),
    FIRM_SEGMENTS(SheetKind.FIRMS, "segments", "环节", "所属环节", "产业链环节", "细分环节", "segment", "segments"),
    FIRM_ROLE(SheetKind.FIRMS, "role", "角色", "企业角色", "链中角色", "role"),
    FIRM_TAGS(SheetKind.FIRMS, "tags", "标签", "企业标签", "tags", "tag"),
    FIRM_REVENUE(
            SheetKind.FIRMS, "revenue", "营收", "营业收入", "主营业务收入", "产值", "工业产值", "销售收入", "revenue", "output", "sales"),
    FIRM_REVENUE_YEAR(SheetKind.FIRMS, "revenueYear", "营收年份", "年份", "年度", "数据年份", "revenueyear", "year"),
    FIRM_PRODUCTS(SheetKind.FIRMS, "products", "产品", "主要产品", "主营产品", "主导产品", "products", "product"),
    FIRM_INDUSTRY_CODE(
            SheetKind.FIRMS, "industryCode", "行业代码", "国民经济行业代码", "所属行业代码", "行业分类代码", "industrycode", "industrycodes"),
    FIRM_SOURCE(SheetKind.FIRMS, "source", Aliases.SOURCE),
    FIRM_VERIFIED(SheetKind.FIRMS, "verified", "核实日期", "核实时间", "更新日期", "更新时间", "verified", "verifiedon"),
    FIRM_CERTAINTY(SheetKind.FIRMS, "certainty", Aliases.CERTAINTY),
    FIRM_NOTE(SheetKind.FIRMS, "note", Aliases.NOTE),

    LINK_ID(SheetKind.LINKS, "id", "编号", "关系编号", "id"),
    LINK_SUPPLIER(SheetKind.LINKS, "from", "供应商", "供方", "供货企业", "供货方", "上游企业", "supplier", "from"),
    LINK_CUSTOMER(SheetKind.LINKS, "to", "客户", "需方", "采购企业", "采购方", "下游企业", "customer", "to"),
    LINK_PRODUCT(SheetKind.LINKS, "product", "产品", "供应产品", "供货产品", "采购产品", "product"),
    LINK_VALUE(SheetKind.LINKS, "value", "金额", "年供货额", "供货金额", "采购金额", "交易额", "value", "amount"),
    LINK_CERTAINTY(SheetKind.LINKS, "certainty", Aliases.CERTAINTY),
    LINK_SOURCE(SheetKind.LINKS, "source", Aliases.SOURCE),
    LINK_NOTE(SheetKind.LINKS, "note", Aliases.NOTE),

    ITEM_ID(SheetKind.LISTS, "id", "编号", "id"),
    ITEM_CHAIN(SheetKind.LISTS, "chain", "所属产业链", "产业链", "chain"),
    ITEM_LIST(SheetKind.LISTS, "list", "清单", "清单类别", "清单类型", "所属清单", "list"),
    ITEM_TITLE(SheetKind.LISTS, "title", "名称", "项目名称", "标题", "事项", "内容", "title", "name"),
    ITEM_STATUS(SheetKind.LISTS, "status", "状态", "进度", "项目状态", "status"),
    ITEM_AMOUNT(SheetKind.LISTS, "amount", "金额", "投资额", "总投资", "计划投资", "amount", "investment"),
    ITEM_YEAR(SheetKind.LISTS, "year", "年份", "年度", "year"),
    ITEM_SEGMENT(SheetKind.LISTS, "segment", "环节", "所属环节", "segment"),
    ITEM_CERTAINTY(SheetKind.LISTS, "certainty", Aliases.CERTAINTY),
    ITEM_SOURCE(SheetKind.LISTS, "source", Aliases.SOURCE),
    ITEM_NOTE(SheetKind.LISTS, "note", Aliases.NOTE),

    MAP_PRODUCT(SheetKind.MAPPING, "product", "产品", "产品名称", "主要产品", "product"),
    MAP_CODE(SheetKind.MAPPING, "industryCode", "行业代码", "国民经济行业代码", "industrycode"),
    MAP_CHAIN(SheetKind.MAPPING, "chain", "所属产业链", "产业链", "chain"),
    MAP_SEGMENT(SheetKind.MAPPING, "segment", "归入环节", "环节", "所属环节", "segment");

    /** Headers shared by every kind of sheet. */
    private static final class Aliases {
        static final String[] CERTAINTY = {"可信度", "核实状态", "是否核实", "certainty"};
        static final String[] SOURCE = {"数据来源", "来源", "信息来源", "source"};
        static final String[] NOTE = {"备注", "说明", "note", "notes", "remark", "remarks"};

        private Aliases() {}
    }

    /** Headers of columns that number the rows, read by nobody: 序号, No. */
    static final List<String> ROW_NUMBERS = List.of("序号", "序", "no", "no.", "#", "number");

    private final SheetKind kind;
    private final String key;
    private final List<String> aliases;

    Column(SheetKind kind, String key, String... aliases) {
        this.kind = kind;
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The kind of sheet the column belongs to. */
    public SheetKind kind() {
        return kind;
    }

    /** The field it fills, as {@code docs/format.md} names it ({@code creditCode}, {@code from}). */
    public String key() {
        return key;
    }

    /** The headers it is known by, normalized, besides its template headers. */
    List<String> aliases() {
        return aliases;
    }

    /** The column of {@code kind} whose key is {@code key}. */
    public static Optional<Column> of(SheetKind kind, String key) {
        for (Column column : values()) {
            if (column.kind == kind && column.key.equalsIgnoreCase(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column's header in the template, in {@code locale}'s language. */
    @Override
    public String in(Locale locale) {
        return Message.format(locale, "column." + kind.id() + "." + key);
    }
}
