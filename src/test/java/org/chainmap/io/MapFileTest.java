package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFileTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesBackAnEqualMap() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.full(), file);
        assertThat(MapFile.load(file).map()).contains(SampleMaps.full());
        assertThat(Files.exists(MapFile.backupOf(file))).isFalse();
    }

    @Test
    void saveKeepsThePreviousVersionAsABackup() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] first = Files.readAllBytes(file);
        RegionMap changed = SampleMaps.small().withLinks(List.of());
        MapFile.save(changed, file);
        assertThat(Files.readAllBytes(MapFile.backupOf(file))).isEqualTo(first);
        assertThat(MapFile.load(file).map()).contains(changed);
    }

    @Test
    void anInvalidMapIsRefusedAndTheGoodFileIsUntouched() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] good = Files.readAllBytes(file);
        RegionMap broken = SampleMaps.small().withLinks(List.of(SupplyLink.of("tbea-hy", "nobody", null)));
        assertThatThrownBy(() -> MapFile.save(broken, file))
                .isInstanceOf(InvalidMapException.class)
                .hasMessageContaining("$.links[0].to");
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
        assertThat(Files.exists(MapFile.backupOf(file))).isFalse();
        assertThat(leftovers()).containsExactly("map.json");
    }

    @Test
    void aFailedWriteLeavesTheTargetWholeAndNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        byte[] good = Files.readAllBytes(file);
        // The backup's place is taken by a directory that cannot be replaced: the save fails half-way.
        Path blocker = MapFile.backupOf(file);
        Files.createDirectories(blocker.resolve("occupied"));
        assertThatThrownBy(() -> MapFile.save(SampleMaps.full(), file)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
        assertThat(leftovers()).containsExactlyInAnyOrder("map.json", "map.json.bak");
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        Path file = dir.resolve("map.json");
        MapFile.save(SampleMaps.small(), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        MapFile.save(SampleMaps.full(), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(MapFile.backupOf(file))))
                .as("the backup is as readable as the file it keeps")
                .isEqualTo("rw-rw----");
    }

    @Test
    void aMapWrittenByAScriptWithUnknownFieldsKeepsThemThroughTheApplication() throws Exception {
        Path file = dir.resolve("script.json");
        Files.writeString(
                file,
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "c", "name": "链", "segments": [{"id": "c.s", "name": "环节", "stage": "upstream",
                   "x-rank": 3}]}],
                 "enterprises": [{"id": "e", "name": "企业", "local": true, "segments": ["c.s"], "x-ledger": "A-17"}],
                 "x-generator": {"name": "ledger2chainmap", "version": "0.3"}}
                """,
                StandardCharsets.UTF_8);
        RegionMap map = MapFile.load(file).map().orElseThrow();
        Enterprise firm = map.enterprises().get(0);
        MapFile.save(map.withEnterprises(List.of(firm.withSegments(List.of("c.s")))), file);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved)
                .contains("\"x-rank\": 3")
                .contains("\"x-ledger\": \"A-17\"")
                .contains("\"x-generator\": {\n    \"name\": \"ledger2chainmap\",");
    }

    private List<String> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
