package org.chainmap.io.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainLists;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Pins;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;

/**
 * What an import brings, gathered row by row over the open map: new and changed chains, segments, firms,
 * links and list items. Lookups see the map as the import would leave it so far, so that a firm can name a
 * segment added two sheets before. Never changes the map: {@link #fragment()} gives what it gathered as a
 * partial map.
 */
final class Incoming {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:-]{1,100}");

    private final RegionMap map;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final Map<String, Chain> newChains = new LinkedHashMap<>();
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, String> chainOfSegment = new HashMap<>();
    private final Map<String, Enterprise> firms = new LinkedHashMap<>();
    private final List<SupplyLink> links = new ArrayList<>();
    private final Map<String, Map<ListKind, Map<String, ListItem>>> items = new LinkedHashMap<>();
    private final Map<String, List<String>> firmsByCode = new HashMap<>();
    private final Map<String, List<String>> firmsByName = new HashMap<>();
    private final Map<String, SupplyLink> flows = new HashMap<>();
    private Map<Segment, String> segmentsNow;
    private Map<String, List<Segment>> segmentsByName;
    private Set<String> products;
    private List<Chain> chainIndex;
    private Map<String, Integer> chainById;
    private Map<String, Integer> chainByKey;
    private Set<String> tags;
    private int blindCuts;
    private String blindExample;
    private List<String> blindPieces = List.of();

    Incoming(RegionMap map) {
        this.map = map;
        for (Chain chain : map.chains()) {
            ids.add(chain.id());
            chain.segments().forEach(segment -> ids.add(segment.id()));
            chain.lists().all().forEach(item -> ids.add(item.id()));
        }
        map.enterprises().forEach(firm -> {
            ids.add(firm.id());
            index(firm);
        });
        for (SupplyLink link : map.links()) {
            if (link.id() != null) {
                ids.add(link.id());
            }
            flows.putIfAbsent(flowKey(link.from(), link.to(), link.product()), link);
        }
        map.targets().stream().map(Target::id).forEach(ids::add);
    }

    RegionMap map() {
        return map;
    }

    // --- ids -----------------------------------------------------------------------------------------

    static boolean wellFormed(String id) {
        return ID.matcher(id).matches();
    }

    boolean taken(String id) {
        return ids.contains(id);
    }

    /** A new id {@code prefix1}, {@code prefix2} …, reserved at once. */
    String newId(String prefix) {
        int n = nextNumber.getOrDefault(prefix, 1);
        while (!ids.add(prefix + n)) {
            n++;
        }
        nextNumber.put(prefix, n + 1);
        return prefix + n;
    }

    void reserve(String id) {
        ids.add(id);
    }

    // --- chains and segments -------------------------------------------------------------------------

    List<Chain> chains() {
        List<Chain> all = new ArrayList<>(map.chains());
        all.addAll(newChains.values());
        return all;
    }

    /**
     * The chain named by {@code text}: its id, its name or English name (产业链 may be left off); the first such
     * chain in order. Looked up in an index of the chains' ids and names, made once per set of chains (a
     * ledger names a chain on every row).
     */
    Optional<Chain> chain(String text) {
        if (chainIndex == null) {
            chainIndex = new ArrayList<>(chains());
            chainById = new HashMap<>();
            chainByKey = new HashMap<>();
            for (int i = 0; i < chainIndex.size(); i++) {
                Chain chain = chainIndex.get(i);
                chainById.putIfAbsent(chain.id(), i);
                chainByKey.putIfAbsent(chainKey(chain.name()), i);
                if (chain.nameEn() != null) {
                    chainByKey.putIfAbsent(chainKey(chain.nameEn()), i);
                }
            }
        }
        int byId = chainById.getOrDefault(text, Integer.MAX_VALUE);
        int byName = chainByKey.getOrDefault(chainKey(text), Integer.MAX_VALUE);
        int first = Math.min(byId, byName);
        return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(chainIndex.get(first));
    }

    void addChain(Chain chain) {
        newChains.put(chain.id(), chain);
        ids.add(chain.id());
        segmentsNow = null;
        chainIndex = null;
    }

    boolean isNewChain(String id) {
        return newChains.containsKey(id);
    }

    Optional<Segment> segment(String id) {
        Segment brought = segments.get(id);
        return brought != null ? Optional.of(brought) : map.segment(id);
    }

    String chainOfSegment(String segmentId) {
        String chain = chainOfSegment.get(segmentId);
        return chain != null
                ? chain
                : map.chainOfSegment(segmentId).map(Chain::id).orElse(null);
    }

    /** Every segment as the import leaves it so far, with its chain's id, in chain order. */
    Map<Segment, String> allSegments() {
        if (segmentsNow == null) {
            segmentsNow = java.util.Collections.unmodifiableMap(gatherSegments());
            segmentsByName = new HashMap<>();
            for (Segment segment : segmentsNow.keySet()) {
                segmentsByName
                        .computeIfAbsent(nameKey(segment.name()), key -> new ArrayList<>())
                        .add(segment);
                if (segment.nameEn() != null && !nameKey(segment.nameEn()).equals(nameKey(segment.name()))) {
                    segmentsByName
                            .computeIfAbsent(nameKey(segment.nameEn()), key -> new ArrayList<>())
                            .add(segment);
                }
            }
        }
        return segmentsNow;
    }

    /** The segments whose name or English name is {@code name} (compared as {@link #nameKey}). */
    List<Segment> segmentsNamed(String name) {
        allSegments();
        return segmentsByName.getOrDefault(nameKey(name), List.of());
    }

    private Map<Segment, String> gatherSegments() {
        Map<Segment, String> all = new LinkedHashMap<>();
        for (Chain chain : chains()) {
            for (Segment segment : chain.segments()) {
                all.put(segments.getOrDefault(segment.id(), segment), chain.id());
            }
        }
        segments.forEach((id, segment) -> {
            if (map.segment(id).isEmpty()) {
                all.put(segment, chainOfSegment.get(id));
            }
        });
        return all;
    }

    void putSegment(String chainId, Segment segment) {
        segments.put(segment.id(), segment);
        chainOfSegment.put(segment.id(), chainId);
        ids.add(segment.id());
        segmentsNow = null;
    }

    // --- known names ---------------------------------------------------------------------------------

    /** Whether {@code text} is, whole, a chain's id, name or English name. */
    boolean namesChain(String text) {
        return chain(text).isPresent();
    }

    /** Whether {@code text} is, whole, a segment's id, name or English name. */
    boolean namesSegment(String text) {
        return segment(text).isPresent() || !segmentsNamed(text).isEmpty();
    }

    /**
     * Whether {@code text} is, whole, a product of a firm of the map, a segment's name, or a product a segment
     * lists (as the segments and mapping rows leave it: firms are read after them).
     */
    boolean namesProduct(String text) {
        if (products == null) {
            products = new HashSet<>();
            tags = new HashSet<>();
            for (Enterprise firm : map.enterprises()) {
                firm.products().forEach(product -> products.add(nameKey(product)));
                firm.tags().forEach(tag -> tags.add(nameKey(tag)));
            }
            for (Segment segment : allSegments().keySet()) {
                segment.products().forEach(product -> products.add(nameKey(product)));
            }
        }
        return products.contains(nameKey(text)) || !segmentsNamed(text).isEmpty();
    }

    /**
     * Notes a cell of products or tags that was cut into {@code values} though neither it nor any of them is
     * known: the preview counts them and shows the first (decision 0031).
     */
    void noteBlindCut(Cell cell, List<String> values, java.util.function.Predicate<String> known) {
        if (Values.cutBlind(cell, values, known) && blindCuts++ == 0) {
            blindExample = cell.text();
            blindPieces = List.copyOf(values);
        }
    }

    /** The cells cut with no known value: how many, and the first with its pieces. */
    ImportNotes.CutCells cutUnknown() {
        return new ImportNotes.CutCells(blindCuts, blindExample, blindPieces);
    }

    /** Whether {@code text} is, whole, a tag of a firm of the map. */
    boolean namesTag(String text) {
        namesProduct(text);
        return tags.contains(nameKey(text));
    }

    // --- firms and links -----------------------------------------------------------------------------

    Optional<Enterprise> firm(String id) {
        Enterprise brought = firms.get(id);
        return brought != null ? Optional.of(brought) : map.enterprise(id);
    }

    List<String> firmsWithCode(String code) {
        return firmsByCode.getOrDefault(code, List.of());
    }

    List<String> firmsNamed(String name) {
        return firmsByName.getOrDefault(nameKey(name), List.of());
    }

    void putFirm(Enterprise firm) {
        firm(firm.id()).ifPresent(this::unindex);
        firms.put(firm.id(), firm);
        ids.add(firm.id());
        index(firm);
    }

    /** The link of the map, or brought, from {@code from} to {@code to} with {@code product}. */
    Optional<SupplyLink> flow(String from, String to, String product) {
        return Optional.ofNullable(flows.get(flowKey(from, to, product)));
    }

    private static String flowKey(String from, String to, String product) {
        return from + '\u0000' + to + '\u0000' + product;
    }

    Optional<SupplyLink> link(String id) {
        return map.links().stream().filter(link -> id.equals(link.id())).findFirst();
    }

    void putLink(SupplyLink link) {
        links.add(link);
        flows.put(flowKey(link.from(), link.to(), link.product()), link);
        if (link.id() != null) {
            ids.add(link.id());
        }
    }

    // --- list items ----------------------------------------------------------------------------------

    /** The item with {@code id} in any list of the chain, as the import leaves it so far, and its list. */
    Optional<Map.Entry<ListKind, ListItem>> item(String chainId, String id) {
        for (ListKind kind : ListKind.values()) {
            for (ListItem item : items(chainId, kind)) {
                if (item.id().equals(id)) {
                    return Optional.of(Map.entry(kind, item));
                }
            }
        }
        return Optional.empty();
    }

    /** The items of one list of a chain, as the import leaves them so far. */
    List<ListItem> items(String chainId, ListKind kind) {
        Map<String, ListItem> all = new LinkedHashMap<>();
        map.chain(chainId).ifPresent(chain -> chain.lists().of(kind).forEach(item -> all.put(item.id(), item)));
        all.putAll(items.getOrDefault(chainId, Map.of()).getOrDefault(kind, Map.of()));
        return List.copyOf(all.values());
    }

    void putItem(String chainId, ListKind kind, ListItem item) {
        items.computeIfAbsent(chainId, key -> new EnumMap<>(ListKind.class))
                .computeIfAbsent(kind, key -> new LinkedHashMap<>())
                .put(item.id(), item);
        ids.add(item.id());
    }

    // --- the result ----------------------------------------------------------------------------------

    /**
     * What the import brings as a partial map of the same region: the chains with only their new and changed
     * segments and list items (a chain the map lacks, whole), the new and changed firms, the new and changed
     * links.
     */
    RegionMap fragment() {
        List<Chain> chains = new ArrayList<>();
        for (Chain chain : chains()) {
            List<Segment> own = new ArrayList<>();
            segments.forEach((id, segment) -> {
                if (chain.id().equals(chainOfSegment.get(id))) {
                    own.add(segment);
                }
            });
            Map<ListKind, Map<String, ListItem>> lists = items.getOrDefault(chain.id(), Map.of());
            if (own.isEmpty() && lists.isEmpty() && !newChains.containsKey(chain.id())) {
                continue;
            }
            Map<ListKind, List<ListItem>> kept = new EnumMap<>(ListKind.class);
            lists.forEach((kind, byId) -> kept.put(kind, List.copyOf(byId.values())));
            chains.add(new Chain(
                    chain.id(),
                    chain.name(),
                    chain.nameEn(),
                    chain.color(),
                    chain.chief(),
                    chain.leadOffice(),
                    chain.hostPark(),
                    own,
                    new ChainLists(kept, chain.lists().extra()),
                    Pins.NONE,
                    chain.provenance(),
                    chain.extra()));
        }
        return new RegionMap(
                map.region(), map.analysis(), chains, List.copyOf(firms.values()), links, List.of(), Extras.NONE);
    }

    /** A new chain's shell: its id and name, nothing else yet. */
    static Chain shell(String id, String name) {
        return new Chain(
                id, name, null, null, null, null, null, List.of(), ChainLists.EMPTY, Pins.NONE, Provenance.NONE, null);
    }

    // --- names ---------------------------------------------------------------------------------------

    /** A firm's name as compared: full-width brackets and letters made plain, blanks out, lower case. */
    static String nameKey(String name) {
        if (isPlainKey(name)) {
            return name;
        }
        return Values.withoutBlanks(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code name} is its own {@link #nameKey}: only characters that normalisation, blank removal and
     * lower case all leave as they are (ASCII other than capitals and blanks, the unified CJK ideographs, CJK
     * punctuation such as 、 and 。), as most names in a Chinese ledger are; the regular expression is then
     * skipped (it was a tenth of an import).
     */
    private static boolean isPlainKey(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 0x80
                    ? c > ' ' && c != 0x7f && (c < 'A' || c > 'Z')
                    : (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3029);
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** A chain's name as compared: as {@link #nameKey}, and 产业链 at the end left off. */
    static String chainKey(String name) {
        String key = nameKey(name);
        return key.endsWith("产业链") ? key.substring(0, key.length() - 3) : key;
    }

    private void index(Enterprise firm) {
        if (firm.creditCode() != null) {
            firmsByCode
                    .computeIfAbsent(firm.creditCode(), key -> new ArrayList<>())
                    .add(firm.id());
        }
        firmsByName
                .computeIfAbsent(nameKey(firm.name()), key -> new ArrayList<>())
                .add(firm.id());
    }

    private void unindex(Enterprise firm) {
        if (firm.creditCode() != null) {
            firmsByCode.getOrDefault(firm.creditCode(), new ArrayList<>()).remove(firm.id());
        }
        firmsByName.getOrDefault(nameKey(firm.name()), new ArrayList<>()).remove(firm.id());
    }
}
