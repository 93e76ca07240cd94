package org.chainmap.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.chainmap.ui.MemoryPreferences;
import org.chainmap.ui.ThemePreference;
import org.junit.jupiter.api.Test;

/** The recent files: most recent first, each once, at most ten, kept in the preferences between runs. */
class RecentFilesTest {

    private final Preferences node = new MemoryPreferences().node(ThemePreference.NODE);
    private final RecentFiles recent = new RecentFiles(node);

    @Test
    void theLatestComesFirstAndEachFileOnce() {
        recent.add(Path.of("/maps/a.json"));
        recent.add(Path.of("/maps/b.json"));
        recent.add(Path.of("/maps/./a.json"));
        assertThat(recent.files()).containsExactly(Path.of("/maps/a.json"), Path.of("/maps/b.json"));
    }

    @Test
    void aRelativePathIsKeptAbsolute() {
        recent.add(Path.of("maps", "hengyang.json"));
        assertThat(recent.files())
                .containsExactly(Path.of("maps", "hengyang.json").toAbsolutePath());
    }

    @Test
    void theOldestDropsOffPastTen() {
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(Path.of("/maps/" + i + ".json")));
        assertThat(recent.files()).hasSize(RecentFiles.LIMIT).startsWith(Path.of("/maps/12.json"));
        assertThat(recent.files()).last().isEqualTo(Path.of("/maps/3.json"));
    }

    @Test
    void theListSurvivesARestartAndCanBeCleared() {
        recent.add(Path.of("/maps/a.json"));
        recent.add(Path.of("/maps/b.json"));
        RecentFiles again = new RecentFiles(node);
        assertThat(again.files()).containsExactly(Path.of("/maps/b.json"), Path.of("/maps/a.json"));
        again.remove(Path.of("/maps/b.json"));
        assertThat(recent.files()).containsExactly(Path.of("/maps/a.json"));
        again.clear();
        assertThat(recent.files()).isEmpty();
        assertThat(node.get("recent.1", null)).isNull();
    }
}
