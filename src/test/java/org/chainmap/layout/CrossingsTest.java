package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossingsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithCountingEveryPair(long seed) {
        Random random = new Random(seed);
        int upperSize = 1 + random.nextInt(12);
        int lowerSize = 1 + random.nextInt(12);
        int edges = random.nextInt(40);
        int[] upper = new int[edges];
        int[] lower = new int[edges];
        for (int i = 0; i < edges; i++) {
            upper[i] = random.nextInt(upperSize);
            lower[i] = random.nextInt(lowerSize);
        }
        long pairs = 0;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 1; j < edges; j++) {
                if ((long) (upper[i] - upper[j]) * (lower[i] - lower[j]) < 0) {
                    pairs++;
                }
            }
        }
        assertThat(Crossings.between(upper, lower, lowerSize)).isEqualTo(pairs);
    }

    @org.junit.jupiter.api.Test
    void edgesSharingAnEndDoNotCross() {
        assertThat(Crossings.between(new int[] {0, 0, 1}, new int[] {0, 1, 1}, 2))
                .isZero();
        assertThat(Crossings.between(new int[] {0, 1}, new int[] {1, 0}, 2)).isEqualTo(1);
    }
}
