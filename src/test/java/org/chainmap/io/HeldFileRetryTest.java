package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rename over a file that another program holds (Windows refuses it while antivirus software or a sync client
 * has the file open) is tried again for about two seconds before it fails, naming the cause.
 */
class HeldFileRetryTest {

    @TempDir
    Path dir;

    private final List<Long> pauses = new ArrayList<>();

    @Test
    void aFileLetGoWithinTheRetriesIsReplaced() throws Exception {
        Path source = Files.writeString(dir.resolve(".新 地图.json.1.tmp"), "new");
        Path target = Files.writeString(dir.resolve("新 地图.json"), "old");
        AtomicInteger tries = new AtomicInteger();
        AtomicWrite.moveIntoPlace(
                source,
                target,
                (from, to) -> {
                    if (tries.incrementAndGet() <= 2) {
                        throw new AccessDeniedException(to.toString());
                    }
                    Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                },
                pauses::add);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(pauses).containsExactly(50L, 100L);
    }

    @Test
    void aFileHeldAllAlongFailsAfterAboutTwoSecondsAsHeld() {
        Path target = dir.resolve("held.json");
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> AtomicWrite.moveIntoPlace(
                        dir.resolve("x.tmp"),
                        target,
                        (from, to) -> {
                            tries.incrementAndGet();
                            throw new FileSystemException(
                                    from.toString(),
                                    to.toString(),
                                    "The process cannot access the file because it is being used by another process");
                        },
                        pauses::add))
                .isInstanceOf(FileHeldException.class)
                .hasMessageContaining("held.json")
                .hasMessageContaining("being used by another process");
        assertThat(tries).hasValue(AtomicWrite.RETRY_PAUSES.length + 1);
        assertThat(pauses.stream().mapToLong(Long::longValue).sum()).isBetween(1_500L, 2_500L);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> AtomicWrite.moveIntoPlace(
                        dir.resolve("x.tmp"),
                        dir.resolve("gone/y.json"),
                        (from, to) -> {
                            throw new NoSuchFileException(to.toString());
                        },
                        pauses::add))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(pauses).isEmpty();
    }
}
