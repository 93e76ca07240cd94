package org.chainmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A bundle's patterns are parsed once and give the same text however often, and from however many threads. */
class BundleTest {

    private final Bundle english = Bundle.of("org.chainmap.cli.messages", Locale.ENGLISH, BundleTest.class);

    @Test
    void aPatternFormattedAgainGivesItsTextWithTheNewArguments() {
        String first = english.text("validate.invalid", "a.json", 1);
        String second = english.text("validate.invalid", "b.json", 2);
        assertThat(first).contains("a.json").doesNotContain("b.json");
        assertThat(second).contains("b.json").doesNotContain("a.json");
        assertThat(english.text("validate.invalid", "a.json", 1)).isEqualTo(first);
    }

    @Test
    void threadsFormattingTheSamePatternGetTheirOwnText() {
        List<CompletableFuture<Boolean>> all = IntStream.range(0, 8)
                .mapToObj(t -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 2_000)
                        .allMatch(i -> english.text("validate.invalid", "f" + t + "-" + i + ".json", i)
                                .contains("f" + t + "-" + i + ".json"))))
                .toList();
        assertThat(all).allSatisfy(done -> assertThat(done.join()).isTrue());
    }
}
