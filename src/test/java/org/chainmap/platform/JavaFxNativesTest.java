package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {

    @TempDir
    Path dir;

    @Test
    void takesOutOnlyTheDesktopsOwnNatives() throws IOException {
        Path jar = jar(
                "a.jar",
                Map.of(
                        "org/chainmap/natives/linux/libglass.so", "x64 glass",
                        "org/chainmap/natives/linux-aarch64/libglass.so", "arm glass",
                        "org/chainmap/natives/win/glass.dll", "win glass",
                        "libglass.so", "root"));
        Path folder = JavaFxNatives.extract(jar, Desktop.LINUX_AARCH64, dir.resolve("cache"))
                .orElseThrow();
        assertThat(folder.getParent()).isEqualTo(dir.resolve("cache").resolve("javafx"));
        assertThat(folder.getFileName().toString()).startsWith("linux-aarch64-");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("libglass.so", "complete");
        }
        assertThat(Files.readString(folder.resolve("libglass.so"))).isEqualTo("arm glass");
        assertThat(JavaFxNatives.list(jar, Desktop.WINDOWS_X64)).containsExactly("glass.dll");
        assertThat(JavaFxNatives.extract(jar, Desktop.MAC_X64, dir.resolve("cache")))
                .isEmpty();
    }

    @Test
    void aSecondStartCopiesNothingAndAnotherBuildGetsAFolderOfItsOwn() throws IOException {
        Path jar = jar("a.jar", Map.of("org/chainmap/natives/linux/libglass.so", "one"));
        Path first = JavaFxNatives.extract(jar, Desktop.LINUX_X64, dir).orElseThrow();
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.resolve("libglass.so"), old);
        assertThat(JavaFxNatives.extract(jar, Desktop.LINUX_X64, dir)).contains(first);
        assertThat(Files.getLastModifiedTime(first.resolve("libglass.so"))).isEqualTo(old);

        Path other = jar("b.jar", Map.of("org/chainmap/natives/linux/libglass.so", "two, longer"));
        Path second = JavaFxNatives.extract(other, Desktop.LINUX_X64, dir).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(second.resolve("libglass.so"))).isEqualTo("two, longer");
    }

    @Test
    void aLibraryCutShortByAnInterruptedCopyIsCopiedAgain() throws IOException {
        Path jar = jar("a.jar", Map.of("org/chainmap/natives/linux/libglass.so", "the whole library"));
        Path folder = JavaFxNatives.extract(jar, Desktop.LINUX_X64, dir).orElseThrow();
        // Killed before the copy was complete: the library cut short, the folder not marked complete.
        Files.writeString(folder.resolve("libglass.so"), "the wh");
        Files.delete(folder.resolve("complete"));
        JavaFxNatives.extract(jar, Desktop.LINUX_X64, dir);
        assertThat(Files.readString(folder.resolve("libglass.so"))).isEqualTo("the whole library");
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
