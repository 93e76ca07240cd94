package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReplacedWholeAndNoTemporaryIsLeft() throws Exception {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        AtomicWrite.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aFailureLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicWrite.write(file, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk gone");
                }))
                .hasMessage("disk gone");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept() throws Exception {
        Path target = Files.createDirectory(dir.resolve("real")).resolve("out.txt");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        AtomicWrite.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aNamedPipeIsWrittenIntoNotReplacedByAFile() throws Exception {
        Path pipe = dir.resolve("pipe");
        assumeTrue(mkfifo(pipe), "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicWrite.write(pipe, out -> out.write("through the pipe".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isRegularFile(pipe))
                .as("the pipe became a regular file")
                .isFalse();
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
    }

    @Test
    void aFolderIsRefusedByName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("drawings"));
        assertThatThrownBy(() -> AtomicWrite.write(folder, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder")
                .hasMessageContaining(folder.toString());
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
