package org.chainmap.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private final RegionMap map;
    private final Spellings spellings = new Spellings();
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

    /** What a hit reports of an entry. */
    private record Entry(Hit.Kind kind, String id, String name, String chainId, String segmentId, boolean local) {}

    private SearchIndex(RegionMap map) {
        this.map = map;
        List<Entry> all = new ArrayList<>(map.enterprises().size() + 300);
        List<String> english = new ArrayList<>();
        List<Integer> englishOwners = new ArrayList<>();
        List<String> codeTexts = new ArrayList<>();
        List<Integer> codeOwners = new ArrayList<>();
        for (Chain chain : map.chains()) {
            addEnglish(english, englishOwners, chain.nameEn(), all.size());
            all.add(new Entry(Hit.Kind.CHAIN, chain.id(), chain.name(), chain.id(), null, true));
        }
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                addEnglish(english, englishOwners, segment.nameEn(), all.size());
                all.add(new Entry(Hit.Kind.SEGMENT, segment.id(), segment.name(), chain.id(), segment.id(), true));
            }
        }
        for (Enterprise firm : map.enterprises()) {
            String main = firm.mainSegment();
            String chainId = main == null
                    ? null
                    : map.chainOfSegment(main).map(Chain::id).orElse(null);
            if (firm.creditCode() != null) {
                codeTexts.add(Query.fold(firm.creditCode()));
                codeOwners.add(all.size());
            }
            all.add(new Entry(
                    Hit.Kind.ENTERPRISE, firm.id(), firm.name(), chainId, chainId == null ? null : main, firm.local()));
        }
        entries = all.toArray(Entry[]::new);
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

    /** The map this index was built from. */
    public RegionMap map() {
        return map;
    }

    /** How many chains, segments and enterprises it holds. */
    public int size() {
        return entries.length;
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
        TopKeys best = new TopKeys(limit);
        for (int e = 0; e < entries.length; e++) {
            if (closeness[e] < NONE) {
                best.offer(key(closeness[e], e));
            }
        }
        List<Hit> hits = new ArrayList<>(limit);
        for (long key : best.sorted()) {
            int e = (int) (key & 0x1_FFFF_FFFFL);
            Entry entry = entries[e];
            hits.add(new Hit(
                    entry.kind(),
                    entry.id(),
                    entry.name(),
                    FIELDS[field[e]],
                    CLOSENESS[closeness[e]],
                    entry.chainId(),
                    entry.segmentId(),
                    entry.local()));
        }
        return List.copyOf(hits);
    }

    private static void mark(byte[] closeness, byte[] field, int owner, int close, Hit.Field matched) {
        if (close < closeness[owner]) {
            closeness[owner] = (byte) close;
            field[owner] = (byte) matched.ordinal();
        }
    }

    /** Ranks a hit: closeness, then the name's length, then local first, then the entry's place (kind, order). */
    private long key(int closeness, int e) {
        long length = Math.min(names.length(e), 0xFFF);
        return (long) closeness << 46 | length << 34 | (external[e] ? 1L : 0L) << 33 | e;
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
