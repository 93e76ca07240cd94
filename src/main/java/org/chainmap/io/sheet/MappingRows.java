package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.MAP_CHAIN;
import static org.chainmap.io.sheet.Column.MAP_CODE;
import static org.chainmap.io.sheet.Column.MAP_PRODUCT;
import static org.chainmap.io.sheet.Column.MAP_SEGMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.Segment;

/**
 * Rows of the mapping sheet (环节映射, decision 0031): each a product, an industry code or both, and the segment
 * they place a firm in (by name or id, in the row's chain if it names one). For each segment the rows name, each
 * list whose column the sheet has is what the rows give, in row order: a product missing from the rows is taken
 * off the segment, and a row naming the segment with empty cells leaves it with none. A segment no row names
 * keeps its lists, and so does a list whose column the sheet lacks (a sheet of products alone leaves the codes).
 * A code is taken as written; one that is not a section letter and 2 to 4 digits is remarked on, as the map's
 * validation warns of it. Codes are taken from here only when the sheet changes them: a code changed in the
 * segments sheet alone is kept, and where both sheets change a segment's codes differently, this sheet wins and
 * says so.
 */
final class MappingRows {

    /** A rule taken: its row, the segment, and the product and code it gives (either may be {@code null}). */
    private record Rule(RowReader row, String segmentId, String product, String code) {}

    private final Incoming incoming;
    private final Map<String, List<Rule>> bySegment = new LinkedHashMap<>();
    private final List<RowOutcome> refused = new ArrayList<>();

    MappingRows(Incoming incoming) {
        this.incoming = incoming;
    }

    void read(RowReader row) {
        String segmentText = Rows.required(row, MAP_SEGMENT);
        List<String> chainIds = new ArrayList<>();
        String chainText = row.text(MAP_CHAIN);
        if (chainText != null) {
            Chain chain = incoming.chain(chainText).orElse(null);
            if (chain == null) {
                row.refuse(MAP_CHAIN, "row.chainUnknown", chainText);
            } else {
                chainIds.add(chain.id());
            }
        }
        String product = row.text(MAP_PRODUCT);
        String code = null;
        String codeText = row.text(MAP_CODE);
        if (codeText != null) {
            code = codeText;
            if (!codeText.equals(IndustryCodes.forSegment(codeText))) {
                row.remark(MAP_CODE, "row.industryCodeMalformed", codeText);
            }
        }
        Segment segment = null;
        if (segmentText != null && !row.refused()) {
            SegmentNames.Found found = new SegmentNames(incoming).find(segmentText, chainIds);
            segment = found.segment();
            if (segment == null) {
                row.refuse(MAP_SEGMENT, found.problem(), segmentText);
            }
        }
        if (row.refused()) {
            refused.add(Changes.refused(row, SheetKind.MAPPING, label(product, code, segmentText)));
            return;
        }
        bySegment
                .computeIfAbsent(segment.id(), key -> new ArrayList<>())
                .add(new Rule(row, segment.id(), product, code));
    }

    /**
     * Gives each segment named its products and codes, and every row's outcome: a row whose product or code is new
     * to its segment adds; the first row of a segment that loses products or codes, or has them reordered,
     * updates, showing the lists before and after; any other is unchanged.
     */
    List<RowOutcome> finish() {
        Map<String, Segment> before = new HashMap<>();
        for (Map.Entry<String, List<Rule>> entry : bySegment.entrySet()) {
            String id = entry.getKey();
            Segment now = incoming.segment(id).orElseThrow();
            before.put(id, now);
            List<String> products = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Rule rule : entry.getValue()) {
                if (rule.product() != null) {
                    addOnce(rule, MAP_PRODUCT, products, rule.product());
                }
                if (rule.code() != null) {
                    addOnce(rule, MAP_CODE, codes, rule.code());
                }
            }
            List<Rule> rules = entry.getValue();
            if (rules.stream().noneMatch(rule -> rule.row().has(MAP_PRODUCT))) {
                products = now.products();
            }
            List<String> mapCodes =
                    incoming.map().segment(id).map(Segment::industryCodes).orElse(List.of());
            if (codes.equals(mapCodes)
                    || rules.stream().noneMatch(rule -> rule.row().has(MAP_CODE))) {
                codes = now.industryCodes();
            } else if (!now.industryCodes().equals(mapCodes)
                    && !now.industryCodes().equals(codes)) {
                entry.getValue().get(0).row().remark(MAP_CODE, "row.codesOverride", now.name(), now.industryCodes());
            }
            Segment after = now.withCoverage(codes, products);
            if (!after.equals(now)) {
                incoming.putSegment(incoming.chainOfSegment(id), after);
            }
        }
        List<RowOutcome> outcomes = new ArrayList<>(refused);
        SegmentPlacement shared = new SegmentPlacement(incoming);
        for (Map.Entry<String, List<Rule>> entry : bySegment.entrySet()) {
            Segment was = before.get(entry.getKey());
            Segment after = incoming.segment(entry.getKey()).orElseThrow();
            List<Rule> rules = entry.getValue();
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                RowReader row = rule.row();
                if (rule.product() != null) {
                    shared.othersClaiming(row, rule.product(), after);
                }
                Changes changes = new Changes();
                if (i == 0
                        && (lost(was.products(), after.products())
                                || lost(was.industryCodes(), after.industryCodes()))) {
                    changes.field(MAP_PRODUCT, was.products(), after.products())
                            .field(MAP_CODE, was.industryCodes(), after.industryCodes());
                }
                boolean added = (rule.product() != null && !was.products().contains(rule.product()))
                        || (rule.code() != null && !was.industryCodes().contains(rule.code()));
                String label = label(rule.product(), rule.code(), after.name());
                RowOutcome.Action action = !changes.list().isEmpty()
                        ? RowOutcome.Action.UPDATE
                        : added ? RowOutcome.Action.ADD : RowOutcome.Action.UNCHANGED;
                outcomes.add(new RowOutcome(
                        row.sheet(), SheetKind.MAPPING, row.number(), action, label, changes.list(), row.problems()));
            }
        }
        return outcomes;
    }

    /** Whether {@code after} lost values of {@code before} or holds the kept ones in another order. */
    private static boolean lost(List<String> before, List<String> after) {
        List<String> kept = after.stream().filter(before::contains).toList();
        return !kept.equals(before);
    }

    private static void addOnce(Rule rule, Column column, List<String> values, String value) {
        if (values.contains(value)) {
            rule.row().remark(column, "row.repeated", value);
        } else {
            values.add(value);
        }
    }

    /** "锂电池正极材料 → 正极材料", "C3825 → 电池", for people. */
    private static String label(String product, String code, String segment) {
        String what = product != null && code != null
                ? product + " / " + code
                : product != null ? product : code != null ? code : "—";
        return what + " → " + (segment == null ? "?" : segment);
    }
}
