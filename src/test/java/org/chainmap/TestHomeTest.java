package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.chainmap.io.RecoveryStore;
import org.chainmap.platform.LogFile;
import org.chainmap.platform.UserFolders;
import org.junit.jupiter.api.Test;

/**
 * A test run writes nothing into the user's folders (issue 17): the build gives every test JVM a home of its own
 * under target/ (user.home, HOME, the XDG folders, the preferences' root and the recovery folder), so a window a
 * test builds without preferences or folders of its own keeps its sizes, recent files, recovery copies and log
 * there, where the next start of the application never looks.
 */
class TestHomeTest {

    private static final Path HOME =
            Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();

    @Test
    void theTestRunsHomeIsUnderTarget() {
        assertThat(HOME.getFileName()).hasToString("test-home");
        assertThat(HOME.getParent().getFileName()).hasToString("target");
        assertThat(System.getenv("HOME")).isNotNull();
        assertThat(Path.of(System.getenv("HOME")).toAbsolutePath().normalize()).isEqualTo(HOME);
    }

    @Test
    void everyFolderTheApplicationWritesToIsInsideIt() {
        UserFolders folders = UserFolders.current();
        assertThat(inHome(folders.logs())).as("logs %s", folders.logs()).isTrue();
        assertThat(inHome(folders.recovery()))
                .as("recovery %s", folders.recovery())
                .isTrue();
        assertThat(inHome(folders.cache())).as("cache %s", folders.cache()).isTrue();
        assertThat(inHome(RecoveryStore.defaultDir())).isTrue();
        for (String variable : new String[] {"XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
            assertThat(System.getenv(variable)).as(variable).isNotNull();
            assertThat(inHome(Path.of(System.getenv(variable)))).as(variable).isTrue();
        }
        String log = System.getProperty(LogFile.FOLDER_PROPERTY);
        assertThat(log == null || inHome(Path.of(log))).isTrue();
    }

    @Test
    void theUsersPreferencesRootIsInsideIt() throws Exception {
        assertThat(inHome(Path.of(System.getProperty("java.util.prefs.userRoot"))))
                .isTrue();
        // Written and read back: the node lives in the test home's preferences, not in ~/.java.
        Preferences node = Preferences.userRoot().node("org/chainmap/test-home-probe");
        node.put("written", "yes");
        node.flush();
        assertThat(HOME.resolve("prefs/.java/.userPrefs/org/chainmap/test-home-probe/prefs.xml"))
                .exists();
        node.removeNode();
        Preferences.userRoot().flush();
    }

    private static boolean inHome(Path path) {
        return path.toAbsolutePath().normalize().startsWith(HOME);
    }
}
