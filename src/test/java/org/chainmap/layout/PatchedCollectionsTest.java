package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map and the list patched in time proportional to an edit (decision 0071) behave as the ordered map and the list
 * copied would: random patches, each on the one before, past the bound where they are copied flat, compared with a
 * {@link LinkedHashMap} and an {@link ArrayList} changed the same way.
 */
class PatchedCollectionsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aPatchedMapIsTheOrderedMapCopied(long seed) {
        Random random = new Random(seed);
        Map<String, Integer> model = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            model.put("k" + random.nextInt(1_000), i);
        }
        PatchedMap<String, Integer> map = PatchedMap.flat(model);
        PatchedMap<String, Integer> first = map;
        boolean flattened = false;
        for (int step = 0; step < 80; step++) {
            List<String> keys = new ArrayList<>(model.keySet());
            List<String> gone = new ArrayList<>();
            for (int g = random.nextInt(3); g > 0 && !keys.isEmpty(); g--) {
                gone.add(keys.get(random.nextInt(keys.size())));
            }
            gone.add("absent" + step); // a key the map has not: ignored
            gone.forEach(model::remove);
            Map<String, Integer> more = new LinkedHashMap<>();
            for (int a = random.nextInt(3); a > 0; a--) {
                String key = random.nextBoolean() && !gone.isEmpty() ? gone.get(0) : "new" + step + "." + a;
                if (!model.containsKey(key)) {
                    more.put(key, -step);
                }
            }
            model.putAll(more);
            map = map.patched(gone, more);
            flattened |= !map.sharesFlatWith(first);
            assertSameMap(map, model);
        }
        assertThat(flattened).as("copied flat past the bound").isTrue();
    }

    @Test
    void aPatchedMapIsUnmodifiableAndRefusesAKeyItHas() {
        PatchedMap<String, Integer> map = PatchedMap.flat(Map.of("a", 1)).patched(List.of(), Map.of("b", 2));
        assertThatThrownBy(() -> map.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().iterator().remove()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> map.patched(List.of(), Map.of("a", 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.patched(List.of(), Map.of("b", 3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(map.patched(List.of("a"), Map.of("a", 3))).containsExactly(Map.entry("b", 2), Map.entry("a", 3));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aPatchedListIsTheListCopied(long seed) {
        Random random = new Random(seed);
        List<String> model = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            model.add(random.nextInt(40) + "/" + random.nextInt(7));
        }
        List<Function<? super String, String>> keys =
                List.of(item -> item.substring(0, item.indexOf('/')), item -> item.substring(item.indexOf('/') + 1));
        PatchedList<String> list = PatchedList.flat(model, keys);
        PatchedList<String> first = list;
        boolean flattened = false;
        for (int step = 0; step < 80; step++) {
            Set<Integer> gone = new TreeSet<>();
            for (int g = random.nextInt(4); g > 0 && !model.isEmpty(); g--) {
                gone.add(random.nextInt(model.size()));
            }
            if (!model.isEmpty() && random.nextBoolean()) {
                gone.add(model.size() - 1); // one of those appended before, often
            }
            List<String> more = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                more.add(random.nextInt(40) + "/" + step % 7);
            }
            List<Integer> down = new ArrayList<>(gone);
            for (int i = down.size() - 1; i >= 0; i--) {
                model.remove((int) down.get(i));
            }
            model.addAll(more);
            list = list.patched(gone.stream().mapToInt(Integer::intValue).toArray(), more);
            flattened |= !list.sharesIndexWith(first);
            assertThat(list).isEqualTo(model);
            assertThat(model).isEqualTo(list);
            assertThat(list.hashCode()).isEqualTo(model.hashCode());
            assertThat(list).hasSize(model.size());
            assertThat(new ArrayList<>(list)).isEqualTo(model); // through the iterator
            for (int i = 0; i < model.size(); i++) {
                assertThat(list.get(i)).isEqualTo(model.get(i));
            }
            for (int k = 0; k < 2; k++) {
                Function<? super String, String> key = keys.get(k);
                String value = key.apply(random.nextBoolean() && !model.isEmpty() ? model.get(0) : "3/3");
                int[] expected = IntStream.range(0, model.size())
                        .filter(i -> key.apply(model.get(i)).equals(value))
                        .toArray();
                assertThat(list.positions(k, value))
                        .as("the positions of %s", value)
                        .containsExactly(expected);
            }
        }
        assertThat(flattened).as("copied flat past the bound").isTrue();
        PatchedList<String> last = list;
        assertThatThrownBy(() -> last.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> last.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> last.get(last.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void assertSameMap(PatchedMap<String, Integer> map, Map<String, Integer> model) {
        assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(model.entrySet());
        assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(model.keySet());
        assertThat(new ArrayList<>(map.values())).containsExactlyElementsOf(model.values());
        List<Map.Entry<String, Integer>> walked = new ArrayList<>();
        map.forEach((key, value) -> walked.add(Map.entry(key, value)));
        assertThat(walked).containsExactlyElementsOf(model.entrySet());
        assertThat(map.keySet()).isEqualTo(model.keySet());
        assertThat(map).isEqualTo(model);
        assertThat(model).isEqualTo(map);
        assertThat(map).isEqualTo(new HashMap<>(model));
        assertThat(map.hashCode()).isEqualTo(model.hashCode());
        assertThat(map.size()).isEqualTo(model.size());
        int position = 0;
        for (Map.Entry<String, Integer> entry : model.entrySet()) {
            assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
            assertThat(map.containsKey(entry.getKey())).isTrue();
            assertThat(map.positionOf(entry.getKey())).isEqualTo(position++);
        }
        assertThat(map.get("absent")).isNull();
        assertThat(map.containsKey("absent")).isFalse();
        assertThat(map.positionOf("absent")).isEqualTo(-1);
    }
}
