package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import org.chainmap.io.FileStamp;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapChangedException;
import org.chainmap.io.MapFile;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read a map do not make its file's SHA-256 (about 0.2 s of a core per 48 MB), which
 * only a save needs; the commands that write the map back still read its stamp and honour it.
 */
class ReadOnlyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theCommandsThatOnlyReadMakeNoDigest() throws Exception {
        Path map = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("map.json"));
        String file = map.toString();
        List<List<String>> runs = List.of(
                List.of("validate", file),
                List.of("validate", file, "--format", "json"),
                List.of("info", file),
                List.of("gaps", file, "--format", "json"),
                List.of("report", file, "--md", dir.resolve("r.md").toString()),
                List.of(
                        "export",
                        file,
                        "--chain=food",
                        "--dot",
                        dir.resolve("c.dot").toString()),
                List.of("compare", file, file, "--format", "json"),
                List.of("slides", file, "--pdf", dir.resolve("s.pdf").toString()));
        for (List<String> args : runs) {
            long before = FileStamp.digestsMade();
            CliRun run = CliRun.of(args.toArray(new String[0]));
            assertThat(run.code()).as("%s: %s", args, run.err()).isZero();
            assertThat(FileStamp.digestsMade()).as("digests made by %s", args).isEqualTo(before);
        }
    }

    @Test
    void aMapReadToBeSavedHasItsStampAndItsSaveRefusesAFileChangedSince() throws Exception {
        Path map = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("map.json"));
        Console console = new Console(System.out, System.err, new Messages(Locale.ENGLISH));
        assertThat(MapArgument.read(map.toString(), console).orElseThrow().stamp())
                .isEmpty();
        long before = FileStamp.digestsMade();
        LoadResult mine = MapArgument.readToSave(map.toString(), console).orElseThrow();
        assertThat(FileStamp.digestsMade()).isGreaterThan(before);
        RegionMap read = mine.map().orElseThrow();
        // Another program that takes no lock writes the same number of bytes at the same time of change.
        String theirs = Files.readString(map, StandardCharsets.UTF_8).replace("衡阳", "衡山");
        FileTime time = Files.getLastModifiedTime(map);
        Files.writeString(map, theirs, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(map, time);
        assertThatThrownBy(() -> MapFile.save(read, map, mine.stamp().orElseThrow()))
                .isInstanceOf(MapChangedException.class);
        assertThat(Files.readString(map, StandardCharsets.UTF_8)).isEqualTo(theirs);
    }
}
