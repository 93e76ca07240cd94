package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/ARCHITECTURE.md reads as a map a newcomer can take in (issue 17, item 10): the code map's table has one
 * short line per package, its detail in a paragraph below; neither it nor the README points outside the repository.
 */
class ArchitectureDocTest {

    /** The longest row of the code map's table, in characters: a row said in a sentence, not a page. */
    static final int LONGEST_ROW = 300;

    @Test
    void everyRowOfTheCodeMapIsOneShortLineOfThreeCells() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs/ARCHITECTURE.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
        assertThat(rows).hasSizeGreaterThan(10);
        for (String row : rows) {
            assertThat(row.length()).as(row).isLessThanOrEqualTo(LONGEST_ROW);
            assertThat(row.split("\\|", -1)).as(row).hasSize(5);
            assertThat(row).as(row).endsWith("|");
        }
    }

    @Test
    void neitherTheReadmeNorTheArchitecturePointsOutsideTheRepository() throws IOException {
        for (String file : List.of("README.md", "docs/ARCHITECTURE.md")) {
            assertThat(Files.readString(Path.of(file), StandardCharsets.UTF_8))
                    .as(file)
                    .doesNotContain("../shared");
        }
    }
}
