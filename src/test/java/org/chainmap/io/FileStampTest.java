package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's stamp tells a change by someone else from a file only touched or copied back. */
class FileStampTest {

    @TempDir
    Path dir;

    @Test
    void aFileAsItWasMatches() throws Exception {
        Path file = Files.writeString(dir.resolve("map.json"), "{}\n");
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        assertThat(stamp.size()).isEqualTo(3);
        assertThat(stamp.digest()).hasSize(64);
        assertThat(stamp.matches(file)).isTrue();
    }

    @Test
    void otherBytesDoNotMatchEvenAtTheSameTimeAndSize() throws Exception {
        Path file = Files.writeString(dir.resolve("map.json"), "{\"a\":1}\n");
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "{\"b\":2}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(stamp.matches(file)).as("same size, other bytes, later").isFalse();
        Files.writeString(file, "{\"a\":1,\"b\":2}\n");
        Files.setLastModifiedTime(file, time);
        assertThat(stamp.matches(file)).as("other size, same time").isFalse();
    }

    @Test
    void theSameBytesAtAnotherTimeMatch() throws Exception {
        Path file = Files.writeString(dir.resolve("map.json"), "{}\n");
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(stamp.matches(file)).as("touched, or copied back").isTrue();
    }

    @Test
    void aMissingFileHasNoStampAndMatchesNone() throws Exception {
        Path file = Files.writeString(dir.resolve("map.json"), "{}\n");
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        Files.delete(file);
        assertThat(FileStamp.of(file)).isEmpty();
        assertThat(stamp.matches(file)).isFalse();
    }
}
