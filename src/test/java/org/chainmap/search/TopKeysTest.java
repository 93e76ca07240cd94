package org.chainmap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The smallest keys offered, at most so many, smallest first. */
class TopKeysTest {

    @Test
    void keepsTheSmallestInOrder() {
        long[] offered = new Random(7).longs(10_000, 0, 1_000_000).toArray();
        TopKeys top = new TopKeys(50);
        LongStream.of(offered).forEach(top::offer);
        assertThat(top.sorted())
                .containsExactly(LongStream.of(offered).sorted().limit(50).toArray());
    }

    @Test
    void keepsAllWhenFewerThanTheLimit() {
        TopKeys top = new TopKeys(5);
        top.offer(3);
        top.offer(1);
        top.offer(2);
        assertThat(top.sorted()).containsExactly(1, 2, 3);
        assertThat(new TopKeys(0).sorted()).isEmpty();
    }
}
