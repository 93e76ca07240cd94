package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A mistyped command or option is answered with what was most likely meant, and only then. */
class SuggestionTest {

    private static final List<String> COMMANDS =
            List.of("validate", "info", "gaps", "export", "import", "template", "report", "slides", "generate");

    @Test
    void aSlipFindsTheCommand() {
        assertThat(Suggestion.nearest("expor", COMMANDS)).contains("export");
        assertThat(Suggestion.nearest("valdiate", COMMANDS)).contains("validate");
        assertThat(Suggestion.nearest("GAPS", COMMANDS)).contains("gaps");
        assertThat(Suggestion.nearest("gaps", COMMANDS)).isEmpty();
        assertThat(Suggestion.nearest("gasp", COMMANDS)).contains("gaps");
        assertThat(Suggestion.nearest("--box-colums", List.of("--box-columns", "--chain")))
                .contains("--box-columns");
    }

    @Test
    void anotherWordOrATieSuggestsNothing() {
        assertThat(Suggestion.nearest("frobnicate", COMMANDS)).isEmpty();
        // "xport" is one slip from export and two from import: export; "mport" one from import only.
        assertThat(Suggestion.nearest("mport", COMMANDS)).contains("import");
        assertThat(Suggestion.nearest("ab", List.of("ac", "ad"))).isEmpty();
    }

    @Test
    void distanceCountsASwapOnce() {
        assertThat(Suggestion.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void theCommandLineAsksDidYouMean() {
        CliRun english = CliRun.of("expor", "maps/hengyang.json");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.err()).contains("unknown command “expor”; did you mean export?");
        CliRun chinese = CliRun.of(Locale.CHINESE, "help", "valdate");
        assertThat(chinese.err()).contains("未知命令“valdate”；是否要用 validate？");
        CliRun option = CliRun.of("export", "maps/hengyang.json", "--chian", "power", "--png", "x.png");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option --chian; did you mean --chain?");
    }
}
