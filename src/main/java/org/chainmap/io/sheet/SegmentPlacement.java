package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.FIRM_INDUSTRY_CODE;
import static org.chainmap.io.sheet.Column.FIRM_PRODUCTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Segment;

/**
 * Places a firm that a row puts in no segment by what the segments cover (decision 0031): first by its products,
 * each matched exactly (blanks and full-width forms aside) against the segments' {@code products}; failing that,
 * by its industry code, against the segments' {@code industryCodes}, the longest prefix of its digits winning
 * (a segment of 3825 before one of 382 before one of 38). A product or code that several segments claim at the
 * same length places the firm in none of them: the row says which segments it could not choose between. Every
 * placement is a remark on the row, naming the rule that made it.
 */
final class SegmentPlacement {

    /** How a segment covers a code: the segment, and the code as it lists it ({@code C382}). */
    private record Cover(Segment segment, String code) {}

    private final Incoming incoming;
    private final Map<String, List<Segment>> byProduct = new HashMap<>();
    private final Map<String, List<Cover>> byDigits = new HashMap<>();
    private int byProducts;
    private int byCodes;

    /** Indexes the segments as the import leaves them so far (segments and mapping rows read). */
    SegmentPlacement(Incoming incoming) {
        this.incoming = incoming;
        for (Segment segment : incoming.allSegments().keySet()) {
            for (String product : segment.products()) {
                List<Segment> owners = byProduct.computeIfAbsent(Incoming.nameKey(product), key -> new ArrayList<>());
                if (!owners.contains(segment)) {
                    owners.add(segment);
                }
            }
            for (String code : segment.industryCodes()) {
                String digits = IndustryCodes.digits(code);
                if (digits != null) {
                    List<Cover> covers = byDigits.computeIfAbsent(digits, key -> new ArrayList<>());
                    if (covers.stream().noneMatch(cover -> cover.segment().equals(segment))) {
                        covers.add(new Cover(segment, code));
                    }
                }
            }
        }
    }

    /** Whether no segment lists a product or a code: then nothing can be placed. */
    boolean isEmpty() {
        return byProduct.isEmpty() && byDigits.isEmpty();
    }

    /**
     * The segments the firm goes in, by its {@code products}, else by its industry {@code codes}; empty when
     * nothing places it. Only segments of {@code chainIds} count when the row names chains. Remarks on the row
     * say what placed it, or why a product or code did not.
     */
    List<String> place(RowReader row, List<String> products, List<String> codes, List<String> chainIds) {
        List<String> placed = new ArrayList<>();
        for (String product : products) {
            List<Segment> owners = inChains(byProduct.getOrDefault(Incoming.nameKey(product), List.of()), chainIds);
            if (owners.size() == 1) {
                Segment segment = owners.get(0);
                if (!placed.contains(segment.id())) {
                    placed.add(segment.id());
                }
                row.remark(FIRM_PRODUCTS, "row.placedByProduct", product, segment.name());
            } else if (owners.size() > 1) {
                row.remark(FIRM_PRODUCTS, "row.productAmbiguous", product, candidates(owners));
            }
        }
        if (!placed.isEmpty()) {
            byProducts++;
            return placed;
        }
        for (String code : codes) {
            String digits = IndustryCodes.digits(code);
            if (digits == null) {
                row.remark(FIRM_INDUSTRY_CODE, "row.industryCodeUnread", code);
                continue;
            }
            List<Cover> covers = List.of();
            for (int length = digits.length(); length >= 2 && covers.isEmpty(); length--) {
                covers = byDigits.getOrDefault(digits.substring(0, length), List.of()).stream()
                        .filter(cover -> chainIds.isEmpty()
                                || chainIds.contains(
                                        incoming.chainOfSegment(cover.segment().id())))
                        .toList();
            }
            if (covers.size() == 1) {
                Cover cover = covers.get(0);
                if (!placed.contains(cover.segment().id())) {
                    placed.add(cover.segment().id());
                }
                row.remark(
                        FIRM_INDUSTRY_CODE,
                        "row.placedByCode",
                        code,
                        cover.segment().name(),
                        cover.code());
            } else if (covers.size() > 1) {
                row.remark(
                        FIRM_INDUSTRY_CODE,
                        "row.codeAmbiguous",
                        code,
                        covers.get(0).code(),
                        candidates(covers.stream().map(Cover::segment).toList()));
            }
        }
        if (!placed.isEmpty()) {
            byCodes++;
        }
        return placed;
    }

    /**
     * Remarks on a mapping row whose {@code product} other segments than {@code segment} list too: a firm making
     * it is then placed by none of them.
     */
    void othersClaiming(RowReader row, String product, Segment segment) {
        List<Segment> others = byProduct.getOrDefault(Incoming.nameKey(product), List.of()).stream()
                .filter(other -> !other.id().equals(segment.id()))
                .toList();
        if (!others.isEmpty()) {
            row.remark(Column.MAP_PRODUCT, "row.productShared", product, candidates(others));
        }
    }

    /** How many firms were placed by their products. */
    int byProducts() {
        return byProducts;
    }

    /** How many firms were placed by their industry codes. */
    int byCodes() {
        return byCodes;
    }

    private List<Segment> inChains(List<Segment> segments, List<String> chainIds) {
        if (chainIds.isEmpty()) {
            return segments;
        }
        return segments.stream()
                .filter(segment -> chainIds.contains(incoming.chainOfSegment(segment.id())))
                .toList();
    }

    /** The segments a rule could not choose between, as "“正极材料” (battery.cathode)", for a remark. */
    private static Message.Localized candidates(List<Segment> segments) {
        List<String> names = segments.stream()
                .map(segment -> "“" + segment.name() + "” (" + segment.id() + ")")
                .toList();
        return locale -> Shown.value(names, locale);
    }
}
