package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Citation;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Reliability;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.Test;

/** The map's sources and the facts' citations in the file: read, written, checked (decision 0023). */
class SourcesFormatTest {

    private static final String HEAD = "{\"format\": \"chainmap\", \"version\": 1, \"region\": {\"name\": \"衡阳市\"},"
            + " \"chains\": [{\"id\": \"power\", \"name\": \"新型能源及电力装备产业链\", \"segments\": ["
            + "{\"id\": \"power.transformer\", \"name\": \"变压器\", \"stage\": \"midstream\"}]}],";

    private static LoadResult read(String text) {
        return MapReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream()
                .map(problem -> problem.severity() + " " + problem.path() + " " + problem.message(Locale.ENGLISH))
                .toList();
    }

    @Test
    void sourcesAndCitationsReadBackEqualAndWriteTheSameBytes() {
        RegionMap full = SampleMaps.full();
        byte[] once = MapWriter.toBytes(full);
        LoadResult back = MapReader.read(once);
        assertThat(back.errors()).isEmpty();
        assertThat(back.map()).contains(full);
        assertThat(MapWriter.toBytes(back.map().orElseThrow())).isEqualTo(once);
        RegionMap map = back.map().orElseThrow();
        assertThat(map.sources()).hasSize(2);
        assertThat(map.source("S1").orElseThrow().reliability()).isEqualTo(Reliability.NEWSPAPER);
        assertThat(map.enterprises().get(0).provenance().cites())
                .extracting(Citation::source)
                .containsExactly("S2", "S1");
    }

    @Test
    void citationsStandOnOneLineAndSourcesAfterTheTargets() {
        String text = new String(MapWriter.toBytes(SampleMaps.full()), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("\"cites\": [{\"source\": \"S2\"}, {\"source\": \"S1\", \"checked\": \"2026-11-30\", "
                        + "\"x-script\": {\"run\": 7, \"tags\": [\"a\", \"b\"]}}],\n")
                .contains("  \"sources\": [\n    {\n      \"id\": \"S1\",\n      \"title\": ");
        assertThat(text.indexOf("\"sources\"")).isGreaterThan(text.indexOf("\"targets\""));
        assertThat(text.indexOf("\"sources\"")).isLessThan(text.indexOf("\"presentation\""));
        // A firm's citations follow its free-text source, before the date it was verified.
        String firm = text.substring(text.indexOf("\"enterprises\""));
        assertThat(firm.indexOf("\"cites\"")).isBetween(firm.indexOf("\"source\""), firm.indexOf("\"verified\""));
    }

    @Test
    void aFileWithoutSourcesIsValidAndWritesNoneBack() {
        LoadResult result = read(HEAD + " \"enterprises\": [{\"id\": \"tbea\", \"name\": \"特变电工\", \"local\": true,"
                + " \"segments\": [\"power.transformer\"], \"certainty\": \"verified\", \"source\": \"湖南日报\"}]}");
        assertThat(result.problems()).isEmpty();
        String written = new String(MapWriter.toBytes(result.map().orElseThrow()), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("sources").doesNotContain("cites");
    }

    @Test
    void anUnknownSourceAndAnUncitedVerifiedFactAreWarningsAndTheMapOpens() {
        LoadResult result = read(HEAD
                + " \"enterprises\": ["
                + "{\"id\": \"tbea\", \"name\": \"特变电工\", \"local\": true, \"segments\": [\"power.transformer\"],"
                + " \"cites\": [{\"source\": \"S1\"}, {\"source\": \"S9\", \"checked\": \"2026-11-30\"}]},"
                + "{\"id\": \"jinbei\", \"name\": \"金杯电工\", \"local\": true, \"segments\": [\"power.transformer\"],"
                + " \"certainty\": \"verified\"}],"
                + " \"sources\": [{\"id\": \"S1\", \"title\": \"动员令\", \"url\": \"file:///etc/passwd\"}]}");
        assertThat(result.map()).isPresent();
        assertThat(problems(result))
                .containsExactlyInAnyOrder(
                        "WARNING $.enterprises[0].cites[1].source cites source \"S9\", which the map's sources do not"
                                + " list",
                        "WARNING $.enterprises[1].certainty marked verified but cites no source: cite the source"
                                + " that states it, or mark it likely",
                        "WARNING $.sources[0].url \"file:///etc/passwd\" is not a web address (http:// or https://):"
                                + " ChainMap will not open it");
        assertThat(result.problems()).noneMatch(Problem::isError);
        assertThat(result.problems().get(0).line()).isPositive();
    }

    @Test
    void badSourcesAndCitationsAreErrorsAtTheirPlace() {
        LoadResult result = read(HEAD
                + " \"enterprises\": [{\"id\": \"tbea\", \"name\": \"特变电工\", \"local\": true,"
                + " \"segments\": [\"power.transformer\"], \"cites\": [{\"checked\": \"30.11.2026\"}]}],"
                + " \"sources\": [{\"id\": \"tbea\", \"title\": \"x\", \"reliability\": \"rumour\"},"
                + " {\"id\": \"S2\", \"title\": \"y\", \"date\": \"2026-13\"}]}");
        assertThat(problems(result))
                .anyMatch(line -> line.startsWith("ERROR $.enterprises[0].cites[0].source"))
                .anyMatch(line -> line.startsWith("ERROR $.sources[0].id duplicate id \"tbea\""))
                .anyMatch(line -> line.startsWith("ERROR $.sources[0].reliability unknown reliability \"rumour\""))
                .anyMatch(line -> line.startsWith("ERROR $.sources[1].date date \"2026-13\""));
    }
}
