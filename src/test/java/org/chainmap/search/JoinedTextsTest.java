package org.chainmap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding which of many joined texts hold a query: each once, with its closest occurrence, to its owner. */
class JoinedTextsTest {

    private final JoinedTexts texts =
            new JoinedTexts(List.of("电工", "特变电工电工", "", "电工器材", "工电"), new int[] {10, 11, 12, 13, 14});

    private List<String> found(String query) {
        List<String> found = new ArrayList<>();
        texts.find(query, (owner, closeness) -> found.add(owner + ":" + Hit.Closeness.values()[closeness]));
        return found;
    }

    @Test
    void reportsEachTextOnceWithItsClosestOccurrence() {
        assertThat(found("电工")).containsExactly("10:EXACT", "11:INSIDE", "13:PREFIX");
        assertThat(found("工")).containsExactly("10:INSIDE", "11:INSIDE", "13:INSIDE", "14:PREFIX");
        assertThat(found("电")).containsExactly("10:PREFIX", "11:INSIDE", "13:PREFIX", "14:INSIDE");
    }

    @Test
    void aQueryNeverSpansTwoTexts() {
        assertThat(found("工电工")).containsExactly("11:INSIDE");
        assertThat(found("工\u0000电")).isEmpty();
        assertThat(found("")).isEmpty();
        assertThat(found("材工")).isEmpty();
    }

    @Test
    void knowsTheLengthOfEachText() {
        assertThat(texts.length(1)).isEqualTo(6);
        assertThat(texts.length(2)).isZero();
    }
}
