package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map that cannot be read is reported by every command as {@code validate} reports it (issue 19: "bad files as
 * validate"): the same lines, {@code file:line:column: level: message [path]}, and the same summary, on standard
 * error, with exit code 1; {@code compare} so for either version.
 */
class BadMapLinesTest {

    private static final String GOOD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电",
               "segments": [{"id": "power.t", "name": "变压器", "stage": "midstream"}]}],
             "enterprises": [{"id": "tbea", "name": "特变电工", "local": true, "segments": ["power.t"]}]}
            """;

    private static final String BAD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电",
               "segments": [{"id": "power.t", "name": "变压器", "stage": "middle"}]}],
             "enterprises": [{"id": "tbea", "name": "特变电工", "local": true, "segments": ["power.x"]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void everyCommandPrintsABadMapsErrorsAsValidateDoes() throws Exception {
        String good = write("good.json", GOOD);
        String bad = write("坏 图谱.json", BAD);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            CliRun validate = CliRun.of(locale, "validate", bad);
            assertThat(validate.code()).isEqualTo(1);
            List<String> lines = validate.out().lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).startsWith(bad + ":3:").contains("[$.chains[0].segments[0].stage]");
            for (List<String> args : List.of(
                    List.of("gaps", bad),
                    List.of("info", bad),
                    List.of("compare", bad, good),
                    List.of("compare", good, bad),
                    List.of(
                            "export",
                            bad,
                            "--chain",
                            "power",
                            "--layout-json",
                            dir.resolve("x.json").toString()))) {
                CliRun run = CliRun.of(locale, args.toArray(String[]::new));
                assertThat(run.code()).as("%s %s", locale, args).isEqualTo(1);
                assertThat(run.err().lines().toList()).as("%s %s", locale, args).containsExactlyElementsOf(lines);
            }
        }
    }

    private String write(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file.toString();
    }
}
