package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.chainmap.model.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies: written whole with their sidecar, found again only once their session is gone. */
class RecoveryStoreTest {

    /** A process id above every system's maximum: no process has it. */
    private static final String NO_PROCESS = Long.toString(Integer.MAX_VALUE);

    @TempDir
    Path dir;

    @Test
    void aCopyReadsBackAsTheMapWithWhereItCameFrom() throws Exception {
        RecoveryStore session = new RecoveryStore(dir);
        Path original = dir.resolve("maps/衡阳.json");
        Instant before = Instant.now().minusSeconds(1);
        session.write(SampleMaps.full(), original, "衡阳.json");
        assertThat(MapReader.read(session.copy()).map()).contains(SampleMaps.full());
        assertThat(new RecoveryStore(dir).orphans())
                .as("the session still runs: its copy is nobody's orphan")
                .isEmpty();

        crash(session);
        List<Recovery> orphans = new RecoveryStore(dir).orphans();
        assertThat(orphans).hasSize(1);
        Recovery found = orphans.get(0);
        assertThat(found.copy()).isEqualTo(session.copy());
        assertThat(found.original()).isEqualTo(original.toAbsolutePath());
        assertThat(found.name()).isEqualTo("衡阳.json");
        assertThat(found.written()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aCopyOfTheShippedMapHasNoOriginal() throws Exception {
        RecoveryStore session = new RecoveryStore(dir);
        session.write(SampleMaps.small(), null, "hengyang.json");
        crash(session);
        assertThat(new RecoveryStore(dir).orphans()).singleElement().satisfies(found -> {
            assertThat(found.original()).isNull();
            assertThat(found.name()).isEqualTo("hengyang.json");
        });
    }

    @Test
    void aNewerCopyReplacesTheOlderAndDeleteRemovesBoth() throws Exception {
        RecoveryStore session = new RecoveryStore(dir);
        session.write(SampleMaps.small(), null, "a.json");
        session.write(SampleMaps.full(), null, "a.json");
        assertThat(MapReader.read(session.copy()).map()).contains(SampleMaps.full());
        assertThat(files()).hasSize(2);
        session.delete();
        assertThat(files()).isEmpty();
        session.delete(); // nothing left to delete: no failure
    }

    @Test
    void orphansComeNewestFirstAndCanBeDiscarded() throws Exception {
        RecoveryStore older = new RecoveryStore(dir);
        older.write(SampleMaps.small(), dir.resolve("old.json"), "old.json");
        Thread.sleep(20);
        RecoveryStore newer = new RecoveryStore(dir);
        newer.write(SampleMaps.full(), dir.resolve("new.json"), "new.json");
        crash(older);
        crash(newer);
        RecoveryStore next = new RecoveryStore(dir);
        List<Recovery> orphans = next.orphans();
        assertThat(orphans).extracting(Recovery::name).containsExactly("new.json", "old.json");
        next.discard(orphans.get(1));
        assertThat(next.orphans()).extracting(Recovery::name).containsExactly("new.json");
        assertThat(Files.exists(orphans.get(1).copy())).isFalse();
    }

    @Test
    void anAdoptedCopyBecomesTheNewSessionsOwn() throws Exception {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(SampleMaps.full(), dir.resolve("map.json"), "map.json");
        crash(crashed);
        RecoveryStore next = new RecoveryStore(dir);
        next.adopt(next.orphans().get(0));
        assertThat(next.orphans()).isEmpty();
        assertThat(MapReader.read(next.copy()).map()).contains(SampleMaps.full());
        assertThat(files()).hasSize(2);
        next.delete();
        assertThat(files()).isEmpty();
    }

    @Test
    void halfACopyIsNoOrphan() throws Exception {
        RecoveryStore session = new RecoveryStore(dir);
        session.write(SampleMaps.small(), null, "a.json");
        crash(session);
        Files.delete(session.copy());
        Files.writeString(dir.resolve("session-1-1.properties"), "not = a sidecar\npid = x\n");
        assertThat(new RecoveryStore(dir).orphans()).isEmpty();
        assertThat(new RecoveryStore(dir.resolve("nowhere")).orphans()).isEmpty();
    }

    @Test
    void theFolderCanBeChosenByAProperty() {
        String before = System.getProperty(RecoveryStore.DIR_PROPERTY);
        try {
            System.setProperty(RecoveryStore.DIR_PROPERTY, dir.toString());
            assertThat(RecoveryStore.defaultDir()).isEqualTo(dir);
            System.clearProperty(RecoveryStore.DIR_PROPERTY);
            assertThat(RecoveryStore.defaultDir().toString()).containsIgnoringCase("chainmap");
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.DIR_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.DIR_PROPERTY, before);
            }
        }
    }

    /** Makes {@code session}'s copy look left by a process that no longer runs. */
    private void crash(RecoveryStore session) throws IOException {
        String name = session.copy().getFileName().toString().replace(".json", ".properties");
        Path sidecar = dir.resolve(name);
        String text = Files.readString(sidecar, StandardCharsets.UTF_8);
        Files.writeString(sidecar, text.replaceAll("(?m)^pid=.*$", "pid=" + NO_PROCESS), StandardCharsets.UTF_8);
    }

    private List<Path> files() throws IOException {
        try (var listed = Files.list(dir)) {
            return listed.toList();
        }
    }
}
