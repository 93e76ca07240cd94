package org.chainmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainmap.model.Enterprise;
import org.junit.jupiter.api.Test;

/**
 * The drawn firms after edits, a layer on the map made whole ({@link DrawnFirms}), are the map a copy changed by the
 * same edits is: looked up, counted and walked, through the layer and after it is folded past {@link
 * DrawnFirms#FLATTEN} changed firms.
 */
class DrawnFirmsTest {

    @Test
    void aLayerOnTheFirmsBeforeIsTheFirmsAfterTheEdits() {
        Random random = new Random(7);
        Map<String, Enterprise> model = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            model.put("f" + i, firm(i, 0));
        }
        Map<String, Enterprise> drawn = new HashMap<>(model);
        int layered = 0;
        int folded = 0;
        for (int edit = 0; edit < 1500; edit++) {
            Map<String, Enterprise> changes = new HashMap<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int id = random.nextInt(1200);
                changes.put("f" + id, random.nextInt(4) == 0 ? null : firm(id, edit));
            }
            if (random.nextInt(10) == 0) { // a firm drawn as it was: nothing changes
                changes.clear();
                String id = "f" + random.nextInt(1200);
                changes.put(id, model.get(id));
            }
            Map<String, Enterprise> before = drawn;
            drawn = DrawnFirms.with(drawn, changes);
            changes.forEach((id, firm) -> {
                if (firm == null) {
                    model.remove(id);
                } else {
                    model.put(id, firm);
                }
            });
            assertThat(drawn).as("edit %s", edit).isEqualTo(model).hasSize(model.size());
            assertThat(new HashMap<>(drawn)).isEqualTo(model);
            for (int probe = 0; probe < 20; probe++) {
                String id = "f" + random.nextInt(1300);
                assertThat(drawn.get(id)).isSameAs(model.get(id));
                assertThat(drawn.containsKey(id)).isEqualTo(model.containsKey(id));
            }
            if (changes.values().stream().allMatch(firm -> firm == null || firm == before.get(firm.id()))
                    && changes.keySet().stream().allMatch(id -> before.get(id) == changes.get(id))) {
                assertThat(drawn).as("nothing changed: the same map").isSameAs(before);
            }
            layered += drawn instanceof DrawnFirms ? 1 : 0;
            folded += !(drawn instanceof DrawnFirms) && before instanceof DrawnFirms ? 1 : 0;
        }
        assertThat(layered).as("edits answered by a layer").isGreaterThan(100);
        assertThat(folded).as("layers folded into a new map").isGreaterThan(0);
    }

    private static Enterprise firm(int id, int version) {
        return Enterprise.of("f" + id, "firm " + id + "." + version, id % 3 != 0, List.of("s" + id % 7));
    }
}
