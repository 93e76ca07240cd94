package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reading takes and what it refuses: numbers of unknown fields kept as written, so that a map that loads
 * can be saved; the size limit held on the bytes read, not on the size a file claims; faults in the user's words.
 */
class MapReaderBoundsTest {

    private static final String HEAD = "{\"format\": \"chainmap\", \"version\": 1, \"region\": {\"name\": \"衡阳市\"},"
            + " \"chains\": [{\"id\": \"c\", \"name\": \"链\"}],";

    @TempDir
    Path dir;

    @Test
    void numbersOfUnknownFieldsAreKeptAsWrittenAndTheMapSavesAsItWasRead() throws Exception {
        String numbers = "\"x-tiny\": 1e-400, \"x-exact\": 0.1234567890123456789012345678901234, \"x-list\":"
                + " [1.50, -0, 1E+5, 12345678901234567890123], \"x-nested\": {\"rate\": 2.0e-7}";
        Path file = dir.resolve("numbers.json");
        Files.writeString(
                file,
                HEAD + " \"enterprises\": [{\"id\": \"e\", \"name\": \"企业\", \"local\": true, \"x-score\": 99.990}], "
                        + numbers + "}",
                StandardCharsets.UTF_8);
        RegionMap map = MapFile.load(file).map().orElseThrow();
        assertThat(map.extra().fields())
                .containsEntry("x-tiny", "1e-400")
                .containsEntry("x-exact", "0.1234567890123456789012345678901234")
                .containsEntry("x-list", "[1.50,-0,1E+5,12345678901234567890123]")
                .containsEntry("x-nested", "{\"rate\":2.0e-7}");
        MapFile.save(map, file, MapFile.load(file).stamp().orElseThrow());
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved)
                .contains("\"x-tiny\": 1e-400")
                .contains("\"x-exact\": 0.1234567890123456789012345678901234")
                .contains("1.50")
                .contains("-0")
                .contains("1E+5")
                .contains("12345678901234567890123")
                .contains("\"rate\": 2.0e-7")
                .contains("\"x-score\": 99.990");
        assertThat(MapFile.load(file).map()).contains(map);
        byte[] once = Files.readAllBytes(file);
        MapFile.save(MapFile.load(file).map().orElseThrow(), file);
        assertThat(Files.readAllBytes(file))
                .as("a second save writes the same bytes")
                .isEqualTo(once);
    }

    @Test
    void numbersTheReaderUsesAreReadExactlyFromTheSameNodes() {
        String json = HEAD + " \"enterprises\": [{\"id\": \"e\", \"name\": \"企业\", \"local\": true,"
                + " \"revenue\": 1.5e3, \"revenueYear\": 2.024e3}]}";
        RegionMap map =
                MapReader.read(json.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        assertThat(map.enterprises().get(0).revenue()).isEqualTo(1500L);
        assertThat(map.enterprises().get(0).revenueYear()).isEqualTo(2024);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeviceThatClaimsNoSizeIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        LoadResult result = MapReader.read(zero);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message(Locale.ENGLISH))
                .isEqualTo("the file is larger than 67,108,864 bytes, the most ChainMap opens; reading stopped there");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPipeIsReadOnlyUpToTheLimit() throws Exception {
        Path fifo = dir.resolve("endless.json");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes a pipe");
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is there");
        }
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 4096; i++) { // 256 MiB, four times the limit
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the reader closed the pipe: what was written is counted
            }
        });
        writer.setDaemon(true);
        writer.start();
        LoadResult result = MapReader.read(fifo);
        writer.join(10_000);
        assertThat(result.errors()).extracting(Problem::key).containsExactly("file.tooLong");
        assertThat(written.get())
                .as("the reader stopped: the writer could not go on")
                .isLessThan(MapReader.MAX_BYTES + (8L << 20));
    }

    @Test
    void aFolderIsNamedAsAFolder() {
        LoadResult result = MapReader.read(dir);
        assertThat(result.problems().get(0).message(Locale.ENGLISH)).isEqualTo(dir + " is a folder, not a map file");
        assertThat(result.problems().get(0).message(Locale.CHINESE)).isEqualTo(dir + " 是文件夹，不是地图文件");
    }

    @Test
    void faultsOfTheJsonAreToldInTheUsersWordsAtTheirPlace() {
        assertThat(problem("{\"format\": NaN}"))
                .isEqualTo("1:15 ERROR $ \"NaN\" is not a value JSON allows (write a number, a text in double quotes,"
                        + " or null)");
        assertThat(problem("{\"format\": +1}")).isEqualTo("1:13 ERROR $ a number may not begin with +");
        assertThat(problem("{\n  /* note */ \"format\": 1}")).isEqualTo("2:3 ERROR $ comments are not allowed in JSON");
        assertThat(problem("{\"format\": 007}"))
                .isEqualTo("1:13 ERROR $ a number may not begin with 0 (write 7, not 07)");
        assertThat(problem("{\"format\": \"a\u0001b\"}"))
                .startsWith("1:14 ERROR $ a control character (code 1) inside a text");
        assertThat(problem("{\"format\": \"a\\qb\"}")).isEqualTo("1:15 ERROR $ \"\\q\" is not an escape JSON knows");
        assertThat(problem("{\"x\": " + "1".repeat(150) + "}"))
                .isEqualTo("1:157 ERROR $ a number of 150 characters; numbers have at most 100");
        assertThat(problem("{\"" + "k".repeat(60_000) + "\": 1}"))
                .isEqualTo("1:60004 ERROR $ a field name of 60000 characters; names have at most 50000");
        for (String bad : List.of("{\"format\": NaN}", "{\"format\": +1}", "{\"x\": " + "1".repeat(150) + "}")) {
            assertThat(problem(bad)).doesNotContain("JsonReadFeature").doesNotContain("StreamReadConstraints");
        }
    }

    @Test
    void aTextOverTheLimitIsRefusedAtItsPlaceWhenReadAndWhenSaved() throws Exception {
        String huge = "名".repeat(MapReader.MAX_STRING + 1);
        assertThat(problem(HEAD + " \"enterprises\": [{\"id\": \"e\", \"name\": \"" + huge + "\", \"local\": true}]}"))
                .startsWith("1:139 ERROR $ a text of 1048577 characters");
        RegionMap map = MapReader.read(
                        (HEAD + " \"enterprises\": [{\"id\": \"e\", \"name\": \"企业\", \"local\": true}]}")
                                .getBytes(StandardCharsets.UTF_8))
                .map()
                .orElseThrow();
        RegionMap tooLong = map.withEnterprises(List.of(map.enterprises().get(0).withName(huge)));
        Path file = dir.resolve("long.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapFile.save(tooLong, file))
                .hasMessage("the map would not read back as it is, at $.enterprises[0].name: a text of 1048577"
                        + " characters; a map file's texts hold at most 1048576; nothing was saved");
        assertThat(Files.exists(file)).isFalse();
    }

    private static String problem(String json) {
        LoadResult result = MapReader.read(json.getBytes(StandardCharsets.UTF_8));
        Problem first = result.errors().get(0);
        return first.line() + ":" + first.column() + " " + first.severity() + " " + first.path() + " "
                + first.message(Locale.ENGLISH);
    }
}
