package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --all}: a file per chain and the panorama, never two on one file, on any file system. */
class ExportNamesTest {

    /** Ids that meet on some file system: by their unsafe characters, by case, as the panorama, as devices. */
    private static final List<String> IDS =
            List.of("power", "a_b", "a:b", "A", "a", "panorama", "CON", "nul.x", "Panorama", "新能源", "-rf", ".hidden");

    @TempDir
    Path dir;

    private Path map(List<String> ids) throws Exception {
        StringBuilder chains = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            chains.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"")
                    .append(ids.get(i))
                    .append("\", \"name\": \"链")
                    .append(i)
                    .append("\", \"segments\": [{\"id\": \"s")
                    .append(i)
                    .append("\", \"name\": \"环节")
                    .append(i)
                    .append("\", \"stage\": \"midstream\"}]}");
        }
        Path file = dir.resolve("clash.json");
        Files.writeString(
                file,
                "{\"format\": \"chainmap\", \"version\": 1, \"region\": {\"name\": \"衡阳市\"}, \"chains\": [" + chains
                        + "]}",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void safeIdsKeepTheirNamesAndOthersGetOnesOfTheirOwn() {
        Map<String, String> stems = OutputNames.stems(IDS);
        assertThat(stems.get("power")).isEqualTo("power");
        assertThat(stems.get("a_b")).isEqualTo("a_b");
        assertThat(stems.get("A")).isEqualTo("A");
        assertThat(stems.get("a:b")).matches("a_b~[0-9a-f]{8}");
        assertThat(stems.get("a")).matches("a~[0-9a-f]{8}");
        assertThat(stems.get("panorama")).matches("panorama~[0-9a-f]{8}");
        assertThat(stems.get("Panorama")).matches("Panorama~[0-9a-f]{8}");
        assertThat(stems.get("CON")).matches("CON~[0-9a-f]{8}");
        assertThat(stems.get("nul.x")).matches("nul.x~[0-9a-f]{8}");
        assertThat(stems.get("新能源")).matches("___~[0-9a-f]{8}");
        assertThat(stems.get("-rf")).matches("-rf~[0-9a-f]{8}");
        assertThat(stems.values().stream().map(String::toLowerCase).collect(Collectors.toSet()))
                .hasSize(IDS.size())
                .doesNotContain("panorama");
        assertThat(OutputNames.stems(List.of("a:b")).get("a:b"))
                .as("the name depends on the id alone")
                .isEqualTo(stems.get("a:b"));
    }

    @Test
    void allWritesAFileForEveryChainAndThePanorama() throws Exception {
        Path file = map(IDS);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        CliRun run = CliRun.of("export", file.toString(), "--all", "--svg", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Set<String> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(written).hasSize(IDS.size() + 1).contains("power.svg", "a_b.svg", "A.svg", "panorama.svg");
        assertThat(written.stream().map(String::toLowerCase).collect(Collectors.toSet()))
                .as("distinct where case is ignored")
                .hasSize(IDS.size() + 1);
        assertThat(run.out().lines().filter(line -> line.contains("→"))).hasSize(IDS.size() + 1);
        for (String name : written) {
            assertThat(run.out()).contains(out.resolve(name).toString());
        }
    }

    @Test
    void twoOutputsOnOneFileAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = map(List.of("power", "auto"));
        Path same = dir.resolve("Same.svg");
        CliRun run = CliRun.of(
                "export",
                file.toString(),
                "--chain",
                "power",
                "--svg",
                same.toString(),
                "--dot",
                dir.resolve("same.SVG").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--svg and --dot would both be written to");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsOnly("clash.json");
        }
    }
}
