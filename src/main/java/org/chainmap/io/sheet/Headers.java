package org.chainmap.io.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a table and what its columns are: the first of its top rows whose headers name the key
 * columns of a kind of sheet (企业名称 for firms, 供应商 and 客户 for links …), in Chinese or English, with
 * the user's own mapping for headers it does not know. A unit in a header, {@code 营收（万元）}, scales the
 * column's amounts.
 *
 * @param row the index of the header row in the table's rows
 * @param kind what the rows below it are
 * @param columns where each known column is (index from 0)
 * @param scales the factor of amounts in columns whose header names a unit (万元: 10,000)
 * @param unknown the headers nobody knows, by column index: their cells are not read
 * @param repeated headers of a column already found further left, by column index: not read either
 */
public record Headers(
        int row,
        SheetKind kind,
        Map<Column, Integer> columns,
        Map<Column, Long> scales,
        Map<Integer, String> unknown,
        Map<Integer, String> repeated) {

    /** How far down a sheet the header row is looked for (a title and notes may stand above it). */
    static final int SEARCH_ROWS = 20;

    /** The header for a column the user chose to leave unread. */
    public static final String IGNORE = "ignore";

    private static final Pattern UNIT = Pattern.compile("\\(([^)]*)\\)");

    /** Copies the maps. */
    public Headers {
        columns = Map.copyOf(columns);
        scales = Map.copyOf(scales);
        unknown = Map.copyOf(unknown);
        repeated = Map.copyOf(repeated);
    }

    /** The index of {@code column}, if the sheet has it. */
    public Optional<Integer> indexOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }

    /**
     * Finds the header row of {@code table}.
     *
     * @param mapping the user's meaning of headers ChainMap does not know: header (as in the file) → column
     *     key ({@code revenue}) or {@link #IGNORE}
     * @return empty when no row in the first {@link #SEARCH_ROWS} names the key columns of any kind
     */
    public static Optional<Headers> find(Table table, Map<String, String> mapping) {
        Map<String, String> normalizedMapping = new LinkedHashMap<>();
        mapping.forEach((header, key) -> normalizedMapping.put(normalize(header), key));
        int rows = Math.min(table.rows().size(), SEARCH_ROWS);
        for (int r = 0; r < rows; r++) {
            Headers best = null;
            double bestScore = 0;
            for (SheetKind kind : SheetKind.values()) {
                Headers headers = match(table.rows().get(r), r, kind, normalizedMapping);
                if (!headers.columns.keySet().containsAll(kind.keyColumns()) || headers.columns.size() < 2) {
                    continue;
                }
                double score = headers.columns.size() + (kind.suits(table.name()) ? 0.5 : 0);
                if (score > bestScore) {
                    best = headers;
                    bestScore = score;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static Headers match(Table.Row row, int index, SheetKind kind, Map<String, String> mapping) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Column, Long> scales = new EnumMap<>(Column.class);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        Map<Integer, String> repeated = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String header = row.cell(c).text();
            if (header.isEmpty()) {
                continue;
            }
            String normalized = normalize(header);
            String mapped = mapping.get(normalized);
            if (IGNORE.equals(mapped) || Column.ROW_NUMBERS.contains(normalized)) {
                continue;
            }
            Optional<Column> column = mapped != null ? Column.of(kind, mapped) : known(kind, base(normalized));
            if (column.isEmpty()) {
                unknown.put(c, header);
            } else if (columns.containsKey(column.get())) {
                repeated.put(c, header);
            } else {
                columns.put(column.get(), c);
                long scale = scale(normalized);
                if (scale != 1) {
                    scales.put(column.get(), scale);
                }
            }
        }
        return new Headers(index, kind, columns, scales, unknown, repeated);
    }

    /** The column of {@code kind} known by the normalized header {@code base}. */
    static Optional<Column> known(SheetKind kind, String base) {
        for (Column column : kind.columns()) {
            if (column.aliases().contains(base) || templateHeaders(column).contains(base)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static Set<String> templateHeaders(Column column) {
        Set<String> headers = new HashSet<>();
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            headers.add(base(normalize(column.in(locale))));
        }
        return headers;
    }

    /**
     * A header as it is compared: full-width forms made plain (（ → (), letters lower-cased, blanks, required
     * marks ({@code *}) and a closing colon taken out.
     */
    public static String normalize(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("[\\s*]+", "");
        while (plain.endsWith(":")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return plain;
    }

    /** A normalized header without what stands in brackets: 营收(万元) → 营收. */
    static String base(String normalized) {
        String without = UNIT.matcher(normalized).replaceAll("");
        return without.isEmpty() ? normalized : without;
    }

    /** The factor of a unit named in brackets: 万元 10,000, 亿元 100,000,000, 元 1. */
    static long scale(String normalized) {
        Matcher unit = UNIT.matcher(normalized);
        while (unit.find()) {
            String text = unit.group(1);
            if (text.startsWith("亿")) {
                return 100_000_000L;
            }
            if (text.startsWith("万") || text.equals("10kyuan")) {
                return 10_000L;
            }
        }
        return 1;
    }

    /** Every header of the row that was not read, by column index: unknown ones and repeated ones. */
    public Map<Integer, String> unread() {
        Map<Integer, String> all = new java.util.TreeMap<>(unknown);
        all.putAll(repeated);
        return all;
    }

    /** The headers a user could map, in column order: those ChainMap does not know. */
    public List<String> unknownHeaders() {
        return new ArrayList<>(unknown.values());
    }
}
