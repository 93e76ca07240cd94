package org.chainmap.search;

import java.util.ArrayList;
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
 * <p>Built once per map ({@link #of}), since a map never changes; building takes about a second per
 * million names, and a query tests every name (a few milliseconds at 100,000 firms: see
 * {@code docs/performance.md}), so that results can follow each keystroke. Hits are ranked: those the
 * query covers whole before those it starts, before those it is inside of; then shorter names first; then
 * local before external firms; then chains, segments and enterprises, each in map order. Immutable once
 * built, so any thread may query it.
 */
public final class SearchIndex {

    /** How many hits {@link #find(String)} gives at most. */
    public static final int LIMIT = 50;

    private static final int NONE = Hit.Closeness.values().length;

    private static final Hit.Field[] FIELDS = Hit.Field.values();

    private static final Hit.Closeness[] CLOSENESS = Hit.Closeness.values();

    private final RegionMap map;
    private final Spellings spellings = new Spellings();
    private final Entry[] entries;

    /** A chain, segment or enterprise as it is searched. */
    private record Entry(
            Hit.Kind kind,
            String id,
            String name,
            String folded,
            String english,
            String code,
            char[] spelling,
            long letters,
            String chainId,
            String segmentId,
            boolean local) {}

    private SearchIndex(RegionMap map) {
        this.map = map;
        List<Entry> all = new ArrayList<>(map.enterprises().size() + 300);
        for (Chain chain : map.chains()) {
            all.add(entry(Hit.Kind.CHAIN, chain.id(), chain.name(), chain.nameEn(), null, chain.id(), null, true));
        }
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                all.add(entry(
                        Hit.Kind.SEGMENT,
                        segment.id(),
                        segment.name(),
                        segment.nameEn(),
                        null,
                        chain.id(),
                        segment.id(),
                        true));
            }
        }
        for (Enterprise firm : map.enterprises()) {
            String main = firm.mainSegment();
            String chainId = main == null
                    ? null
                    : map.chainOfSegment(main).map(Chain::id).orElse(null);
            all.add(entry(
                    Hit.Kind.ENTERPRISE,
                    firm.id(),
                    firm.name(),
                    null,
                    firm.creditCode(),
                    chainId,
                    chainId == null ? null : main,
                    firm.local()));
        }
        entries = all.toArray(Entry[]::new);
    }

    /** The index of {@code map}'s chains, segments and enterprises. */
    public static SearchIndex of(RegionMap map) {
        return new SearchIndex(Objects.requireNonNull(map, "map"));
    }

    private Entry entry(
            Hit.Kind kind,
            String id,
            String name,
            String english,
            String code,
            String chainId,
            String segmentId,
            boolean local) {
        String folded = Query.fold(name);
        char[] spelling = spellings.spell(folded);
        return new Entry(
                kind,
                id,
                name,
                folded,
                english == null ? null : Query.fold(english),
                code == null ? null : Query.fold(code),
                spelling,
                spellings.letters(spelling),
                chainId,
                segmentId,
                local);
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
        String code = new String(typed.letters());
        TopKeys best = new TopKeys(limit);
        for (int e = 0; e < entries.length; e++) {
            Entry entry = entries[e];
            int closeness = match(entry, typed, code) / FIELDS.length;
            if (closeness < NONE) {
                best.offer(key(closeness, entry, e));
            }
        }
        List<Hit> hits = new ArrayList<>(limit);
        for (long key : best.sorted()) {
            Entry entry = entries[(int) (key & 0x1_FFFF_FFFFL)];
            int match = match(entry, typed, code);
            hits.add(new Hit(
                    entry.kind(),
                    entry.id(),
                    entry.name(),
                    FIELDS[match % FIELDS.length],
                    CLOSENESS[match / FIELDS.length],
                    entry.chainId(),
                    entry.segmentId(),
                    entry.local()));
        }
        return List.copyOf(hits);
    }

    /** Ranks a hit: closeness, then the name's length, then local first, then the entry's place (kind, order). */
    private static long key(int closeness, Entry entry, int index) {
        long length = Math.min(entry.name().length(), 0xFFF);
        return (long) closeness << 46 | length << 34 | (entry.local() ? 0L : 1L) << 33 | index;
    }

    /**
     * How {@code entry} matches: its best closeness times the number of fields plus the field that gave it
     * (the first of the fields, in their order, on a tie); {@code NONE} times the number of fields for no
     * match.
     */
    private int match(Entry entry, Query typed, String code) {
        int best = NONE * FIELDS.length;
        best = better(best, closeness(entry.folded(), typed.text()), Hit.Field.NAME);
        if (entry.english() != null) {
            best = better(best, closeness(entry.english(), typed.text()), Hit.Field.ENGLISH_NAME);
        }
        if (entry.code() != null && typed.digits()) {
            best = better(best, closeness(entry.code(), code), Hit.Field.CREDIT_CODE);
        }
        if (best / FIELDS.length > Hit.Closeness.EXACT.ordinal() && (typed.mask() & ~entry.letters()) == 0) {
            best = pinyin(entry.spelling(), typed, best);
        }
        return best;
    }

    /** The better of {@code best} and a match of {@code field} as close as {@code closeness}. */
    private static int better(int best, int closeness, Hit.Field field) {
        int match = closeness * FIELDS.length + field.ordinal();
        return closeness < best / FIELDS.length ? match : best;
    }

    /** How close {@code text} is to {@code field}: an ordinal of {@link Hit.Closeness}, or {@code NONE}. */
    private static int closeness(String field, String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        if (field.startsWith(text)) {
            return field.length() == text.length() ? Hit.Closeness.EXACT.ordinal() : Hit.Closeness.PREFIX.ordinal();
        }
        return field.contains(text) ? Hit.Closeness.INSIDE.ordinal() : NONE;
    }

    /** {@code best}, or the match of the typed letters against {@code spelling} if that is closer. */
    private int pinyin(char[] spelling, Query typed, int best) {
        char[] letters = typed.letters();
        char first = letters[0];
        int bestCloseness = best / FIELDS.length;
        for (int i = 0; i < spelling.length; i++) {
            Hit.Closeness closeness;
            if (!spellings.canStart(spelling[i], first)) {
                continue;
            } else if (i == 0 && spellings.matches(spelling, 0, letters, 0, true)) {
                closeness = Hit.Closeness.EXACT;
            } else if (spellings.matches(spelling, i, letters, 0, false)) {
                closeness = i == 0 ? Hit.Closeness.PREFIX : Hit.Closeness.INSIDE;
            } else {
                continue;
            }
            if (closeness.ordinal() >= bestCloseness) {
                return best;
            }
            Hit.Field field = typed.mask() == 0
                    ? Hit.Field.NAME
                    : spellings.matchesInitials(spelling, i, letters) ? Hit.Field.PINYIN_INITIALS : Hit.Field.PINYIN;
            return better(best, closeness.ordinal(), field);
        }
        return best;
    }
}
