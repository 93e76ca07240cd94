package org.chainmap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.edit.RandomEdits;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits of every kind, undos and redos (decision 0067): the search index each edited map gets
 * from the one before ({@link SearchIndex#after}, a layer of the firms the edits touched over the arrays built once)
 * answers every query, hit for hit in the same order, as an index built afresh from the edited map: parts of names,
 * single characters that hit thousands of firms (ties broken by map order), pinyin, credit codes.
 */
class SearchIndexPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theIndexKeptAcrossRandomEditsAnswersAsTheIndexBuiltAfresh(long seed) {
        RegionMap start = RandomEdits.start(seed);
        SearchIndex[] kept = {SearchIndex.of(start)};
        int[] layered = {0};
        int changes = RandomEdits.run(start, seed, 300, (map, done, step, random) -> {
            SearchIndex next = kept[0].after(map, done.change().touched()).orElseGet(() -> SearchIndex.of(map));
            kept[0] = next;
            if (next.layered() > 0) {
                layered[0]++;
            }
            SearchIndex fresh = SearchIndex.of(map);
            assertThat(next.size()).as("entries after step %d", step).isEqualTo(fresh.size());
            for (String query : queries(map, random)) {
                int limit = random.nextBoolean() ? SearchIndex.LIMIT : 400;
                assertThat(next.find(query, limit))
                        .as("%s after step %d", query, step)
                        .isEqualTo(fresh.find(query, limit));
            }
        });
        assertThat(changes).as("edits, undos and redos carried out").isGreaterThan(100);
        assertThat(layered[0])
                .as("indexes derived with a layer of edited firms")
                .isGreaterThan(20);
    }

    /** Queries of the map's names and codes: whole, their start, a piece inside, one character, pinyin letters. */
    private static List<String> queries(RegionMap map, Random random) {
        List<String> queries = new ArrayList<>(List.of("a", "d", "z", "科", "有限", "9143", "tb"));
        List<Enterprise> firms = map.enterprises();
        for (int k = 0; k < 6 && !firms.isEmpty(); k++) {
            Enterprise firm = firms.get(random.nextInt(firms.size()));
            String name = firm.name();
            queries.add(name);
            queries.add(name.substring(0, Math.min(name.length(), 1 + random.nextInt(3))));
            int from = random.nextInt(name.length());
            queries.add(name.substring(from, Math.min(name.length(), from + 2)));
            if (firm.creditCode() != null) {
                queries.add(firm.creditCode()
                        .substring(0, Math.min(firm.creditCode().length(), 6)));
            }
        }
        queries.add(String.valueOf((char) ('a' + random.nextInt(26))) + (char) ('a' + random.nextInt(26)));
        return queries;
    }
}
