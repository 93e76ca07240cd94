package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of JavaFX's natives keeps one folder per build: a start touches its own and removes the folders of
 * other builds nothing has touched for a month, and nothing else.
 */
class NativesSweepTest {

    @TempDir
    Path dir;

    @Test
    void aStartRemovesOtherBuildsUnusedForAMonthAndKeepsTheRest() throws IOException {
        Path cache = dir.resolve("cache");
        Path javafx = Files.createDirectories(cache.resolve("javafx"));
        Instant now = Instant.now();
        Path stale = folder(javafx, "linux-2c3eb80-1a24c807c97", now.minus(Duration.ofDays(31)));
        Path staleOther = folder(javafx, "linux-aarch64-2c3eb80-1a24c807c98", now.minus(Duration.ofDays(90)));
        Path recent = folder(javafx, "linux-2c425cb-1a24c7dac7b", now.minus(Duration.ofDays(29)));
        Path notOurs = folder(javafx, "notes", now.minus(Duration.ofDays(400)));
        Path file = Files.writeString(javafx.resolve("linux-1-2"), "a file, not a folder");
        Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofDays(400))));

        Path jar = jar(dir.resolve("chainmap.jar"));
        Path used = JavaFxNatives.extract(jar, Desktop.LINUX_X64, cache).orElseThrow();

        assertThat(stale).doesNotExist();
        assertThat(staleOther).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(notOurs.resolve("libglass.so")).exists();
        assertThat(file).exists();
        assertThat(used.resolve("libglass.so")).exists();
    }

    @Test
    void aFolderInUseIsTouchedAtEachStartSoThatItIsNeverTakenForStale() throws IOException {
        Path cache = dir.resolve("cache");
        Path jar = jar(dir.resolve("chainmap.jar"));
        Path used = JavaFxNatives.extract(jar, Desktop.LINUX_X64, cache).orElseThrow();
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(60)));
        Files.setLastModifiedTime(used, longAgo);

        assertThat(JavaFxNatives.extract(jar, Desktop.LINUX_X64, cache)).contains(used);
        assertThat(Files.getLastModifiedTime(used).toInstant())
                .isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        // Another build's start a day later leaves it: it was used a day before.
        NativesSweep.useAndSweep(
                Files.createDirectories(cache.resolve("javafx").resolve("linux-1-2")),
                Instant.now().plus(Duration.ofDays(1)));
        assertThat(used).isDirectory();
    }

    private static Path folder(Path parent, String name, Instant time) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.writeString(folder.resolve("libglass.so"), "old");
        Files.writeString(folder.resolve("complete"), "1 natives");
        Files.setLastModifiedTime(folder, FileTime.from(time));
        return folder;
    }

    private static Path jar(Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(JavaFxNatives.FOLDER + Desktop.LINUX_X64.classifier() + "/libglass.so"));
            zip.write("natives".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
