package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    private static final Path HOME = Path.of("/home/张三 li");

    @Test
    void windowsKeepsThemInLocalAppData() {
        Path local = Path.of("/users/张三/AppData/Local");
        UserFolders folders = new UserFolders("Windows 11", HOME, Map.of("LOCALAPPDATA", local.toString()));
        assertThat(folders.logs()).isEqualTo(local.resolve("ChainMap").resolve("logs"));
        assertThat(folders.cache()).isEqualTo(local.resolve("ChainMap").resolve("cache"));
        assertThat(folders.recovery()).isEqualTo(local.resolve("ChainMap").resolve("recovery"));
        assertThat(new UserFolders("Windows 10", HOME, Map.of()).logs())
                .isEqualTo(HOME.resolve("AppData/Local/ChainMap/logs"));
    }

    @Test
    void linuxFollowsXdg() {
        UserFolders set =
                new UserFolders("Linux", HOME, Map.of("XDG_STATE_HOME", "/var/state", "XDG_CACHE_HOME", "/c"));
        assertThat(set.logs()).isEqualTo(Path.of("/var/state/chainmap/logs"));
        assertThat(set.cache()).isEqualTo(Path.of("/c/chainmap"));
        assertThat(set.recovery()).isEqualTo(Path.of("/var/state/chainmap/recovery"));
        UserFolders unset = new UserFolders("Linux", HOME, Map.of("XDG_STATE_HOME", "relative/state"));
        assertThat(unset.logs()).isEqualTo(HOME.resolve(".local/state/chainmap/logs"));
        assertThat(unset.cache()).isEqualTo(HOME.resolve(".cache/chainmap"));
        assertThat(unset.recovery()).isEqualTo(HOME.resolve(".local/state/chainmap/recovery"));
    }

    @Test
    void macUsesLibrary() {
        UserFolders folders = new UserFolders("Mac OS X", HOME, Map.of("XDG_STATE_HOME", "/ignored"));
        assertThat(folders.logs()).isEqualTo(HOME.resolve("Library/Logs/ChainMap"));
        assertThat(folders.cache()).isEqualTo(HOME.resolve("Library/Caches/ChainMap"));
        assertThat(folders.recovery()).isEqualTo(HOME.resolve("Library/Application Support/ChainMap/recovery"));
    }
}
