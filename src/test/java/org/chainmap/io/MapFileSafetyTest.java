package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Extras;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save must never do: leave half a file, write over another's work, replace a link, litter its folder. */
class MapFileSafetyTest {

    @TempDir
    Path dir;

    @AfterEach
    void writeForReal() {
        MapFile.channels = (temp, channel) -> channel;
    }

    @Test
    void aDiskThatFailsInTheMiddleOfTheNewBytesLeavesTheOldFileWholeAndNoTemporary() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] good = Files.readAllBytes(file);
        byte[] next = MapWriter.toBytes(SampleMaps.full());
        int failAt = next.length / 2;
        List<Path> written = new java.util.ArrayList<>();
        MapFile.channels = (temp, channel) -> {
            written.add(temp);
            return new FullDisk(channel, failAt);
        };
        assertThatThrownBy(() -> MapFile.save(SampleMaps.full(), file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        assertThat(written).as("the new bytes went somewhere").hasSize(1);
        assertThat(Files.readAllBytes(file)).as("the old file, byte for byte").isEqualTo(good);
        assertThat(leftovers()).as("no temporary, no lock, no backup").containsExactly("map.json");
    }

    @Test
    void theReadBackCheckRefusesAMapWhoseBytesReadBackOtherwiseAndNamesTheField() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] good = Files.readAllBytes(file);
        RegionMap small = SampleMaps.small();
        // Unknown fields are held as compact JSON; this one is not, so the file would give back another text.
        RegionMap loose = new RegionMap(
                small.region(),
                small.analysis(),
                small.chains(),
                small.enterprises(),
                small.links(),
                small.targets(),
                small.presentation(),
                Extras.of(Map.of("x-loose", "{ \"a\" : 1 }")));
        assertThatThrownBy(() -> MapFile.save(loose, file))
                .isInstanceOf(IOException.class)
                .hasMessage("the map would not read back as it is, at $['x-loose']; nothing was saved");
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
        assertThat(leftovers()).containsExactly("map.json");
    }

    @Test
    void theFirstDifferenceIsNamedAsAPathOfTheFile() {
        RegionMap map = SampleMaps.full();
        RegionMap renamed = map.withEnterprises(map.enterprises().stream()
                .map(firm -> firm.id().equals(map.enterprises().get(1).id()) ? firm.withName("别的名字") : firm)
                .toList());
        assertThat(ReadBack.difference("$", map, renamed)).contains("$.enterprises[1].name");
        assertThat(ReadBack.difference("$", map, map.withLinks(List.of()))).contains("$.links[0]");
        assertThat(ReadBack.difference("$", map, map)).isEmpty();
    }

    @Test
    void aFileChangedSinceItWasReadIsNotWrittenOver() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        LoadResult mine = MapFile.load(file);
        // Someone else saves in the meantime; the file keeps its size and time, only its bytes differ.
        byte[] theirs = Files.readAllBytes(file);
        String text = new String(theirs, StandardCharsets.UTF_8).replace("衡阳市", "衡阳县");
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        byte[] changed = Files.readAllBytes(file);
        assertThat(changed).hasSameSizeAs(theirs);
        assertThatThrownBy(
                        () -> MapFile.save(SampleMaps.full(), file, mine.stamp().orElseThrow()))
                .isInstanceOf(MapChangedException.class)
                .hasMessageContaining("was changed by someone else since it was read; nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(changed);
        assertThat(leftovers()).containsExactly("map.json");
        MapFile.Saved saved =
                MapFile.save(SampleMaps.full(), file, MapFile.load(file).stamp().orElseThrow());
        assertThat(saved.stamp().sameBytes(file)).isTrue();
        assertThat(saved.backup()).contains(MapFile.backupOf(file).toRealPath());
    }

    @Test
    void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("map.json");
        MapFile.save(SampleMaps.small(), real);
        byte[] before = Files.readAllBytes(real);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "map.json"));
        MapFile.Saved saved =
                MapFile.save(SampleMaps.full(), link, MapFile.load(link).stamp().orElseThrow());
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "map.json"));
        assertThat(MapFile.load(real).map()).contains(SampleMaps.full());
        assertThat(saved.file()).isEqualTo(real.toRealPath());
        assertThat(Files.readAllBytes(MapFile.backupOf(real)))
                .as("the backup beside the file it keeps")
                .isEqualTo(before);
        assertThat(Files.exists(MapFile.backupOf(link))).isFalse();
        assertThat(names(real.getParent())).containsExactly("map.json", "map.json.bak");
    }

    @Test
    void aLinkToAFileNotYetThereMakesTheFileAndKeepsTheLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("new.json"), dir.resolve("elsewhere.json"));
        MapFile.save(SampleMaps.small(), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(MapFile.load(dir.resolve("elsewhere.json")).map()).contains(SampleMaps.small());
    }

    @Test
    void temporariesOfKilledWritersGoAtTheNextSaveAndNothingElseDoes() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        Files.write(dir.resolve(".map.json.5310228447211811930.tmp"), new byte[4096]);
        Files.write(dir.resolve(".map.json.bak.887166.tmp"), new byte[4096]);
        Files.writeString(dir.resolve(".map.json.notes.tmp"), "not ours");
        Files.writeString(dir.resolve(".other.json.123.tmp"), "another map's");
        Files.writeString(dir.resolve("map.json.123.tmp"), "not hidden: not ours");
        MapFile.save(SampleMaps.full(), file);
        assertThat(leftovers())
                .containsExactly(
                        ".map.json.notes.tmp", ".other.json.123.tmp", "map.json", "map.json.123.tmp", "map.json.bak");
    }

    @Test
    void aSaveWaitsForAnotherThreadsLockAndRefusesWhenItIsNotLetGo() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] good = Files.readAllBytes(file);
        try (MapLock held = MapLock.acquire(file.toRealPath(), MapLock.DEFAULT_WAIT)) {
            assertThat(held.lockFile()).isEqualTo(dir.toRealPath().resolve(".map.json.lock"));
            // Not read here: closing a second descriptor of the file would drop this process's lock.
            assertThat(held.holder().pid()).isEqualTo(ProcessHandle.current().pid());
            Thread other = new Thread(() -> {
                try {
                    MapFile.save(SampleMaps.full(), file, null, java.time.Duration.ofMillis(200));
                    throw new AssertionError("saved under another's lock");
                } catch (MapLockedException e) {
                    assertThat(e.holder().pid())
                            .isEqualTo(ProcessHandle.current().pid());
                    assertThat(e.getMessage()).contains("is being written by another ChainMap (process ");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                    new java.util.concurrent.atomic.AtomicReference<>();
            other.setUncaughtExceptionHandler((thread, e) -> failure.set(e));
            other.start();
            other.join();
            assertThat(failure.get()).isNull();
            // The thread that holds the lock may save: an import holds it from reading to writing.
            MapFile.save(SampleMaps.full(), file);
        }
        assertThat(Files.readAllBytes(MapFile.backupOf(file))).isEqualTo(good);
        assertThat(leftovers()).containsExactly("map.json", "map.json.bak");
    }

    @Test
    void aSaveMakesTheFolderItNeedsAndAFreeLockIsTakenWithoutWaiting() throws Exception {
        Path file = dir.resolve("new").resolve("folder").resolve("map.json");
        MapFile.save(SampleMaps.small(), file, null, java.time.Duration.ZERO);
        assertThat(MapFile.load(file).map()).contains(SampleMaps.small());
        assertThat(names(file.getParent())).containsExactly("map.json");
    }

    @Test
    void aLockFileLeftByAProcessThatIsGoneIsTakenOver() throws Exception {
        Path file = dir.resolve("map.json");
        Files.writeString(
                MapLock.lockFileOf(file),
                "pid=" + Integer.MAX_VALUE + "\nhost="
                        + java.net.InetAddress.getLocalHost().getHostName() + "\nsince="
                        + Instant.parse("2026-01-01T00:00:00Z") + "\n");
        MapFile.save(SampleMaps.small(), file);
        assertThat(MapFile.load(file).map()).contains(SampleMaps.small());
        assertThat(leftovers()).containsExactly("map.json");
    }

    @Test
    void aLockHeldByAnotherProcessIsHonouredAndFreedWhenThatProcessIsKilled() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        Path realFile = file.toRealPath();
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        realFile.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String first = new java.io.BufferedReader(
                            new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(first).startsWith("locked");
            assertThatThrownBy(() -> MapFile.save(SampleMaps.full(), file, null, java.time.Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(
                            MapLockedException.class,
                            e -> assertThat(e.holder().pid()).isEqualTo(holder.pid()));
            assertThat(MapFile.load(file).map()).contains(SampleMaps.small());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(leftovers()).as("kill -9 leaves its lock file").contains(".map.json.lock");
        MapFile.save(SampleMaps.full(), file);
        assertThat(MapFile.load(file).map()).contains(SampleMaps.full());
        assertThat(leftovers()).containsExactly("map.json", "map.json.bak");
    }

    /** A file system that takes {@code room} bytes and then is full. */
    private static final class FullDisk implements WritableByteChannel {
        private final WritableByteChannel channel;
        private int room;

        FullDisk(WritableByteChannel channel, int room) {
            this.channel = channel;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (room == 0) {
                throw new IOException("No space left on device");
            }
            ByteBuffer part = source.slice();
            part.limit(Math.min(part.remaining(), room));
            int written = channel.write(part);
            source.position(source.position() + written);
            room -= written;
            return written;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private List<String> leftovers() throws IOException {
        return names(dir);
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
