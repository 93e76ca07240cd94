package org.chainmap.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.Merge;
import org.chainmap.io.sheet.ImportOptions;
import org.chainmap.io.sheet.ImportPreview;
import org.chainmap.io.sheet.Importer;
import org.chainmap.io.sheet.SheetException;
import org.chainmap.model.Chain;
import org.chainmap.model.CreditCode;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Makes a synthetic firms ledger for a map, as a city's statistics office might hand it over, for measuring the
 * import ({@code generate --ledger N --map MAP --csv FILE}): one row per firm with Chinese headers, the name, a
 * valid unified social credit code registered in one of six divisions (three inside Hengyang's 430400, three
 * outside, so that the import decides {@code local} from the code), the chain and segment by name from the map,
 * tags, revenue in 万元, two products (the second holding {@code 、}), the county for local firms and the
 * segment's first industry code. The same map, size and seed always give the same rows.
 */
final class LedgerGenerator {

    /** The ledger's header row, as the import reads it. */
    static final List<String> HEADERS =
            List.of("企业名称", "统一社会信用代码", "所属产业链", "环节", "标签", "营业收入（万元）", "主要产品", "县市区", "行业代码");

    /** Registering divisions: three in Hengyang, with their county, and three elsewhere. */
    private static final String[][] DIVISIONS = {
        {"430405", "珠晖区"}, {"430421", "衡阳县"}, {"430481", "耒阳市"}, {"430102", null}, {"440305", null}, {"320505", null}
    };

    private static final String[] TAGS = {"", "", "规上", "规上;高新", "专精特新", "高新"};
    private static final String DIGITS = "0123456789";

    private LedgerGenerator() {}

    /** {@code count} rows for the segments of {@code map}, from {@code seed}; no header. */
    static List<List<String>> rows(RegionMap map, int count, long seed) {
        List<Chain> chains = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                chains.add(chain);
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("the map has no segments");
        }
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int at = random.nextInt(segments.size());
            Segment segment = segments.get(at);
            String[] division = DIVISIONS[random.nextInt(DIVISIONS.length)];
            rows.add(List.of(
                    String.format("台账%s制造第%05d有限公司", segment.name(), i),
                    creditCode(division[0], random),
                    chains.get(at).name(),
                    segment.name(),
                    TAGS[random.nextInt(TAGS.length)],
                    Integer.toString(100 + random.nextInt(200_000)),
                    segment.name() + "；" + segment.name() + "配件、辅料",
                    division[1] == null ? "" : division[1],
                    segment.industryCodes().isEmpty()
                            ? ""
                            : segment.industryCodes().get(0)));
        }
        return rows;
    }

    /** A valid code of a firm registered in {@code division}: 91, the division, nine random digits, the check. */
    private static String creditCode(String division, Random random) {
        StringBuilder code = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            code.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return code.append(CreditCode.expectedCheck(code.toString()).orElseThrow())
                .toString();
    }

    /** Writes the header and {@code rows} to {@code file} as UTF-8 CSV, quoting every cell. */
    static void writeCsv(List<List<String>> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, HEADERS);
            for (List<String> row : rows) {
                line(out, row);
            }
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            out.write(i == 0 ? "\"" : ",\"");
            out.write(cells.get(i).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    /**
     * {@code map} with the ledger {@code csv} imported, every row taken as {@code import --csv} takes it; for the
     * workbook form of a ledger, which is the {@code template} of that map.
     *
     * @throws IllegalStateException when the import refuses a row (the generator made a row it should not)
     */
    static RegionMap imported(RegionMap map, Path csv) throws SheetException, EditRefusedException {
        ImportPreview preview = Importer.preview(map, csv, ImportOptions.DEFAULTS);
        if (preview.hasRefusals()) {
            throw new IllegalStateException("the import refused rows of the generated ledger");
        }
        return Merge.of(map, preview.incoming(), Description.of("import.apply", preview.changes(), preview.source()))
                .plan(map)
                .applyTo(map);
    }
}
