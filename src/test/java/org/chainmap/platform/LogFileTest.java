package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void rotatesAtItsLimitAndKeepsOnlyAFew() throws IOException {
        Path folder = dir.resolve("日志 logs");
        try (LogFile log = LogFile.open(folder, 2_000, 3).orElseThrow()) {
            Logger logger = Logger.getLogger("org.chainmap.test.rotation");
            for (int i = 0; i < 200; i++) {
                logger.warning("recovery copy not written, round " + i);
            }
            assertThat(log.current()).isEqualTo(folder.toAbsolutePath().resolve("chainmap-0.log"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")))
                    .containsExactlyInAnyOrder("chainmap-0.log", "chainmap-1.log", "chainmap-2.log");
        }
        for (int g = 0; g < 3; g++) {
            assertThat(Files.size(folder.resolve("chainmap-" + g + ".log"))).isLessThanOrEqualTo(2_000 + 200);
        }
        assertThat(Files.readString(folder.resolve("chainmap-0.log"), StandardCharsets.UTF_8))
                .contains("WARNING org.chainmap.test.rotation: recovery copy not written, round 199");
    }

    @Test
    void anUnexpectedErrorGoesToTheFileWithItsStackTrace() throws IOException {
        Path folder = dir.resolve("logs");
        try (LogFile log = LogFile.open(folder, LogFile.LIMIT, LogFile.COUNT).orElseThrow()) {
            LogFile.logError("Unexpected error in thread \"main\"", new IllegalStateException("断链"));
        }
        assertThat(Files.readString(folder.resolve("chainmap-0.log"), StandardCharsets.UTF_8))
                .contains("SEVERE org.chainmap.unexpected: Unexpected error in thread \"main\"")
                .contains("java.lang.IllegalStateException: 断链")
                .contains("at org.chainmap.platform.LogFileTest");
    }

    @Test
    void aFolderThatCannotBeMadeGivesNoLog() throws IOException {
        Path file = Files.writeString(dir.resolve("a file"), "x");
        assertThat(LogFile.open(file.resolve("logs"), LogFile.LIMIT, LogFile.COUNT))
                .isEmpty();
    }
}
