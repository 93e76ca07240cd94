package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.FIRM_CERTAINTY;
import static org.chainmap.io.sheet.Column.FIRM_CHAIN;
import static org.chainmap.io.sheet.Column.FIRM_CITY;
import static org.chainmap.io.sheet.Column.FIRM_COUNTY;
import static org.chainmap.io.sheet.Column.FIRM_CREDIT_CODE;
import static org.chainmap.io.sheet.Column.FIRM_ID;
import static org.chainmap.io.sheet.Column.FIRM_INDUSTRY_CODE;
import static org.chainmap.io.sheet.Column.FIRM_LOCAL;
import static org.chainmap.io.sheet.Column.FIRM_NAME;
import static org.chainmap.io.sheet.Column.FIRM_NOTE;
import static org.chainmap.io.sheet.Column.FIRM_PARK;
import static org.chainmap.io.sheet.Column.FIRM_PRODUCTS;
import static org.chainmap.io.sheet.Column.FIRM_PROVINCE;
import static org.chainmap.io.sheet.Column.FIRM_REVENUE;
import static org.chainmap.io.sheet.Column.FIRM_REVENUE_YEAR;
import static org.chainmap.io.sheet.Column.FIRM_ROLE;
import static org.chainmap.io.sheet.Column.FIRM_SEGMENTS;
import static org.chainmap.io.sheet.Column.FIRM_SOURCE;
import static org.chainmap.io.sheet.Column.FIRM_TAGS;
import static org.chainmap.io.sheet.Column.FIRM_VERIFIED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.CreditCode;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Origin;
import org.chainmap.model.Provenance;

/**
 * Rows of enterprises. A row updates the firm it matches, by id, else by credit code, else by name (full-width
 * and half-width brackets alike); any other row adds a firm. A filled cell replaces the firm's value, an empty
 * one leaves it. A firm named twice in the import is taken once: the second row is refused, pointing at the
 * first.
 */
final class FirmRows {

    private final Incoming incoming;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final List<String> localByCode = new ArrayList<>();
    private final List<String> externalByCode = new ArrayList<>();
    private int assumedLocal;
    private int added;
    private SegmentPlacement placement;

    FirmRows(Incoming incoming) {
        this.incoming = incoming;
    }

    RowOutcome read(RowReader row) {
        String name = Rows.required(row, FIRM_NAME);
        String code = creditCode(row);
        Enterprise before = name == null ? null : before(row, name, code);
        List<String> segments = row.given(FIRM_SEGMENTS) ? segments(row) : null;
        if (segments != null && segments.isEmpty()) {
            segments = null; // a cell of separators only names nothing: it leaves the segments as they are
        }
        Boolean local = row.yesNo(FIRM_LOCAL);
        String province = row.text(FIRM_PROVINCE);
        String city = row.text(FIRM_CITY);
        Long revenue = row.amount(FIRM_REVENUE);
        Integer revenueYear = row.year(FIRM_REVENUE_YEAR);
        String verified = row.date(FIRM_VERIFIED);
        var role = row.role(FIRM_ROLE);
        var certainty = row.certainty(FIRM_CERTAINTY);
        List<String> tags = row.list(FIRM_TAGS, incoming::namesTag);
        List<String> products = row.list(FIRM_PRODUCTS, incoming::namesProduct);
        incoming.noteBlindCut(row.cell(FIRM_PRODUCTS), products, incoming::namesProduct);
        incoming.noteBlindCut(row.cell(FIRM_TAGS), tags, incoming::namesTag);
        List<String> codes = row.list(FIRM_INDUSTRY_CODE);
        if (row.refused()) {
            return Changes.refused(row, SheetKind.FIRMS, name);
        }
        if (products.isEmpty() && before != null) {
            products = before.products();
        }
        if (segments == null && (before == null || before.segments().isEmpty())) {
            segments = placed(row, products, codes);
        }
        Provenance provenance = Rows.provenance(
                before == null ? null : before.provenance(), certainty, row.text(FIRM_SOURCE), row.text(FIRM_NOTE));
        boolean isLocal = local != null ? local : before != null ? before.local() : province == null && city == null;
        if (local == null && before == null && isLocal) {
            isLocal = fromCode(row, code);
        }
        Origin origin = before == null ? null : before.origin();
        if (province != null || city != null) {
            origin = new Origin(
                    province != null ? province : origin == null ? null : origin.province(),
                    city != null ? city : origin == null ? null : origin.city(),
                    origin == null ? null : origin.extra());
        }
        Enterprise after = new Enterprise(
                before != null ? before.id() : newId(row),
                name,
                code != null ? code : before == null ? null : before.creditCode(),
                isLocal,
                isLocal ? null : origin,
                pick(row, FIRM_COUNTY, before == null ? null : before.county()),
                pick(row, FIRM_PARK, before == null ? null : before.park()),
                segments != null ? segments : before == null ? List.of() : before.segments(),
                role != null ? role : before == null ? null : before.role(),
                !tags.isEmpty() ? tags : before == null ? List.of() : before.tags(),
                revenue != null ? revenue : before == null ? null : before.revenue(),
                revenueYear != null ? revenueYear : before == null ? null : before.revenueYear(),
                products,
                verified != null ? verified : before == null ? null : before.verified(),
                provenance,
                before == null ? null : before.extra(),
                before == null ? null : before.planned(),
                industryCode(codes, before));
        if (isLocal && (province != null || city != null)) {
            row.remark(FIRM_PROVINCE, "row.originOfLocal");
        }
        rowOf.put(after.id(), row.number());
        incoming.putFirm(after);
        added += before == null ? 1 : 0;
        return changes(before, after).outcome(row, SheetKind.FIRMS, name, before);
    }

    /**
     * Whether a new firm of which neither its being local nor its province or city is given is local: by the
     * division of its credit code's registering authority, when the region has a division code (decision 0022);
     * else it is taken as local, and counted.
     */
    private boolean fromCode(RowReader row, String code) {
        String region = incoming.map().region().code();
        String division = CreditCode.division(code).orElse(null);
        if (region == null || !region.matches("[0-9]{6}") || division == null) {
            assumedLocal++;
            return true;
        }
        boolean inside = CreditCode.inside(division, region);
        row.remark(FIRM_CREDIT_CODE, inside ? "row.localByCode" : "row.externalByCode", division, region);
        (inside ? localByCode : externalByCode).add(row.text(FIRM_NAME));
        return inside;
    }

    /**
     * The segments the rules of decision 0031 place a firm in that the row puts in no segment and that has none:
     * by its products or its industry codes (in the chains the row names, if any); {@code null} when none.
     */
    private List<String> placed(RowReader row, List<String> products, List<String> codes) {
        if (products.isEmpty() && codes.isEmpty()) {
            return null;
        }
        if (placement == null) {
            placement = new SegmentPlacement(incoming);
        }
        if (placement.isEmpty()) {
            return null;
        }
        List<String> chainIds = new ArrayList<>();
        for (String text : Values.list(row.cell(FIRM_CHAIN), incoming::namesChain)) {
            incoming.chain(text).ifPresent(chain -> chainIds.add(chain.id()));
        }
        List<String> placed = placement.place(row, products, codes, chainIds);
        return placed.isEmpty() ? null : placed;
    }

    /** How many firms the rules placed by their products. */
    int placedByProduct() {
        return placement == null ? 0 : placement.byProducts();
    }

    /** How many firms the rules placed by their industry codes. */
    int placedByCode() {
        return placement == null ? 0 : placement.byCodes();
    }

    /** The names of the new firms found local by their credit code, in row order. */
    List<String> localByCode() {
        return List.copyOf(localByCode);
    }

    /** The names of the new firms found external by their credit code, in row order. */
    List<String> externalByCode() {
        return List.copyOf(externalByCode);
    }

    /** How many new firms were taken as local for want of anything saying where they are. */
    int assumedLocal() {
        return assumedLocal;
    }

    /** How many firms the rows add. */
    int added() {
        return added;
    }

    private String newId(RowReader row) {
        String id = row.text(FIRM_ID);
        return id != null ? id : incoming.newId("firm-");
    }

    /**
     * The industry code the firm keeps: the first code of the row that reads as one, as the map writes it ({@code
     * C3821}); the firm's code before when the row gives none.
     */
    private static String industryCode(List<String> codes, Enterprise before) {
        for (String text : codes) {
            String code = IndustryCodes.forFirm(text);
            if (code != null) {
                return code;
            }
        }
        return before == null ? null : before.industryCode();
    }

    private static String pick(RowReader row, Column column, String before) {
        return row.given(column) ? row.text(column) : before;
    }

    /** The credit code of the row, upper case without blanks; refuses the row when it is not a valid code. */
    private static String creditCode(RowReader row) {
        Cell cell = row.cell(FIRM_CREDIT_CODE);
        if (cell.isBlank()) {
            return null;
        }
        if (cell.isNumber()) {
            row.refuse(FIRM_CREDIT_CODE, "row.codeNumber", cell.text());
            return null;
        }
        String code = Values.plain(cell.text()).toUpperCase(Locale.ROOT);
        if (code.length() != CreditCode.LENGTH) {
            row.refuse(FIRM_CREDIT_CODE, "row.codeLength", cell.text(), code.length());
        } else if (CreditCode.expectedCheck(code).isEmpty()) {
            row.refuse(FIRM_CREDIT_CODE, "row.codeCharacters", cell.text());
        } else if (!CreditCode.isValid(code)) {
            row.refuse(
                    FIRM_CREDIT_CODE,
                    "row.codeCheck",
                    cell.text(),
                    String.valueOf(code.charAt(CreditCode.LENGTH - 1)),
                    String.valueOf(CreditCode.expectedCheck(code).orElseThrow()));
        }
        return row.refused() ? null : code;
    }

    /** The firm the row is about, by id, credit code or name; {@code null} for a new one. */
    private Enterprise before(RowReader row, String name, String code) {
        String id = row.text(FIRM_ID);
        Enterprise found = null;
        boolean byName = false;
        if (id != null) {
            found = incoming.firm(id).orElse(null);
            if (found == null && !Incoming.wellFormed(id)) {
                row.refuse(FIRM_ID, "row.idMalformed", id);
            } else if (found == null && incoming.taken(id)) {
                row.refuse(FIRM_ID, "row.idTaken", id);
            }
        } else if (code != null && !incoming.firmsWithCode(code).isEmpty()) {
            found = incoming.firm(incoming.firmsWithCode(code).get(0)).orElseThrow();
        } else {
            List<String> named = incoming.firmsNamed(name);
            if (named.size() > 1) {
                row.refuse(FIRM_NAME, "row.firmAmbiguous", name, named.size());
            } else if (named.size() == 1) {
                found = incoming.firm(named.get(0)).orElseThrow();
                byName = true;
            }
        }
        if (found != null && rowOf.containsKey(found.id())) {
            row.refuse(null, "row.duplicate", rowOf.get(found.id()));
        } else if (byName && code != null && found.creditCode() != null && !code.equals(found.creditCode())) {
            row.refuse(FIRM_CREDIT_CODE, "row.codeConflict", found.name(), found.creditCode());
        }
        return found;
    }

    /** The segments the row names, in its chains first; refuses the row for a name not found or ambiguous. */
    private List<String> segments(RowReader row) {
        List<String> chainIds = new ArrayList<>();
        for (String text : row.list(FIRM_CHAIN, incoming::namesChain)) {
            Chain chain = incoming.chain(text).orElse(null);
            if (chain == null) {
                row.refuse(FIRM_CHAIN, "row.chainUnknown", text);
            } else {
                chainIds.add(chain.id());
            }
        }
        SegmentNames names = new SegmentNames(incoming);
        List<String> segments = new ArrayList<>();
        for (String text : row.list(FIRM_SEGMENTS, incoming::namesSegment)) {
            SegmentNames.Found found = names.find(text, chainIds);
            if (found.segment() == null) {
                row.refuse(FIRM_SEGMENTS, found.problem(), text);
            } else if (!segments.contains(found.segment().id())) {
                segments.add(found.segment().id());
            }
        }
        return segments;
    }

    private static Changes changes(Enterprise before, Enterprise after) {
        Changes changes = new Changes();
        if (before == null) {
            return changes;
        }
        Origin was = before.origin() == null ? Origin.of(null, null) : before.origin();
        Origin is = after.origin() == null ? Origin.of(null, null) : after.origin();
        changes.field(FIRM_NAME, before.name(), after.name())
                .field(FIRM_CREDIT_CODE, before.creditCode(), after.creditCode())
                .field(FIRM_LOCAL, before.local(), after.local())
                .field(FIRM_PROVINCE, was.province(), is.province())
                .field(FIRM_CITY, was.city(), is.city())
                .field(FIRM_COUNTY, before.county(), after.county())
                .field(FIRM_PARK, before.park(), after.park())
                .field(FIRM_SEGMENTS, before.segments(), after.segments())
                .field(FIRM_ROLE, before.role(), after.role())
                .field(FIRM_TAGS, before.tags(), after.tags())
                .field(FIRM_REVENUE, before.revenue(), after.revenue())
                .field(FIRM_REVENUE_YEAR, before.revenueYear(), after.revenueYear())
                .field(FIRM_PRODUCTS, before.products(), after.products())
                .field(FIRM_INDUSTRY_CODE, before.industryCode(), after.industryCode())
                .field(FIRM_VERIFIED, before.verified(), after.verified());
        Rows.provenanceChanges(
                changes, before.provenance(), after.provenance(), FIRM_CERTAINTY, FIRM_SOURCE, FIRM_NOTE);
        return changes;
    }
}
