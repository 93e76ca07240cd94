package org.chainmap.io.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the rows of a sheet are, told by its headers: segments, the rules placing firms in segments, enterprises,
 * supply links or list items. An
 * import reads the sheets in this order, whatever their order in the workbook, so that firms can name the
 * segments added beside them and links the firms.
 */
public enum SheetKind implements Message.Localized {
    /** Segments (环节) of chains; a segment of a chain the map does not have brings the chain. */
    SEGMENTS("segments", Set.of("环节", "产业链环节", "segments", "segment")),
    /**
     * Rules that place firms in segments (环节映射): a product or an industry code, and the segment it places a
     * firm in; read after the segments and before the firms (decision 0031).
     */
    MAPPING("mapping", Set.of("环节映射", "映射", "产品映射", "归类", "mapping")),
    /** Enterprises (企业). */
    FIRMS("enterprises", Set.of("企业", "企业名录", "企业台账", "enterprises", "firms", "companies")),
    /** Supply links (供应关系). */
    LINKS("links", Set.of("供应关系", "供需关系", "配套关系", "links", "supply")),
    /** Items of the five lists (五单). */
    LISTS("lists", Set.of("清单", "五单", "lists"));

    private final String id;
    private final Set<String> sheetNames;

    SheetKind(String id, Set<String> sheetNames) {
        this.id = id;
        this.sheetNames = sheetNames;
    }

    /** The word for the kind in the format's documentation: {@code enterprises}, {@code links}. */
    public String id() {
        return id;
    }

    /** The columns of a sheet of this kind, in the template's order. */
    public List<Column> columns() {
        return Arrays.stream(Column.values())
                .filter(column -> column.kind() == this)
                .toList();
    }

    /** The columns a sheet of this kind cannot do without: they tell the kind from the headers. */
    List<Column> keyColumns() {
        return switch (this) {
            case SEGMENTS -> List.of(Column.SEGMENT_NAME);
            case MAPPING -> List.of(Column.MAP_SEGMENT);
            case FIRMS -> List.of(Column.FIRM_NAME);
            case LINKS -> List.of(Column.LINK_SUPPLIER, Column.LINK_CUSTOMER);
            case LISTS -> List.of(Column.ITEM_LIST, Column.ITEM_TITLE);
        };
    }

    /** Whether a sheet called {@code name} is likely of this kind (a hint when headers leave it open). */
    boolean suits(String name) {
        return sheetNames.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The sheet's name in the template, in {@code locale}'s language. */
    @Override
    public String in(Locale locale) {
        return Message.format(locale, "kind." + id);
    }
}
