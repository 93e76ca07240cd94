package org.chainmap.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/**
 * Finds a map's chains, segments and enterprises by what a user types: a part of the name (电工), of an
 * English name ({@code transformer}), of a credit code ({@code 91430400}), or the name's pinyin in full,
 * by initials or mixed ({@code tebian}, {@code tbdg}, {@code tebiandg}; see {@link Spellings}), any
 * reading of a polyphonic character matching. Case, full-width forms, spaces and apostrophes in pinyin do
 * not matter.
 *
 * <p>Built once per map ({@link #of}), since a map never changes: the names, codes and spellings are laid
 * out in a few flat arrays, which a query reads through in order (tens of milliseconds to build and a few
 * to query at 100,000 firms: see {@code docs/performance.md}), so that results can follow each keystroke.
 * Hits are ranked: those the query covers whole before those it starts, before those it is inside of; then
 * shorter names first; then local before external firms; then chains, segments and enterprises, each in
 * map order. Immutable once built, so any thread may query it.
 */
public final class SearchIndex {

    /** How many hits {@link #find(String)} gives at most. */
    public static final int LIMIT = 50;

    private static final byte NONE = (byte) Hit.Closeness.values().length;

    private static final Hit.Closeness[] CLOSENESS = Hit.Closeness.values();

    private static final Hit.Field[] FIELDS = Hit.Field.values();

    /** The low bits of a hit's place in order: a layer's firm's place after the entry built before it. */
    static final int SUB_BITS = 16;

    static final long SUB_MASK = (1L << SUB_BITS) - 1;

    private static final long ORDER_MASK = (1L << 48) - 1;

    private final RegionMap map;
    private final Spellings spellings;
    /** What each entry is: chains first, then segments, then enterprises, each in map order. */
    private final Entry[] entries;
    /** The entries' names, folded (see {@link Query#fold}). */
    private final JoinedTexts names;
    /** The English names of the chains and segments that have one, folded. */
    private final JoinedTexts englishNames;
    /** The credit codes of the enterprises that have one, folded. */
    private final JoinedTexts codes;
    /** The spellings of all names, one after the other: entry e's from {@code spellingStart[e]}. */
    private final char[] spelled;

    private final int[] spellingStart;
    /** The letters each entry's spelling can match, as {@link Spellings#letters} gives them. */
    private final long[] letters;
    /** Whether each entry is an external firm (ranked after local ones), apart so that ranking reads in order. */
    private final boolean[] external;
    /** The entries of the firms from this one on; those before are the chains and segments. */
    private final int firmsFrom;
    /** The firms the edits since this index was built changed (decision 0067); {@code null} for none. */
    private final FirmLayer layer;
    /** The entry of each firm, by identity: what a layer over this index looks firms up by. */
    private final Map<Enterprise, Integer> firmEntries;
    /** The firm of each entry, {@code null} for a chain or segment: read in order by a layer's pass over a map. */
    private final Enterprise[] firmAt;

    /** What a hit reports of an entry; {@code firm} is the enterprise it is, {@code null} for a chain or segment. */
    private record Entry(
            Hit.Kind kind, String id, String name, String chainId, String segmentId, boolean local, Enterprise firm) {}

    private SearchIndex(RegionMap map) {
        this(map, true, map.enterprises(), new Spellings());
    }

    /**
     * The index of {@code firms}, with {@code map}'s chains and segments before them when {@code withChains}: the
     * whole map's, or the few firms of a {@link FirmLayer}, which shares the spellings of the index it lies on.
     */
    SearchIndex(RegionMap map, boolean withChains, List<Enterprise> firms, Spellings spellings) {
        this.map = map;
        this.spellings = spellings;
        this.layer = null;
        this.firmEntries = new IdentityHashMap<>(withChains ? firms.size() * 2 : 16);
        List<Entry> all = new ArrayList<>(firms.size() + 300);
        List<String> english = new ArrayList<>();
        List<Integer> englishOwners = new ArrayList<>();
        List<String> codeTexts = new ArrayList<>();
        List<Integer> codeOwners = new ArrayList<>();
        List<Chain> chains = withChains ? map.chains() : List.of();
        for (Chain chain : chains) {
            addEnglish(english, englishOwners, chain.nameEn(), all.size());
            all.add(new Entry(Hit.Kind.CHAIN, chain.id(), chain.name(), chain.id(), null, true, null));
        }
        for (Chain chain : chains) {
            for (Segment segment : chain.segments()) {
                addEnglish(english, englishOwners, segment.nameEn(), all.size());
                all.add(new Entry(
                        Hit.Kind.SEGMENT, segment.id(), segment.name(), chain.id(), segment.id(), true, null));
            }
        }
        firmsFrom = all.size();
        for (Enterprise firm : firms) {
            String main = firm.mainSegment();
            String chainId = main == null
                    ? null
                    : map.chainOfSegment(main).map(Chain::id).orElse(null);
            if (withChains) {
                firmEntries.putIfAbsent(firm, all.size());
            }
            if (firm.creditCode() != null) {
                codeTexts.add(Query.fold(firm.creditCode()));
                codeOwners.add(all.size());
            }
            all.add(new Entry(
                    Hit.Kind.ENTERPRISE,
                    firm.id(),
                    firm.name(),
                    chainId,
                    chainId == null ? null : main,
                    firm.local(),
                    firm));
        }
        entries = all.toArray(Entry[]::new);
        firmAt = new Enterprise[entries.length];
        Arrays.setAll(firmAt, e -> entries[e].firm());
        external = new boolean[entries.length];
        for (int e = 0; e < entries.length; e++) {
            external[e] = !entries[e].local();
        }
        List<String> folded =
                all.stream().map(entry -> Query.fold(entry.name())).toList();
        names = new JoinedTexts(folded, identity(entries.length));
        englishNames = new JoinedTexts(english, ints(englishOwners));
        codes = new JoinedTexts(codeTexts, ints(codeOwners));
        spellingStart = new int[entries.length + 1];
        letters = new long[entries.length];
        char[][] spelt = new char[entries.length][];
        for (int e = 0; e < entries.length; e++) {
            spelt[e] = spellings.spell(folded.get(e));
            letters[e] = spellings.letters(spelt[e]);
            spellingStart[e + 1] = spellingStart[e] + spelt[e].length;
        }
        spelled = new char[spellingStart[entries.length]];
        for (int e = 0; e < entries.length; e++) {
            System.arraycopy(spelt[e], 0, spelled, spellingStart[e], spelt[e].length);
        }
    }

    /** {@code built}'s arrays, shared, for {@code now}, whose firms differ from them by {@code changed}. */
    private SearchIndex(SearchIndex built, RegionMap now, FirmLayer changed) {
        map = now;
        spellings = built.spellings;
        entries = built.entries;
        names = built.names;
        englishNames = built.englishNames;
        codes = built.codes;
        spelled = built.spelled;
        spellingStart = built.spellingStart;
        letters = built.letters;
        external = built.external;
        firmsFrom = built.firmsFrom;
        firmEntries = built.firmEntries;
        firmAt = built.firmAt;
        layer = changed;
    }

    /** The index of {@code map}'s chains, segments and enterprises. */
    public static SearchIndex of(RegionMap map) {
        return new SearchIndex(Objects.requireNonNull(map, "map"));
    }

    private static void addEnglish(List<String> texts, List<Integer> owners, String name, int owner) {
        if (name != null) {
            texts.add(Query.fold(name));
            owners.add(owner);
        }
    }

    private static int[] identity(int size) {
        int[] all = new int[size];
        Arrays.setAll(all, k -> k);
        return all;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The index of {@code now}, made by edits of this index's map that replaced, added or removed the records {@code
     * touched}, derived from this one (decision 0067): this index's arrays, shared, and a layer of the firms the
     * edits changed, so that an edit costs its few firms, not the map's 100,000. Empty when the edits changed the
     * chains, or when the layer grew past {@link FirmLayer#AT_MOST}: then the index is built anew.
     */
    public java.util.Optional<SearchIndex> after(RegionMap now, List<Object> touched) {
        if (now == map) {
            return java.util.Optional.of(this);
        }
        SearchIndex built = layer == null ? this : layer.built();
        if (now.chains() != built.map.chains()) {
            return java.util.Optional.empty();
        }
        FirmLayer changed = FirmLayer.after(built, layer, now, touched);
        return java.util.Optional.ofNullable(changed).map(next -> new SearchIndex(built, now, next));
    }

    /** How many firms the edits since this index's arrays were built changed; 0 for an index built anew. */
    public int layered() {
        return layer == null ? 0 : layer.size();
    }

    /** The map this index answers for. */
    public RegionMap map() {
        return map;
    }

    /** How many chains, segments and enterprises it holds. */
    public int size() {
        return layer == null ? entries.length : entries.length - layer.removedCount() + layer.addedCount();
    }

    /** The entries from this one on are firms. */
    int firmsFrom() {
        return firmsFrom;
    }

    /** The entry count, of the arrays built. */
    int entryCount() {
        return entries.length;
    }

    /** The enterprise of entry {@code e}; {@code null} for a chain or segment. */
    Enterprise firmOf(int e) {
        return firmAt[e];
    }

    /** The entry built of {@code firm} (this very object); -1 for none. */
    int entryOf(Enterprise firm) {
        return firmEntries.getOrDefault(firm, -1);
    }

    /** The spellings table, shared by the layers over this index. */
    Spellings spellings() {
        return spellings;
    }

    /** The best {@link #LIMIT} hits of {@code query}, best first; none for an empty query. */
    public List<Hit> find(String query) {
        return find(query, LIMIT);
    }

    /** The best {@code limit} hits of {@code query}, best first; none for an empty query. */
    public List<Hit> find(String query, int limit) {
        Query typed = Query.of(query);
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        FirmLayer.Laid laid = layer == null ? null : layer.laid();
        if (layer != null && laid == null) {
            return layer.rebuilt(map).find(query, limit); // the layer did not match the map: built anew
        }
        byte[][] marks = marks(typed);
        byte[] closeness = marks[0];
        TopKeys best = new TopKeys(limit);
        for (int e = 0; e < entries.length; e++) {
            if (closeness[e] < NONE && (laid == null || !laid.removed()[e])) {
                best.offer(key(closeness[e], names.length(e), external[e], (long) (e + 1) << SUB_BITS));
            }
        }
        byte[][] extra = null;
        SearchIndex firms = null;
        if (laid != null) {
            firms = laid.firms();
            extra = firms.marks(typed);
            for (int j = 0; j < firms.entries.length; j++) {
                if (extra[0][j] < NONE) {
                    best.offer(key(extra[0][j], firms.names.length(j), firms.external[j], laid.order()[j]));
                }
            }
        }
        List<Hit> hits = new ArrayList<>(limit);
        for (long key : best.sorted()) {
            long order = key & ORDER_MASK;
            boolean base = (order & SUB_MASK) == 0;
            int e = base ? (int) (order >>> SUB_BITS) - 1 : laid.entryOf(order);
            SearchIndex from = base ? this : firms;
            byte[][] marked = base ? marks : extra;
            Entry entry = from.entries[e];
            hits.add(new Hit(
                    entry.kind(),
                    entry.id(),
                    entry.name(),
                    FIELDS[marked[1][e]],
                    CLOSENESS[marked[0][e]],
                    entry.chainId(),
                    entry.segmentId(),
                    entry.local()));
        }
        return List.copyOf(hits);
    }

    /** How close each entry is to {@code typed}, and the field matched: {closeness, field}. */
    private byte[][] marks(Query typed) {
        byte[] closeness = new byte[entries.length];
        byte[] field = new byte[entries.length];
        Arrays.fill(closeness, NONE);
        names.find(typed.text(), (owner, close) -> mark(closeness, field, owner, close, Hit.Field.NAME));
        englishNames.find(typed.text(), (owner, close) -> mark(closeness, field, owner, close, Hit.Field.ENGLISH_NAME));
        if (typed.digits()) {
            codes.find(
                    new String(typed.letters()),
                    (owner, close) -> mark(closeness, field, owner, close, Hit.Field.CREDIT_CODE));
        }
        pinyin(typed, closeness, field);
        return new byte[][] {closeness, field};
    }

    private static void mark(byte[] closeness, byte[] field, int owner, int close, Hit.Field matched) {
        if (close < closeness[owner]) {
            closeness[owner] = (byte) close;
            field[owner] = (byte) matched.ordinal();
        }
    }

    /**
     * Ranks a hit: closeness, then the name's length, then local first, then the entry's place (kind, map order),
     * given as {@code order}: {@code (e + 1) << SUB_BITS} for entry e of the arrays built, between those for a
     * firm of a layer (see {@link FirmLayer}).
     */
    private static long key(int closeness, int length, boolean external, long order) {
        return (long) closeness << 61 | (long) Math.min(length, 0xFFF) << 49 | (external ? 1L : 0L) << 48 | order;
    }

    /**
     * Marks the entries whose spelling the typed letters match (see {@link Spellings}), where that is closer
     * than what is marked: from the first character on, whole or as its start; or from one inside.
     */
    private void pinyin(Query typed, byte[] closeness, byte[] field) {
        char[] query = typed.letters();
        char first = query[0];
        long mask = typed.mask();
        for (int e = 0; e < entries.length; e++) {
            if (closeness[e] == 0 || (mask & ~letters[e]) != 0) {
                continue;
            }
            int from = spellingStart[e];
            int end = spellingStart[e + 1];
            for (int i = from; i < end; i++) {
                if (!spellings.canStart(spelled[i], first)) {
                    continue;
                }
                Hit.Closeness close;
                if (i == from && spellings.matches(spelled, i, end, query, 0, true)) {
                    close = Hit.Closeness.EXACT;
                } else if (spellings.matches(spelled, i, end, query, 0, false)) {
                    close = i == from ? Hit.Closeness.PREFIX : Hit.Closeness.INSIDE;
                } else {
                    continue;
                }
                Hit.Field matched = mask == 0
                        ? Hit.Field.NAME
                        : spellings.matchesInitials(spelled, i, end, query)
                                ? Hit.Field.PINYIN_INITIALS
                                : Hit.Field.PINYIN;
                mark(closeness, field, e, close.ordinal(), matched);
                break;
            }
        }
    }
}
