package org.chainmap.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the rules of a map that its structure alone does not enforce: unique and well-formed ids,
 * references that point to something of the right kind, and well-formed codes, colours and dates.
 *
 * <p>Each problem names its place as a JSON path in the file format ({@code $.enterprises[3].segments[0]}),
 * so that the {@code io} package can turn it into a line and column. Errors come in document order.
 */
public final class MapValidator {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:-]{1,100}");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T]\\d{2,4}");
    private static final Pattern PRODUCT_BLANKS = Pattern.compile("\\s+");
    /** The most values of a firm's list compared pairwise for repeats; a longer list takes a set. */
    private static final int SMALL_LIST = 16;

    private final RegionMap map;
    private final List<Problem> problems = new ArrayList<>();
    /** Every id seen so far: its kind and the path where it was first defined. */
    private final Map<String, Definition> definitions = new HashMap<>();
    /** The first segment listing each product, by the product as compared. */
    private final Map<String, Segment> productOwners = new HashMap<>();
    /**
     * The ends of the links as firm numbers, when the map has them and every id is defined once and well-formed:
     * then an end with a firm number names an enterprise, and only an end without one needs looking up.
     */
    private LinkEnds linkEnds;

    /**
     * Where an id was defined: the path {@code prefix[index]}, or {@code prefix} itself when {@code index} is
     * negative; made into text only for a duplicate (a large map defines hundreds of thousands of ids).
     */
    private record Definition(ElementKind kind, String prefix, int index) {
        String path() {
            return index < 0 ? prefix : prefix + "[" + index + "]";
        }
    }

    private MapValidator(RegionMap map) {
        this.map = map;
    }

    /** All problems of {@code map}: errors, warnings and notes, in document order. */
    public static List<Problem> validate(RegionMap map) {
        MapValidator validator = new MapValidator(map);
        validator.defineAll();
        if (validator.problems.isEmpty()) {
            validator.linkEnds = map.linkEnds().orElse(null);
        }
        validator.checkValues();
        validator.checkReferences();
        PresentationCheck.check(map, validator.problems);
        SourceCheck.check(map, validator.problems);
        SnapshotCheck.check(map, validator.problems);
        return List.copyOf(validator.problems);
    }

    /** Whether any of {@code problems} is an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private void defineAll() {
        for (int c = 0; c < map.chains().size(); c++) {
            Chain chain = map.chains().get(c);
            String chainPath = "$.chains[" + c + "]";
            define(chain.id(), ElementKind.CHAIN, "$.chains", c);
            for (int s = 0; s < chain.segments().size(); s++) {
                define(chain.segments().get(s).id(), ElementKind.SEGMENT, chainPath + ".segments", s);
            }
            for (ListKind kind : ListKind.values()) {
                List<ListItem> items = chain.lists().of(kind);
                for (int i = 0; i < items.size(); i++) {
                    define(items.get(i).id(), ElementKind.LIST_ITEM, listPath(c, kind, i), -1);
                }
            }
        }
        for (int e = 0; e < map.enterprises().size(); e++) {
            define(map.enterprises().get(e).id(), ElementKind.ENTERPRISE, "$.enterprises", e);
        }
        for (int l = 0; l < map.links().size(); l++) {
            String id = map.links().get(l).id();
            if (id != null) {
                define(id, ElementKind.LINK, "$.links", l);
            }
        }
        for (int t = 0; t < map.targets().size(); t++) {
            define(map.targets().get(t).id(), ElementKind.TARGET, "$.targets", t);
        }
        for (int s = 0; s < map.sources().size(); s++) {
            define(map.sources().get(s).id(), ElementKind.SOURCE, "$.sources", s);
        }
    }

    private void define(String id, ElementKind kind, String prefix, int index) {
        Definition definition = new Definition(kind, prefix, index);
        if (!isPlainId(id) && !ID.matcher(id).matches()) {
            problems.add(Problem.error(definition.path() + ".id", "id.malformed", id));
            return;
        }
        Definition first = definitions.putIfAbsent(id, definition);
        if (first != null) {
            problems.add(Problem.error(definition.path() + ".id", "id.duplicate", id, first.path()));
        }
    }

    /** Whether {@code id} is 1 to 100 ASCII letters, digits and {@code ._:-}: a well-formed id without the pattern. */
    private static boolean isPlainId(String id) {
        if (id.isEmpty() || id.length() > 100) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private void checkValues() {
        Region region = map.region();
        requireText(region.name(), "$.region.name");
        if (region.code() != null && !REGION_CODE.matcher(region.code()).matches()) {
            problems.add(Problem.error("$.region.code", "region.code.malformed", region.code()));
        }
        checkDate(region.date(), "$.region.date");
        if (map.analysis().weakBelow() < 1) {
            problems.add(Problem.error(
                    "$.analysis.weakBelow", "analysis.weakBelow", map.analysis().weakBelow()));
        }
        if (map.analysis().scaleRevenue() < 0) {
            problems.add(Problem.error(
                    "$.analysis.scaleRevenue",
                    "analysis.scaleRevenue",
                    map.analysis().scaleRevenue()));
        }
        for (int c = 0; c < map.chains().size(); c++) {
            checkChain(map.chains().get(c), c);
        }
        for (int e = 0; e < map.enterprises().size(); e++) {
            checkEnterprise(map.enterprises().get(e), e);
        }
        for (int l = 0; l < map.links().size(); l++) {
            SupplyLink link = map.links().get(l);
            if (link.value() != null && link.value() < 0) {
                checkAmount(link.value(), "$.links[" + l + "].value");
            }
            if (link.from().equals(link.to())) {
                problems.add(Problem.error("$.links[" + l + "].to", "link.self", link.from()));
            }
        }
        for (int t = 0; t < map.targets().size(); t++) {
            requireText(map.targets().get(t).name(), "$.targets[" + t + "].name");
        }
    }

    /**
     * A segment's products: none blank, and none that another segment lists too (an import places a firm making
     * it in neither, decision 0031).
     */
    private void checkProducts(Segment segment, String segmentPath) {
        for (int i = 0; i < segment.products().size(); i++) {
            String product = segment.products().get(i);
            String path = segmentPath + ".products[" + i + "]";
            if (product.isBlank()) {
                problems.add(Problem.warning(path, "segment.productBlank"));
                continue;
            }
            String key = PRODUCT_BLANKS
                    .matcher(Normalizer.normalize(product, Normalizer.Form.NFKC))
                    .replaceAll("")
                    .toLowerCase(Locale.ROOT);
            Segment first = productOwners.putIfAbsent(key, segment);
            if (first != null && first != segment) {
                problems.add(Problem.warning(path, "segment.productShared", product, first.name(), first.id()));
            }
        }
    }

    private void checkChain(Chain chain, int c) {
        String chainPath = "$.chains[" + c + "]";
        requireText(chain.name(), chainPath + ".name");
        if (chain.color() != null && !COLOR.matcher(chain.color()).matches()) {
            problems.add(Problem.error(chainPath + ".color", "color.malformed", chain.color()));
        }
        for (int s = 0; s < chain.segments().size(); s++) {
            Segment segment = chain.segments().get(s);
            String segmentPath = chainPath + ".segments[" + s + "]";
            requireText(segment.name(), segmentPath + ".name");
            if (segment.feeds().contains(segment.id())) {
                problems.add(Problem.warning(segmentPath + ".feeds", "segment.selfFeed", segment.id()));
            }
            for (int i = 0; i < segment.industryCodes().size(); i++) {
                String code = segment.industryCodes().get(i);
                if (!INDUSTRY_CODE.matcher(code).matches()) {
                    problems.add(
                            Problem.warning(segmentPath + ".industryCodes[" + i + "]", "industryCode.malformed", code));
                }
            }
            checkProducts(segment, segmentPath);
        }
        for (ListKind kind : ListKind.values()) {
            List<ListItem> items = chain.lists().of(kind);
            for (int i = 0; i < items.size(); i++) {
                String itemPath = listPath(c, kind, i);
                requireText(items.get(i).title(), itemPath + ".title");
                checkAmount(items.get(i).amount(), itemPath + ".amount");
                checkYear(items.get(i).year(), itemPath + ".year");
            }
        }
    }

    /**
     * The rules of firm {@code e}. Its path is made only for a problem: a large map has a hundred thousand firms,
     * nearly all without any.
     */
    private void checkEnterprise(Enterprise firm, int e) {
        if (isBlank(firm.name())) {
            requireText(firm.name(), firmPath(e) + ".name");
        }
        if (firm.industryCode() != null
                && !INDUSTRY_CODE.matcher(firm.industryCode()).matches()) {
            problems.add(Problem.warning(firmPath(e) + ".industryCode", "industryCode.malformed", firm.industryCode()));
        }
        if (firm.creditCode() != null && !CreditCode.isValid(firm.creditCode())) {
            checkCreditCode(firm.creditCode(), firmPath(e) + ".creditCode");
        }
        if (firm.revenue() != null && firm.revenue() < 0) {
            checkAmount(firm.revenue(), firmPath(e) + ".revenue");
        }
        if (isBadYear(firm.revenueYear())) {
            checkYear(firm.revenueYear(), firmPath(e) + ".revenueYear");
        }
        if (isBadDate(firm.verified())) {
            checkDate(firm.verified(), firmPath(e) + ".verified");
        }
        warnRepeats(firm.segments(), e, ".segments", "enterprise.segment.repeated");
        if (firm.segments().isEmpty()) {
            problems.add(Problem.warning(firmPath(e), "enterprise.noSegment", firm.name()));
        }
        warnRepeats(firm.tags(), e, ".tags", "enterprise.tag.repeated");
    }

    private static String firmPath(int e) {
        return "$.enterprises[" + e + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void checkCreditCode(String code, String path) {
        if (code.length() != CreditCode.LENGTH) {
            problems.add(Problem.warning(path, "creditCode.length", code, code.length()));
        } else if (CreditCode.expectedCheck(code).isEmpty()) {
            problems.add(Problem.warning(path, "creditCode.characters", code));
        } else if (!CreditCode.isValid(code)) {
            problems.add(Problem.warning(
                    path,
                    "creditCode.check",
                    code,
                    CreditCode.expectedCheck(code).get()));
        }
    }

    /** A warning at each of firm {@code e}'s {@code values} (its {@code field}) that an earlier one equals. */
    private void warnRepeats(List<String> values, int e, String field, String key) {
        if (values.size() < 2 || (values.size() <= SMALL_LIST && !hasRepeat(values))) {
            return; // the common case, without a set or a path
        }
        String path = firmPath(e) + field;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(Problem.warning(path + "[" + i + "]", key, values.get(i)));
            }
        }
    }

    /** Whether one of {@code values} equals an earlier one: for a few values, cheaper than a set. */
    private static boolean hasRepeat(List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(j).equals(values.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void checkReferences() {
        for (int c = 0; c < map.chains().size(); c++) {
            Chain chain = map.chains().get(c);
            for (int s = 0; s < chain.segments().size(); s++) {
                List<String> feeds = chain.segments().get(s).feeds();
                for (int f = 0; f < feeds.size(); f++) {
                    String path = "$.chains[" + c + "].segments[" + s + "].feeds[" + f + "]";
                    refer(feeds.get(f), ElementKind.SEGMENT, path);
                }
            }
            checkPins(chain, "$.chains[" + c + "].pins");
            for (ListKind kind : ListKind.values()) {
                List<ListItem> items = chain.lists().of(kind);
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).segment() != null) {
                        refer(items.get(i).segment(), ElementKind.SEGMENT, listPath(c, kind, i) + ".segment");
                    }
                }
            }
        }
        for (int e = 0; e < map.enterprises().size(); e++) {
            List<String> segments = map.enterprises().get(e).segments();
            for (int s = 0; s < segments.size(); s++) {
                if (!known(segments.get(s), ElementKind.SEGMENT)) {
                    refer(segments.get(s), ElementKind.SEGMENT, "$.enterprises[" + e + "].segments[" + s + "]");
                }
            }
        }
        for (int l = 0; l < map.links().size(); l++) {
            SupplyLink link = map.links().get(l);
            boolean supplierFound = linkEnds != null && linkEnds.supplier(l) >= 0;
            if (!supplierFound && !known(link.from(), ElementKind.ENTERPRISE)) {
                refer(link.from(), ElementKind.ENTERPRISE, "$.links[" + l + "].from");
            }
            boolean customerFound = linkEnds != null && linkEnds.customer(l) >= 0;
            if (!customerFound && !known(link.to(), ElementKind.ENTERPRISE)) {
                refer(link.to(), ElementKind.ENTERPRISE, "$.links[" + l + "].to");
            }
        }
        for (int t = 0; t < map.targets().size(); t++) {
            Target target = map.targets().get(t);
            refer(target.segment(), ElementKind.SEGMENT, "$.targets[" + t + "].segment");
            if (target.enterprise() != null) {
                refer(target.enterprise(), ElementKind.ENTERPRISE, "$.targets[" + t + "].enterprise");
            }
        }
    }

    /**
     * A pin must hold a place on the drawing (a finite y at least 0, a slot at least 0): an error otherwise.
     * A pin of something the chain does not draw (an unknown id, a segment of another chain, a firm whose
     * main segment is elsewhere) is only a warning: the layout ignores it, and a stale pin must not stop a
     * map from opening.
     */
    private void checkPins(Chain chain, String path) {
        Set<String> own = new HashSet<>();
        chain.segments().forEach(segment -> own.add(segment.id()));
        chain.pins().segments().forEach((id, pin) -> {
            String at = field(path + ".segments", id);
            if (!Double.isFinite(pin.y()) || pin.y() < 0) {
                problems.add(Problem.error(at + ".y", "pin.y", String.valueOf(pin.y())));
            }
            if (!own.contains(id)) {
                problems.add(Problem.warning(at, "pin.segment.elsewhere", id, chain.id()));
            }
        });
        chain.pins().cards().forEach((id, pin) -> {
            String at = field(path + ".cards", id);
            if (pin.slot() < 0) {
                problems.add(Problem.error(at + ".slot", "pin.slot", pin.slot()));
            }
            boolean drawn = map.enterprise(id)
                    .map(firm -> own.contains(firm.mainSegment()))
                    .orElse(false);
            if (!drawn) {
                problems.add(Problem.warning(at, "pin.card.elsewhere", id, chain.id()));
            }
        });
    }

    /**
     * The path of field {@code name} of the object at {@code parent}, written as {@code io}'s JSON paths
     * write it (and its locator finds it): {@code .name} for a plain identifier, {@code ['name']} otherwise.
     */
    private static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether {@code id} names an element of the kind expected (then {@link #refer} has nothing to say). */
    private boolean known(String id, ElementKind expected) {
        Definition definition = definitions.get(id);
        return definition != null && definition.kind() == expected;
    }

    private void refer(String id, ElementKind expected, String path) {
        Definition definition = definitions.get(id);
        if (definition == null) {
            problems.add(Problem.error(path, "ref.missing", id, expected));
        } else if (definition.kind() != expected) {
            problems.add(Problem.error(path, "ref.wrongKind", id, definition.kind(), expected));
        }
    }

    private void requireText(String value, String path) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.error(path, "field.empty", lastName(path)));
        }
    }

    private static boolean isBadDate(String date) {
        return date != null && !DATE.matcher(date).matches();
    }

    private static boolean isBadYear(Integer year) {
        return year != null && (year < 0 || year > 9999);
    }

    private void checkDate(String date, String path) {
        if (isBadDate(date)) {
            problems.add(Problem.error(path, "date.malformed", date));
        }
    }

    private void checkAmount(Long amount, String path) {
        if (amount != null && amount < 0) {
            problems.add(Problem.error(path, "amount.negative", amount));
        }
    }

    private void checkYear(Integer year, String path) {
        if (isBadYear(year)) {
            problems.add(Problem.error(path, "year.malformed", String.valueOf(year)));
        }
    }

    static String listPath(int chain, ListKind kind, int item) {
        return "$.chains[" + chain + "].lists." + kind.id() + "[" + item + "]";
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
