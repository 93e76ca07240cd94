package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map read only to be looked at (the read-only commands) is read without its file's SHA-256; a map read to be
 * saved keeps its stamp, and its save still refuses a file someone else changed since.
 */
class ReadWithoutStampTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyReadMakesNoDigestAndGivesTheSameMapAndProblems() throws Exception {
        Path file = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("map.json"));
        long before = FileStamp.digestsMade();
        LoadResult looked = MapReader.readWithoutStamp(file);
        assertThat(FileStamp.digestsMade())
                .as("digests made by a read-only read")
                .isEqualTo(before);
        assertThat(looked.stamp()).isEmpty();

        LoadResult stamped = MapReader.read(file);
        assertThat(FileStamp.digestsMade()).as("a read for saving makes one").isEqualTo(before + 1);
        assertThat(stamped.stamp()).isPresent();
        assertThat(looked.map()).isEqualTo(stamped.map());
        assertThat(looked.problems()).isEqualTo(stamped.problems());
    }

    @Test
    void filesThatCannotBeReadGiveTheSameProblemsEitherWay() throws Exception {
        Path missing = dir.resolve("missing.json");
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1,", StandardCharsets.UTF_8);
        for (Path file : new Path[] {missing, folder, broken}) {
            LoadResult looked = MapReader.readWithoutStamp(file);
            assertThat(looked.ok()).isFalse();
            assertThat(looked.problems())
                    .as(file.toString())
                    .isEqualTo(MapReader.read(file).problems());
        }
    }

    @Test
    void aMapReadForSavingStillRefusesAFileChangedSince() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        LoadResult mine = MapReader.read(file);
        // Another program that takes no lock writes the same number of bytes at the same time of change.
        String theirs = Files.readString(file, StandardCharsets.UTF_8).replace("衡阳市", "衡阳县");
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, theirs, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        assertThatThrownBy(
                        () -> MapFile.save(SampleMaps.full(), file, mine.stamp().orElseThrow()))
                .isInstanceOf(MapChangedException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(theirs);
    }
}
